using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Prepositions of place in Spanish, Portuguese, French and German (<c>vivo en Sevilla</c>, <c>mora em Lisboa</c>,
/// <c>j'habite à Montréal</c>, <c>fährt nach Graz</c>): the English-trained network missed the places after them. A
/// capitalized word right after one gets <see cref="Bonus"/> more on B-LOCATION. English <c>in</c> and <c>at</c>, and
/// prepositions that also come before persons and companies (<c>bei</c>, <c>a</c>, <c>chez</c>), are left to the
/// network. <c>models/train/lexicon.py</c> (<c>PLACE_PREPOSITIONS</c>) holds the same list for <c>evaluate.py</c>.
/// </summary>
internal static class PlacePrepositions
{
    /// <summary>Added to B-LOCATION of the capitalized word after a place preposition: a prior odds factor of e^3.</summary>
    public const float Bonus = 5f;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = FrozenSet.Create(
        StringComparer.Ordinal, ["en", "em", "à", "nach"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="previous"/> is a place preposition and <paramref name="word"/> is capitalized (letters only).</summary>
    public static bool PlaceFollows(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        Words.Contains(previous) && ChatDisplayName.IsCapitalizedWord(word);
}
