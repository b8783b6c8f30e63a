using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Base of the numeric-ID recognizers: finds runs of digits (optionally grouped with one consistent
/// space or dash separator) at clean token boundaries, and hands each run of an acceptable length to
/// <see cref="OnCandidate"/> with the digit values and group lengths. Allocation-free.
/// </summary>
public abstract class DigitSequenceRecognizer : RecognizerBase
{
    /// <summary>Most digits a candidate run may have.</summary>
    internal const int Capacity = 24;

    /// <summary>Most digit groups a candidate run may have.</summary>
    internal const int MaxGroups = 8;

    private readonly int _minDigits;
    private readonly int _maxDigits;

    /// <summary>Creates the recognizer for runs of <paramref name="minDigits"/>..<paramref name="maxDigits"/> digits (at most 24).</summary>
    protected DigitSequenceRecognizer(string name, string entityType, ContextProfile context, int minDigits, int maxDigits)
        : base(name, entityType, context)
    {
        _minDigits = minDigits;
        _maxDigits = Math.Min(maxDigits, Capacity);
    }

    /// <inheritdoc />
    public sealed override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        Span<byte> digits = stackalloc byte[Capacity];
        Span<byte> groups = stackalloc byte[MaxGroups];
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(TextScan.Digits);
            if (k < 0)
            {
                return;
            }
            i += k;
            if (!TextScan.CleanNumberStart(text, i))
            {
                i = TextScan.SkipToken(text, i);
                continue;
            }
            int n = DigitGroups.Read(text, i, digits[.._maxDigits], groups, out int groupCount, out int end, out char sep);
            if (n >= _minDigits && TextScan.CleanNumberEnd(text, end))
            {
                OnCandidate(text, context, results, i, end, digits[..n], groups[..groupCount], sep);
            }
            i = end;
        }
    }

    /// <summary>Fewest digits this recognizer accepts.</summary>
    internal int MinDigits => _minDigits;

    /// <summary>Most digits this recognizer accepts.</summary>
    internal int MaxDigits => _maxDigits;

    /// <summary>Validates one candidate run and reports it (via <see cref="RecognizerBase.Report"/>) when valid.</summary>
    /// <param name="text">The whole value.</param>
    /// <param name="context">Field context.</param>
    /// <param name="results">Output list.</param>
    /// <param name="start">Start of the run.</param>
    /// <param name="end">End of the run (exclusive).</param>
    /// <param name="digits">Digit values.</param>
    /// <param name="groups">Lengths of the digit groups (one group when compact).</param>
    /// <param name="separator">The group separator, or <c>\0</c> when compact.</param>
    protected internal abstract void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> digits, ReadOnlySpan<byte> groups, char separator);

    /// <summary>
    /// Reports a validated candidate of this recognizer's type: a compact run only with supporting context, a
    /// separated run only when its group lengths are exactly <paramref name="grouping"/>.
    /// </summary>
    /// <param name="results">Output list.</param>
    /// <param name="text">The whole value.</param>
    /// <param name="context">Field context.</param>
    /// <param name="start">Start of the run.</param>
    /// <param name="end">End of the run (exclusive).</param>
    /// <param name="groups">Lengths of the digit groups.</param>
    /// <param name="separator">The group separator, or <c>\0</c> when compact.</param>
    /// <param name="grouping">The only accepted group lengths of a separated run.</param>
    /// <param name="compact">Pattern name and base score of a compact run.</param>
    /// <param name="grouped">Pattern name and base score of a separated run.</param>
    protected void ReportCompactOrGrouped(List<Detection> results, ReadOnlySpan<char> text, in FieldContext context, int start, int end, ReadOnlySpan<byte> groups, char separator, ReadOnlySpan<byte> grouping, (string Pattern, float Score) compact, (string Pattern, float Score) grouped)
    {
        if (separator == '\0')
        {
            Report(results, text, context, start, end, SupportedTypes[0], compact.Pattern, compact.Score, ContextRequirement.Required);
        }
        else if (groups.SequenceEqual(grouping))
        {
            Report(results, text, context, start, end, SupportedTypes[0], grouped.Pattern, grouped.Score);
        }
    }
}
