namespace PiiScan.Ner;

/// <summary>
/// A curated company written in lower case in running prose (<c>saw the clip on twitter</c>, <c>posted the job on
/// linkedin, already</c>): the network reads most such words as no entity, and the lexicon's bonus for the listed
/// lower-case form does not lift them. Only between lower-case words (or before a sentence's or clause's punctuation),
/// one space apart, so log fields and hosts stay as they are (<c>provider=anthropic</c>, <c>cdn.cloudflare.net</c>,
/// <c>"vendor": "stripe"</c>); no word of 3 letters or fewer, no ordinary word.
/// </summary>
internal static class LowerCaseCompanies
{
    private static readonly System.Buffers.SearchValues<char> Closing = System.Buffers.SearchValues.Create(".,!?;:");

    /// <summary>True when word <paramref name="w"/> is such a company name and the network read it as no entity.</summary>
    public static bool At(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon)
    {
        var word = s.WordText(text, w);
        if (w == 0 || word.Length < 4 || s.BestLabel[s.WordToken[w]] != 0 || word.ContainsAnyExceptInRange('a', 'z')
            || !lexicon.IsCompany(word) || lexicon.IsOrdinary(word, opensSentence: false) || s.GapAfter(text, w - 1) is not " "
            || s.WordText(text, w - 1).ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }
        if (w + 1 >= words)
        {
            return s.WordEnd[w] == text.Length || char.IsWhiteSpace(text[s.WordEnd[w]]);
        }
        var after = s.WordText(text, w + 1);
        if (s.GapAfter(text, w) is " ")
        {
            return !after.ContainsAnyExceptInRange('a', 'z');
        }
        return s.TouchesNext(w) && after.Length == 1 && Closing.Contains(after[0])
            && (s.WordEnd[w + 1] == text.Length || char.IsWhiteSpace(text[s.WordEnd[w + 1]]));
    }
}
