namespace PiiScan.Ner;

/// <summary>
/// Clock times in prose (<c>5pm</c>, <c>10 AM</c>, <c>12:30</c>, <c>6:30pm</c>, <c>5.15pm</c>): never part of a name,
/// though the network reads a number after a venue as a house number (<c>Starbucks 5pm</c> as a street line) or runs
/// an organization's name on into it (<c>Harrison High School 5pm</c>).
/// </summary>
internal static class ClockTimes
{
    /// <summary>The last word of a clock time that starts at word <paramref name="w"/>, or -1.</summary>
    public static int End(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        var word = s.WordText(text, w);
        if (HourWithSuffix(word))
        {
            return w;
        }
        if (!IsHour(word))
        {
            return -1;
        }
        // h:mm or h.mm (the tokenizer splits the mark off); a dot only with am/pm, so a decimal number ("3.75") is no time.
        if (w + 2 < words && s.TouchesNext(w) && s.TouchesNext(w + 1) && s.WordText(text, w + 1) is ":" or "." && s.WordText(text, w + 2) is var minutes
            && minutes.Length >= 2 && minutes[0] is >= '0' and <= '5' && char.IsAsciiDigit(minutes[1]))
        {
            if (minutes.Length > 2)
            {
                return IsSuffix(minutes[2..]) ? w + 2 : -1;
            }
            if (w + 3 < words && s.GapAfter(text, w + 2) is " " && IsSuffix(s.WordText(text, w + 3)))
            {
                return w + 3;
            }
            return s.WordText(text, w + 1) is ":" ? w + 2 : -1;
        }
        // "5 pm"
        return w + 1 < words && s.GapAfter(text, w) is " " && IsSuffix(s.WordText(text, w + 1)) ? w + 1 : -1;
    }

    // An hour: one or two digits, at most 24.
    private static bool IsHour(ReadOnlySpan<char> word) =>
        word.Length is 1 or 2 && char.IsAsciiDigit(word[0]) && (word.Length == 1 || (char.IsAsciiDigit(word[1]) && (word[0] - '0') * 10 + word[1] - '0' <= 24));

    // "5pm", "11AM".
    private static bool HourWithSuffix(ReadOnlySpan<char> word) =>
        word.Length is 3 or 4 && IsHour(word[..^2]) && IsSuffix(word[^2..]);

    private static bool IsSuffix(ReadOnlySpan<char> word) => word is "am" or "pm" or "AM" or "PM";
}
