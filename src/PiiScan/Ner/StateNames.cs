using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Names of United States states and Canadian provinces, which chat writes after a town without a comma (<c>miramar
/// florida</c>, <c>Portland Oregon</c>, <c>Charleston West Virginia</c>): the network read the two as one place, the
/// corpora and the product's convention as two (as <c>Peoria, Illinois</c>).
/// </summary>
internal static class StateNames
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Names = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida", "Georgia",
         "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
         "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
         "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
         "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
         "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming", "Alberta", "British Columbia",
         "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia", "Ontario", "Quebec", "Saskatchewan"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where the state or province that ends a place span of two words or more begins (its last word, or its last two
    /// for <c>New York</c> and <c>West Virginia</c>), when a town stands before it one space apart and the span is
    /// written in title case or lower case throughout; else -1. <c>Baja California</c> aside, no place name ends in a
    /// state's name.
    /// </summary>
    public static int TrailingStateStart(ReadOnlySpan<char> span)
    {
        var last = span.LastIndexOf(' ');
        if (last <= 0 || span.ContainsAny('\t', '\n', ','))
        {
            return -1;
        }
        var before = span[..last].LastIndexOf(' ');
        if (before > 0 && Names.Contains(span[(before + 1)..]))
        {
            return before + 1; // "charleston west virginia"
        }
        return Names.Contains(span[(last + 1)..]) && !Names.Contains(span[(before + 1)..]) && !IsStateOpener(span[(before + 1)..last]) ? last + 1 : -1;
    }

    // The first word of a two-word state ("New", "West"): "New York" and "West Virginia" themselves are no town and state.
    private static bool IsStateOpener(ReadOnlySpan<char> word) =>
        word.Equals("New", StringComparison.OrdinalIgnoreCase) || word.Equals("West", StringComparison.OrdinalIgnoreCase)
        || word.Equals("North", StringComparison.OrdinalIgnoreCase) || word.Equals("South", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Rhode", StringComparison.OrdinalIgnoreCase) || word.Equals("British", StringComparison.OrdinalIgnoreCase)
        || word.Equals("Nova", StringComparison.OrdinalIgnoreCase) || word.Equals("Baja", StringComparison.OrdinalIgnoreCase);
}
