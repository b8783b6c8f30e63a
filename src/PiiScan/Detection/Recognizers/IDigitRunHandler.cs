namespace PiiScan.Detection.Recognizers;

/// <summary>
/// A recognizer whose candidates are anchored on digit runs. <see cref="DigitRunDispatcher"/> finds the digits
/// and calls <see cref="TryAt"/>; <see cref="DigitRunGroup"/> lets several handlers share one digit search.
/// </summary>
internal interface IDigitRunHandler
{
    /// <summary>Examines the digit at <paramref name="p"/>; returns the index from which this handler wants to resume (greater than <paramref name="p"/>).</summary>
    int TryAt(ReadOnlySpan<char> text, int p, in FieldContext context, List<Detection> results);
}
