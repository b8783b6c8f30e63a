namespace PiiScan.Detection.Recognizers;

/// <summary>Drives one <see cref="IDigitRunHandler"/> over a value.</summary>
internal static class DigitRunDispatcher
{
    /// <summary>Calls <paramref name="handler"/> at each digit it has not skipped.</summary>
    public static void Run(IDigitRunHandler handler, ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(TextScan.Digits);
            if (k < 0)
            {
                return;
            }
            int p = i + k;
            int runEnd = TextScan.DigitRunEnd(text, p);
            i = Math.Max(handler.TryAt(text, p, runEnd, TextScan.SkipToken(text, p), context, results), p + 1);
        }
    }
}
