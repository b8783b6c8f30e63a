using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Common English-language surnames that are also ordinary words (<c>Stone</c>, <c>Short</c>, <c>Banks</c>,
/// <c>Golden</c>): the lexicon lists no ordinary word as a name, so after a first name the network read alone
/// (<c>Gary Stone</c>, <c>Megan Short</c>) they were left out of the name or read as a company.
/// <see cref="PersonNameRules"/> joins such a word to the name the network ended before it.
/// </summary>
internal static class OrdinarySurnames
{
    /// <summary>True when <paramref name="word"/> is such a surname in title case; exact, case-sensitive.</summary>
    public static bool Contains(ReadOnlySpan<char> word) => Words.Contains(word);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = FrozenSet.Create(StringComparer.Ordinal,
        ["Stone", "Hill", "Price", "Long", "Wood", "Woods", "Young", "Bell", "King", "Green", "Brown", "White", "Black",
         "Rose", "Fox", "Hall", "Baker", "Cook", "Wright", "Turner", "Parker", "Carter", "Walker", "Ward", "Cole", "Hunt",
         "Lane", "Marsh", "Field", "Fields", "Ford", "Page", "Bishop", "Knight", "Mason", "Porter", "Hunter", "Fisher",
         "Cooper", "Shepherd", "Short", "Little", "Sharp", "Gray", "Grey", "Swift", "Frost", "Snow", "Banks", "Burns",
         "Hope", "Day", "Sweet", "Golden", "Rich", "Strong", "Bird", "Lamb", "Bull", "Wolf", "Crane", "Drake", "Finch",
         "Swan", "Weaver", "Butler", "Barber", "Miller", "Potter", "Glass", "Steel", "Chambers", "Rivers", "Brooks",
         "Waters", "Wells", "Bush", "Moss", "Reed", "Rush", "Lake", "Bridges", "Church", "Castle", "Hart", "Noble",
         "Savage", "Wise", "Freeman", "Love", "Head", "Carpenter", "Mills", "Summers", "Winter", "Winters", "Bond", "Cash",
         "Rice", "Salt", "Ball", "Cross", "Law", "Booth", "Dean", "Chase", "Hudson", "Mann", "Gardner", "Gardener",
         "Archer", "Fowler", "Farmer", "Fuller", "Tanner", "Slater", "Thatcher", "Palmer", "Pike", "Hawk", "Heath",
         "Holly", "Nightingale", "Button", "Best", "Good", "Moody", "Hardy", "Stewart", "Steward", "Marshall", "Sergeant",
         "Major", "Cannon", "Temple", "Kidd", "Lord", "Pope", "Paige", "Flowers", "Berry", "Bloom", "Birch", "Ash",
         "Oakley", "Hay", "Coates", "Street", "Bridge", "Lee"])
        .GetAlternateLookup<ReadOnlySpan<char>>();
}
