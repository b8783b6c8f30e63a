using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// A place whose noun, direction or <c>New</c> comes first (<c>Lake Garda</c>, <c>Cape Cod</c>, <c>Mount Kenya</c>,
/// <c>North Alanna</c>, <c>East Jeanton</c>, <c>New South Wales</c>) is one place: where the network read the first word
/// alone as a place and the capitalized word after it (one space apart, no weekday or month, and after a direction no
/// demonym: <c>North Korean</c>, <c>South Africans</c>) as no place or a place of its own (<c>Garda</c> a person,
/// <c>Cod</c> nothing), that word and the rest of its span join the place.
/// </summary>
internal static class LeadingPlaceWords
{
    /// <summary>Joins such places among the value's <paramref name="words"/> words.</summary>
    public static void Join(ReadOnlySpan<char> text, NerScratch s, int words, NerModel model, EntityLabelIds ids)
    {
        for (var w = 0; w + 1 < words; w++)
        {
            var next = s.WordToken[w + 1];
            var first = s.WordText(text, w);
            var second = s.WordText(text, w + 1);
            if (s.BestLabel[s.WordToken[w]] != ids.LocationBegin || !Openers.Contains(first) || s.GapAfter(text, w) is not " "
                || !ChatDisplayName.IsCapitalizedWord(second) || s.BestLabel[next] == ids.LocationInside
                || WordLabelRules.CalendarWords.Contains(second) || (Directions.Contains(first) && IsDemonym(second)))
            {
                continue;
            }
            var entity = model.EntityOfLabel[s.BestLabel[next]];
            var last = w + 1;
            while (entity is not null && last + 1 < words && model.EntityOfLabel[s.BestLabel[s.WordToken[last + 1]]] == entity && !model.IsBegin[s.BestLabel[s.WordToken[last + 1]]])
            {
                last++;
            }
            WordLabels.MarkRun(s, w, last, ids.LocationBegin, ids.LocationInside, continues: false, s.BestScore[s.WordToken[w]]);
        }
    }

    /// <summary>True when <paramref name="word"/> opens place names (<c>Lake</c>, <c>North</c>, <c>New</c>; exact).</summary>
    public static bool IsOpener(ReadOnlySpan<char> word) => Openers.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Openers = FrozenSet.Create(StringComparer.Ordinal,
        ["Lake", "Loch", "Lough", "Mount", "Mt", "Cape", "Isle", "River", "North", "South", "East", "West", "New", "Port", "Fort"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Directions =
        FrozenSet.Create(StringComparer.Ordinal, ["North", "South", "East", "West"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // A demonym or language after a direction ("Korean", "Africans", "European", "Chinese", "Flemish").
    private static bool IsDemonym(ReadOnlySpan<char> word) =>
        word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ans", StringComparison.Ordinal)
        || word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal);
}
