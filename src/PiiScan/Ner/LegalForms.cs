using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Company legal forms (<c>Inc</c>, <c>GmbH</c>, <c>Ltd</c>, <c>Co</c>): a name that ends in one is an organization,
/// whatever type the network gave it (<c>Kimura Trading Co</c> read as a person). <c>Co</c> is also a county
/// (<c>Saratoga Co</c>), so it retypes a person's name only, never a place.
/// </summary>
internal static class LegalForms
{
    // Case-sensitive: "co" or "ag" in lower case are ordinary words. Generic nouns (Group, Bank) are left out:
    // "West Bank" is a place.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Inc", "Corp", "Corporation", "Incorporated", "LLC", "Ltd", "Limited", "GmbH", "AG", "KG", "KGaA", "SA", "SAS",
         "SARL", "SpA", "Srl", "BV", "NV", "plc", "PLC", "Pty", "LLP", "LP", "Oy", "AB", "ASA", "Bhd", "Pte", "Pvt",
         "Holdings", "Industries", "Technologies"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="span"/> has two words or more and its last word (a final period aside) is a legal
    /// form; <c>Co</c> counts only when <paramref name="person"/> (the network read the span as a person's name).
    /// </summary>
    public static bool EndsWithOne(ReadOnlySpan<char> span, bool person)
    {
        var trimmed = span.TrimEnd('.');
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }
        var last = trimmed[(space + 1)..];
        return Forms.Contains(last) || (person && last is "Co");
    }
}
