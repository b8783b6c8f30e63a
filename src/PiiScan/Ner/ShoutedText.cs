namespace PiiScan.Ner;

/// <summary>
/// ALL-CAPS values (support tickets, form fields, shouted posts: <c>JOHN SMITH CALLED FROM TORONTO</c>) are read by the
/// model in lower case: the network saw lower-cased text in training (lower-cased corpora, synthetic variants) far
/// more than upper-cased text, and every upper-case word looks like an acronym or a name to it (upper-cased gum/gmb
/// dev: micro F1 0.13/0.21 as written, 0.39/0.44 lower-cased). Lower-casing maps each UTF-16 char to one char, so token
/// offsets stay offsets into the original value; the lexicon and the span rules still see the original text.
/// </summary>
internal static class ShoutedText
{
    // At least this many upper-case letters, and at most one lower-case letter per ten of them, in two words or more.
    private const int MinUpper = 8;
    private const int UpperPerLower = 10;

    /// <summary>True when the value is written in capitals: mostly upper-case letters in at least two words.</summary>
    public static bool IsShouted(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0, words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }
        return upper >= MinUpper && words >= 2 && lower * UpperPerLower <= upper;
    }

    /// <summary>The value lower-cased char by char (invariant culture) into the scratch buffer.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> text, NerScratch s)
    {
        if (s.LowerText.Length < text.Length)
        {
            s.LowerText = new char[Math.Max(text.Length, s.LowerText.Length * 2)];
        }
        var lower = s.LowerText.AsSpan(0, text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            lower[i] = char.ToLowerInvariant(text[i]);
        }
        return lower;
    }
}
