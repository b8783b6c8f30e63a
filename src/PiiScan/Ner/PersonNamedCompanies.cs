using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Large companies named after people (<c>Goldman Sachs</c>, <c>Wells Fargo</c>, <c>Kaiser Permanente</c>): made of a
/// first name and a surname, or of two surnames, the network reads them as persons, and a person finding is what the
/// DSR index files under a data subject. A PERSON span whose whole text is one of these is an ORGANIZATION. Only names
/// that mean the company far more often than a person are listed (not <c>Walt Disney</c>, <c>Ralph Lauren</c>).
/// </summary>
internal static class PersonNamedCompanies
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Names = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["Goldman Sachs", "Wells Fargo", "Morgan Stanley", "Kaiser Permanente", "Charles Schwab", "Lockheed Martin",
         "Merrill Lynch", "Edward Jones", "Raymond James", "Booz Allen Hamilton", "Booz Allen", "Dow Jones",
         "Johnson & Johnson", "Procter & Gamble", "Ernst & Young", "Marks & Spencer", "Jones Lang LaSalle",
         "Cushman & Wakefield", "Baker McKenzie", "Kirkland & Ellis", "Sherwin-Williams", "Harley-Davidson",
         "Rolls-Royce", "Bristol Myers Squibb", "Bristol-Myers Squibb", "Hewlett Packard", "Hewlett-Packard",
         "Marsh McLennan", "Thomson Reuters", "Arthur Andersen", "Deloitte", "Accenture"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="span"/> is a listed company name (case-insensitive, whole span).</summary>
    public static bool Contains(ReadOnlySpan<char> span) => Names.Contains(span);
}
