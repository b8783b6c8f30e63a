using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Family firms and partnerships whose name ends in a noun after <c>and</c> or <c>&amp;</c> (<c>Skiles and Sons</c>,
/// <c>Smith &amp; Daughters</c>, <c>Jones &amp; Associates</c>): the network read the name before the noun as a
/// person's. <see cref="LegalForms.CompanyStart"/> treats the noun as a legal form.
/// </summary>
internal static class FamilyFirms
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nouns = FrozenSet.Create(
        StringComparer.Ordinal, ["Sons", "Daughters", "Brothers", "Bros", "Partners", "Associates"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> ends such a name.</summary>
    public static bool IsNoun(ReadOnlySpan<char> word) => Nouns.Contains(word);

    /// <summary>
    /// The first word of the firm's name that ends in the noun at word <paramref name="noun"/>: one or two capitalized
    /// words one space apart, no ordinary word (the lexicon's, where it opens the sentence too), then <c>and</c> or
    /// <c>&amp;</c>; else -1.
    /// </summary>
    public static int Start(ReadOnlySpan<char> text, NerScratch s, int noun, LexiconPrior? lexicon)
    {
        if (noun < 2 || s.WordText(text, noun - 1) is not ("and" or "&") || s.GapAfter(text, noun - 1) is not " " || s.GapAfter(text, noun - 2) is not " ")
        {
            return -1;
        }
        var first = -1;
        for (var w = noun - 2; w >= 0 && w >= noun - 3; w--)
        {
            var part = s.WordText(text, w);
            if (!LegalForms.IsNameWord(part) || (lexicon is not null && lexicon.IsOrdinary(part, WordBreaks.OpensSentence(text, s, w)))
                || (w < noun - 2 && s.GapAfter(text, w) is not " "))
            {
                break;
            }
            first = w;
        }
        return first;
    }
}
