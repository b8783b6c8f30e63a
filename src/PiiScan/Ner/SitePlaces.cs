using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// A known town before a site noun after a determiner (<c>the Singapore office</c>, <c>our Zurich branch</c>, <c>the
/// Austin team</c>) is a place: the network read such a word as the organization that owns the office, or as nothing,
/// where the lexicon lists it as an organization or a person's name (<see cref="LexiconPrior.IsPlaceName"/>). A word
/// the lexicon lists as a place is one too; a curated company (<c>the Google office</c>) is not.
/// </summary>
internal static class SitePlaces
{
    // Word score of such a place where the network was less sure (a place the lexicon also lists as an organization
    // keeps little of its probability after the lexicon's bonuses).
    private const float Score = 0.85f;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners = FrozenSet.Create(StringComparer.Ordinal,
        ["the", "The", "our", "Our", "your", "Your", "their", "Their", "my", "My", "his", "her", "its"]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SiteNouns = FrozenSet.Create(StringComparer.Ordinal,
        ["office", "offices", "branch", "branches", "team", "teams", "warehouse", "site", "campus", "store", "stores", "depot",
         "plant", "hub", "headquarters", "HQ", "factory", "facility", "lab", "studio", "showroom", "clinic", "location"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Marks each such town of the value's <paramref name="words"/> words as one LOCATION word.</summary>
    public static void Mark(ReadOnlySpan<char> text, NerScratch s, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var word = s.WordText(text, w);
            if (!SiteNouns.Contains(s.WordText(text, w + 1)) || !Determiners.Contains(s.WordText(text, w - 1))
                || s.GapAfter(text, w - 1) is not " " || s.GapAfter(text, w) is not " " || !ChatDisplayName.IsCapitalizedWord(word)
                || !lexicon.IsKnownPlace(word, ids.LocationBegin) || lexicon.IsCompany(word))
            {
                continue;
            }
            WordLabels.MarkRun(s, w, w, ids.LocationBegin, ids.LocationInside, continues: false, Score);
        }
    }
}
