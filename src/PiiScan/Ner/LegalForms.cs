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

    // Forms that may extend a span the network ended before them: not the short ones that are also titles, places or
    // acronyms after a name ("Texas AG", "Saratoga Co", "Paris SA"), in title or capital case.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trailing = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Inc", "Corp", "Corporation", "Incorporated", "LLC", "Ltd", "Limited", "GmbH", "KGaA", "SARL", "SpA", "Srl", "plc",
         "PLC", "Pty", "LLP", "Oy", "Bhd", "Pte", "Pvt", "Holdings", "Industries", "Technologies", "INC", "CORP",
         "CORPORATION", "INCORPORATED", "LTD", "LIMITED", "GMBH", "HOLDINGS", "INDUSTRIES", "TECHNOLOGIES"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Where a span ending at <paramref name="end"/> ends once the legal form right after it joins (<c>GLOBEX</c> +
    /// <c> CORPORATION</c>, <c>Acme</c> + <c>, Inc.</c>), or -1 when none follows. A form that is also an English word
    /// (<c>Limited</c>) joins only when no lower-case word follows it (<c>Paris Limited edition</c>).
    /// </summary>
    public static int ExtensionEnd(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }
        if (i >= text.Length || text[i] != ' ')
        {
            return -1;
        }
        var wordStart = i + 1;
        var wordEnd = wordStart;
        while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        var word = text[wordStart..wordEnd];
        if (word.IsEmpty || !Trailing.Contains(word) || (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '_')))
        {
            return -1;
        }
        if (word is "Limited" or "LIMITED" && wordEnd + 1 < text.Length && text[wordEnd] == ' ' && char.IsLower(text[wordEnd + 1]))
        {
            return -1;
        }
        return wordEnd; // an abbreviation's period stays out: it may end the sentence
    }
}
