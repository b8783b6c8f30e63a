using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Prepositions of place in Spanish, Portuguese, French and German (<c>vivo en Sevilla</c>, <c>mora em Lisboa</c>,
/// <c>j'habite à Montréal</c>, <c>fährt nach Graz</c>): the English-trained network missed the places after them. A
/// capitalized word right after one gets <see cref="Bonus"/> more on B-LOCATION. English <c>in</c> and <c>at</c>, and
/// prepositions that also come before persons and companies (<c>bei</c>, <c>a</c>, <c>chez</c>), are left to the
/// network, except before a word the lexicon lists as a place and not as a person (<c>a Milano</c>, <c>de Curitiba
/// para Manaus</c>; <c>scrivi a Francesca</c> stays a person). <c>models/train/lexicon.py</c>
/// (<c>PLACE_PREPOSITIONS</c>, <c>LISTED_PLACE_PREPOSITIONS</c>) holds the same lists for <c>evaluate.py</c>.
/// </summary>
internal static class PlacePrepositions
{
    /// <summary>Added to B-LOCATION of the capitalized word after a place preposition: a prior odds factor of e^3.</summary>
    public const float Bonus = 5f;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = FrozenSet.Create(
        StringComparer.Ordinal, ["en", "em", "à", "nach"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Prepositions that also come before persons and companies ("scrivi a Francesca", "da Maria", "para Valentina"):
    // they count only before a word the lexicon lists as a place and not as a person ("a Milano", "de Curitiba para
    // Manaus", "van Groningen naar Maastricht").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> BeforeListedPlaces = FrozenSet.Create(
        StringComparer.Ordinal, ["a", "da", "de", "di", "per", "para", "desde", "hasta", "no", "na", "aus", "naar", "van", "uit", "vers", "depuis"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="previous"/> is a place preposition and <paramref name="word"/> is capitalized (letters
    /// only), or <paramref name="previous"/> is a preposition that also comes before persons and <paramref name="word"/>
    /// is listed in <paramref name="lexicon"/> with a bonus on <paramref name="locationBegin"/> and none on
    /// <paramref name="personBegin"/>.
    /// </summary>
    public static bool PlaceFollows(ReadOnlySpan<char> previous, ReadOnlySpan<char> word, LexiconPrior lexicon, int locationBegin, int personBegin) =>
        ChatDisplayName.IsCapitalizedWord(word)
        && (Words.Contains(previous)
            || (BeforeListedPlaces.Contains(previous) && lexicon.HasBonus(word, locationBegin) && !lexicon.HasBonus(word, personBegin)));
}
