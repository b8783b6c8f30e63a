namespace PiiScan.Ner;

/// <summary>
/// A listed place alone after a preposition of places that the network read as no entity ("Someone keeps calling me
/// from Wyoming.": p(O) 0.83 against the lexicon's bonus). The word must be listed with a place's bonus and with no
/// person's or organization's, no given name ("Forward to Lotte"), no ordinary or dictionary word in lower case ("in Reading", "to Bath" stay with the
/// network), with a lower-case word, a clause's punctuation or the end after it, and no entity beside it.
/// </summary>
internal static class LonePlaces
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal) { "in", "from", "to", "at", "near", "across", "around", "outside", "visiting" };

    private static readonly System.Buffers.SearchValues<char> Closing = System.Buffers.SearchValues.Create(".,!?;:)");

    /// <summary>True when word <paramref name="w"/> is such a place (see the type's summary).</summary>
    public static bool At(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        if (w == 0 || s.BestLabel[s.WordToken[w]] != 0 || s.BestLabel[s.WordToken[w - 1]] != 0
            || (w + 1 < words && s.BestLabel[s.WordToken[w + 1]] != 0) || s.GapAfter(text, w - 1) is not " "
            || !Prepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(s.WordText(text, w - 1)))
        {
            return false;
        }
        var word = s.WordText(text, w);
        if (!ChatDisplayName.IsCapitalizedWord(word) || !lexicon.HasBonus(word, ids.LocationBegin) || lexicon.HasBonus(word, ids.PersonBegin) || lexicon.IsGivenName(word)
            || lexicon.HasBonus(word, ids.OrganizationBegin) || lexicon.IsOrdinary(word, opensSentence: true) || lexicon.IsDictionaryWord(word))
        {
            return false;
        }
        if (w + 1 >= words)
        {
            return true;
        }
        var after = s.WordText(text, w + 1);
        return !after.ContainsAnyExceptInRange('a', 'z') ? s.GapAfter(text, w) is " " : after.Length == 1 && Closing.Contains(after[0]);
    }
}
