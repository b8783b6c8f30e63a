using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Words that end a sports club's name after a town (<c>Doncaster Rovers</c>, <c>Leeds United</c>, <c>Boston
/// Celtics</c>, <c>Glasgow Rangers</c>): the network read the town alone as a place, or the two words as a place or a
/// person. <see cref="LegalForms.CompanyStart"/> ends an organization's name at one as at an industry noun, after a
/// proper name. Team names that are animals or other plural nouns (<c>Bulls</c>, <c>Eagles</c>, <c>Tigers</c>) are
/// left out: <c>Bengal Tigers</c> are no club.
/// </summary>
internal static class ClubNames
{
    /// <summary>True when <paramref name="word"/> ends a club's name (title case, exact).</summary>
    public static bool IsClubNoun(ReadOnlySpan<char> word) => Nouns.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nouns = FrozenSet.Create(StringComparer.Ordinal,
        ["United", "Rovers", "Wanderers", "Athletic", "Albion", "Rangers", "Celtic", "Hotspur", "Celtics", "Lakers", "Knicks",
         "Yankees", "Dodgers", "Mets", "Packers", "Steelers", "Seahawks", "49ers", "Broncos", "Mavericks", "Raptors",
         "Bruins", "Canucks", "Oilers", "Blackhawks", "Sixers", "76ers", "Astros", "Phillies", "Clippers"])
        .GetAlternateLookup<ReadOnlySpan<char>>();
}
