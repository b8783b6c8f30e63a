namespace PiiScan.Detection;

/// <summary>
/// Finds entities of one or more types in a value. Implementations are thread-safe and allocation-free
/// in steady state: they append to the results list and keep no per-call state.
/// </summary>
public interface IRecognizer
{
    /// <summary>Recognizer name used in findings (<c>recognizer</c> column).</summary>
    string Name { get; }

    /// <summary>Entity types this recognizer can return.</summary>
    IReadOnlyList<string> SupportedTypes { get; }

    /// <summary>Appends detections found in <paramref name="text"/>.</summary>
    void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results);
}
