using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Base of the numbers that no checksum tells from other numbers (account and record numbers): a run of digits in the
/// length range, compact or grouped by one separator, is reported only with supporting context. A run of one repeated
/// digit is a placeholder and a date (<c>2026-03-14</c>, <c>20260314</c>) none: dates stand next to such labels in
/// forms and notes.
/// </summary>
public abstract class LabeledNumberRecognizer : DigitSequenceRecognizer
{
    /// <summary>Base score; supporting context (required) raises it to 0.6, below a compact SSN with its context (0.65).</summary>
    public const float BaseScore = 0.25f;

    private readonly string _compactPattern;
    private readonly string _groupedPattern;

    /// <summary>Creates the recognizer; <paramref name="pattern"/> names compact runs, with <c>_grouped</c> appended for separated ones.</summary>
    protected LabeledNumberRecognizer(string name, string entityType, ContextProfile context, int minDigits, int maxDigits, string pattern)
        : base(name, entityType, context, minDigits, maxDigits)
    {
        _compactPattern = pattern;
        _groupedPattern = pattern + "_grouped";
    }

    /// <inheritdoc />
    protected internal sealed override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> digits, ReadOnlySpan<byte> groups, char separator)
    {
        if (digits.IndexOfAnyExcept(digits[0]) >= 0 && !DigitGroups.IsDateLike(digits, groups))
        {
            Report(results, text, context, start, end, SupportedTypes[0], separator == '\0' ? _compactPattern : _groupedPattern, BaseScore, ContextRequirement.Required);
        }
    }
}
