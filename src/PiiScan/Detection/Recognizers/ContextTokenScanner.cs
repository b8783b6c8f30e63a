using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Shared scanning for "needs context" ID recognizers: a quick anchor-word prefilter on the whole value
/// (skipped when the field key already gives context), then tokens of 0-2 upper-case letters followed by digits.
/// </summary>
internal static class ContextTokenScanner
{
    /// <summary>True when the value may carry supporting context: the key matches, or an anchor occurs in the text.</summary>
    public static bool MayHaveContext(ReadOnlySpan<char> text, in FieldContext field, ContextProfile profile, SearchValues<string> anchors) =>
        (!string.IsNullOrEmpty(field.Key) && profile.Evaluate([], 0, field) == ContextSignal.Positive) || HasAnchorAtWordStart(text, anchors);

    // Context words start at a word boundary, so "dl" inside "handle" is no reason to look for numbers.
    private static bool HasAnchorAtWordStart(ReadOnlySpan<char> text, SearchValues<string> anchors)
    {
        var from = 0;
        while (from < text.Length)
        {
            var k = text[from..].IndexOfAny(anchors);
            if (k < 0)
            {
                return false;
            }
            var p = from + k;
            if (p == 0 || !char.IsLetter(text[p - 1]))
            {
                return true;
            }
            from = p + 1;
        }
        return false;
    }

    /// <summary>Finds the next token <c>[A-Z]{0,2}[0-9]+</c> at a word boundary from <paramref name="from"/>.</summary>
    public static bool NextToken(ReadOnlySpan<char> text, ref int from, out int start, out int letters, out int digits)
    {
        start = letters = digits = 0;
        while (from < text.Length)
        {
            int k = text[from..].IndexOfAny(TextScan.Digits);
            if (k < 0)
            {
                from = text.Length;
                return false;
            }
            int p = from + k;
            int run = TextScan.RunLength(text, p, TextScan.Digits);
            from = p + run;
            int l = 0;
            while (l < 2 && p - l - 1 >= 0 && text[p - l - 1] is >= 'A' and <= 'Z')
            {
                l++;
            }
            int s = p - l;
            if (s > 0 && (char.IsLetterOrDigit(text[s - 1]) || text[s - 1] is '_' or '.' or '-' or '/' or ':'))
            {
                continue;
            }
            if (!TextScan.CleanNumberEnd(text, p + run))
            {
                continue;
            }
            start = s;
            letters = l;
            digits = run;
            return true;
        }
        return false;
    }
}
