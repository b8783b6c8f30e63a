using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// A listed place alone after a preposition of places that the network read as no entity ("Someone keeps calling me
/// from Wyoming.": p(O) 0.83 against the lexicon's bonus; "in New Zealand and I bought one" deep in a long review). The
/// place is one word, or an opener of <see cref="LeadingPlaceWords"/> and one word ("New Zealand"); that word must be
/// listed with a place's bonus and with no person's or organization's, no given name ("Forward to Lotte"), no ordinary
/// or dictionary word in lower case ("in Reading", "to Bath" stay with the network), with a lower-case word, a clause's
/// punctuation or the end after it (<see cref="WordBreaks.ProseFollows"/>), and no entity beside it.
/// </summary>
internal static class LonePlaces
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
        ["in", "from", "to", "at", "near", "across", "around", "outside", "visiting"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The last word of the place that word <paramref name="w"/> opens (see the type's summary), or -1.</summary>
    public static int End(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        if (w == 0 || s.BestLabel[s.WordToken[w]] != 0 || s.BestLabel[s.WordToken[w - 1]] != 0 || s.GapAfter(text, w - 1) is not " "
            || !Prepositions.Contains(s.WordText(text, w - 1)))
        {
            return -1;
        }
        var end = IsPlaceWord(s.WordText(text, w), lexicon, ids) ? w
            : LeadingPlaceWords.IsOpener(s.WordText(text, w)) && w + 1 < words && s.GapAfter(text, w) is " " && s.BestLabel[s.WordToken[w + 1]] == 0
                && IsPlaceWord(s.WordText(text, w + 1), lexicon, ids) ? w + 1 : -1;
        return end >= 0 && (end + 1 >= words || s.BestLabel[s.WordToken[end + 1]] == 0) && WordBreaks.ProseFollows(text, s, end, words) ? end : -1;
    }

    private static bool IsPlaceWord(ReadOnlySpan<char> word, LexiconPrior lexicon, EntityLabelIds ids) =>
        ChatDisplayName.IsCapitalizedWord(word) && lexicon.HasBonus(word, ids.LocationBegin) && !lexicon.HasBonus(word, ids.PersonBegin)
        && !lexicon.IsGivenName(word) && !lexicon.HasBonus(word, ids.OrganizationBegin) && !lexicon.IsOrdinary(word, opensSentence: true)
        && !lexicon.IsDictionaryWord(word);
}
