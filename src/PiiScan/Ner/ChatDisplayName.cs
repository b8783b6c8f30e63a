namespace PiiScan.Ner;

/// <summary>
/// Chat display names in mentions: <c>@Tom Baker can you</c> is one person, where a tweet's <c>@ann thanks</c> ends
/// at its handle.
/// </summary>
internal static class ChatDisplayName
{
    /// <summary>
    /// Word <paramref name="w"/>, one space after the handle word <paramref name="h"/> of a mention, may be the surname
    /// of a chat display name (<c>@Tom Baker can you</c>, <c>@Maria Gonzalez,</c>): the handle is one capitalized word
    /// of letters (a first name, as chat tools write mentions), word w a capitalized word the lexicon lists as a
    /// person's name (label <paramref name="personInside"/>; <c>@Sarah Great work</c> is a mention and a greeting),
    /// and no name word or <c>&amp;</c> follows it (<c>@Ann Marco Silva</c> is a mention and another name). Tweet
    /// handles rarely look like that (<c>@NiallOfficial</c>, <c>@harry_styles</c>).
    /// </summary>
    public static bool Continues(ReadOnlySpan<char> text, NerScratch s, int h, int w, int words, LexiconPrior? lexicon, int personInside)
    {
        if (s.Tokens[s.WordToken[w]].Start != s.WordEnd[h] + 1 || text[s.WordEnd[h]] != ' '
            || !IsCapitalizedWord(s.WordText(text, h)) || !IsCapitalizedWord(s.WordText(text, w))
            || lexicon is null || !lexicon.HasBonus(s.WordText(text, w), personInside))
        {
            return false;
        }
        if (w + 1 >= words)
        {
            return true;
        }
        var next = s.WordText(text, w + 1);
        return !IsCapitalizedWord(next) && !next.SequenceEqual("&");
    }

    /// <summary>A capital and then lower-case letters only, two letters or more (<c>Tom</c>, not <c>TOM</c>, <c>McKay</c>).</summary>
    public static bool IsCapitalizedWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]))
        {
            return false;
        }
        foreach (var c in word[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }
}
