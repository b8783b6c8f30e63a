namespace PiiScan.Ner;

/// <summary>
/// Words that never start or end an entity span (<see cref="NerSpanBuilder"/> keeps them only between two words that
/// count): punctuation but for <c>.</c> and <c>&amp;</c>, a sigil that opens no mention or hashtag unit (but for the
/// number sign of an address), and a word of combining marks alone. Also finds the mention and hashtag units.
/// </summary>
internal static class EdgeWords
{
    /// <summary>True when word <paramref name="w"/> of a value (<see cref="NerScratch"/>'s word buffers) is an edge word.</summary>
    public static bool IsEdge(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        var start = s.Tokens[s.WordToken[w]].Start;
        return (s.WordEnd[w] - start == 1
                && (IsEdgePunctuation(text[start]) || (IsSigil(text[start]) && UnitSigil(text, s, w, words) == '\0' && !IsNumberSign(text, s, w, words))))
            || IsMarksOnly(s.WordText(text, w));
    }

    // Punctuation that never starts or ends an entity; '.' ends abbreviations (Inc., Jr.), '@' and '#' start
    // mentions and hashtags (a sigil that opens no unit is edge punctuation too, but for a '#' before a number). '&'
    // joins names ("Pemberton & Hale") and stays inside a span, but never ends one ("Sarah & Jerry" read as "Sarah &").
    private static bool IsEdgePunctuation(char c) => char.IsPunctuation(c) && c is not '.' && !IsSigil(c);

    // A word of combining marks or '_' alone: an emoji's variation selector ("❤️" is a symbol, which only separates
    // words, and U+FE0F, a mark, which the tokenizer keeps as a word), no part of a name ("Sofia ❤️").
    private static bool IsMarksOnly(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.EnclosingMark
                or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsSigil(char c) => c is SigilUnit.Mention or SigilUnit.Hashtag;

    // Word w is a '#' before a number ("# 72, Linking Road", "Apt #5"): the number sign of an address, part of it.
    private static bool IsNumberSign(ReadOnlySpan<char> text, NerScratch s, int w, int words) =>
        text[s.Tokens[s.WordToken[w]].Start] == SigilUnit.Hashtag && w + 1 < words && char.IsDigit(s.WordText(text, w + 1)[0]);

    // The sigil when word w opens a mention or hashtag unit with word w + 1, else '\0' (a word that starts with a sigil
    // is the sigil alone: the tokenizer splits punctuation into one-character words).
    public static char UnitSigil(ReadOnlySpan<char> text, NerScratch s, int w, int words) =>
        w + 1 < words ? SigilUnit.Of(text, s.Tokens[s.WordToken[w]].Start, s.Tokens[s.WordToken[w + 1]].Start, s.WordEnd[w + 1]) : '\0';
}
