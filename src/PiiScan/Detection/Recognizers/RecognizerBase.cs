using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Base of the built-in recognizers: holds the name, types and <see cref="ContextProfile"/>, and turns a
/// validated candidate into a <see cref="Detection"/> after context adjustment.
/// </summary>
public abstract class RecognizerBase : IRecognizer
{
    /// <summary>Scores at or above this are checksum-validated: negative context lowers them instead of suppressing.</summary>
    public const float ValidatedScore = 0.85f;

    /// <summary>Creates a recognizer for one entity type.</summary>
    protected RecognizerBase(string name, string entityType, ContextProfile context)
        : this(name, [entityType], context)
    {
    }

    /// <summary>Creates a recognizer for several entity types.</summary>
    protected RecognizerBase(string name, string[] entityTypes, ContextProfile context)
    {
        Name = name;
        SupportedTypes = entityTypes;
        Context = context;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public IReadOnlyList<string> SupportedTypes { get; }

    /// <summary>Context words of this recognizer.</summary>
    public ContextProfile Context { get; }

    /// <inheritdoc />
    public abstract void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results);

    /// <summary>
    /// Applies context to a candidate and appends it. Negative context suppresses pattern-only candidates
    /// and lowers validated ones; <see cref="ContextRequirement.Required"/> drops candidates without
    /// supporting context. Returns true when a detection was added.
    /// </summary>
    protected bool Report(List<Detection> results, ReadOnlySpan<char> text, in FieldContext field, int start, int end, string type, string pattern, float baseScore, ContextRequirement requirement = ContextRequirement.Optional)
    {
        ContextSignal signal = Context.Evaluate(text, start, field);
        if (signal == ContextSignal.Negative && baseScore < ValidatedScore)
        {
            return false;
        }
        if (requirement == ContextRequirement.Required && signal != ContextSignal.Positive)
        {
            return false;
        }
        float score = Context.Apply(baseScore, signal);
        results.Add(new Detection(start, end, type, score, Name, pattern, baseScore));
        return true;
    }

    /// <summary>Appends a detection without context adjustment (for self-evident secrets and key-driven spans).</summary>
    protected void ReportExact(List<Detection> results, int start, int end, string type, string pattern, float score) =>
        results.Add(new Detection(start, end, type, score, Name, pattern, score));
}
