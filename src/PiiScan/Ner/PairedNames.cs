namespace PiiScan.Ner;

/// <summary>
/// First names written in lower case and joined by <c>and</c>, <c>or</c> or a comma in chat (<c>can you invite priya
/// and tom</c>, <c>my kids emma and noah</c>): the network read some of them as no entity. A lower-case word of three
/// letters or more that is no ordinary word, whose capitalized form is listed as a person's name or a given name and
/// as no place, organization, weekday or month, gets <see cref="Bonus"/> more on B-PERSON when such a word stands on
/// the other side of the joiner and one of the two is a given name (<c>davis and wright</c>, a firm's surnames, is
/// not; <c>will and grace</c> are ordinary words). <c>&amp;</c> joins firms' names (<c>thompson &amp; harris</c>).
/// <c>models/train/lexicon.py</c> (<c>paired_name</c>) does the same for <c>evaluate.py</c>.
/// </summary>
internal static class PairedNames
{
    /// <summary>Added to B-PERSON of such a word: a prior odds factor of e^5, as beside the writer.</summary>
    public const float Bonus = 5f;

    /// <summary>True when word <paramref name="w"/> is such a name with another one joined to it.</summary>
    public static bool NameAt(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        var kind = NameKind(s.WordText(text, w), lexicon, ids);
        if (kind == 0)
        {
            return false;
        }
        var before = w >= 2 && Joined(text, s, w - 2) ? NameKind(s.WordText(text, w - 2), lexicon, ids) : 0;
        var after = w + 2 < words && Joined(text, s, w) ? NameKind(s.WordText(text, w + 2), lexicon, ids) : 0;
        return (before > 0 && (kind == 2 || before == 2)) || (after > 0 && (kind == 2 || after == 2));
    }

    // Words a and a + 2 are joined by word a + 1: "and" or "or" one space apart on both sides, or a comma glued to
    // word a and one space before word a + 2.
    private static bool Joined(ReadOnlySpan<char> text, NerScratch s, int a) =>
        s.WordText(text, a + 1) is "and" or "or" ? s.GapAfter(text, a) is " " && s.GapAfter(text, a + 1) is " "
        : s.WordText(text, a + 1) is "," && s.GapAfter(text, a).IsEmpty && s.GapAfter(text, a + 1) is " ";

    /// <summary>
    /// 2: a lower-case given name; 1: a lower-case person's name of the lexicon (a surname, a short form: <c>tom</c>);
    /// 0: no such name (an ordinary word, a place, an organization, a weekday or month).
    /// </summary>
    public static int NameKind(ReadOnlySpan<char> word, LexiconPrior lexicon, EntityLabelIds ids)
    {
        if (word.Length is < 3 or > 20 || word.ContainsAnyExceptInRange('a', 'z') || lexicon.IsOrdinary(word, opensSentence: false))
        {
            return 0;
        }
        Span<char> capitalized = stackalloc char[word.Length];
        word.CopyTo(capitalized);
        capitalized[0] = char.ToUpperInvariant(word[0]);
        if (WordLabelRules.CalendarWords.Contains(capitalized)
            || (ids.LocationBegin >= 0 && lexicon.HasBonus(capitalized, ids.LocationBegin))
            || (ids.OrganizationBegin >= 0 && lexicon.HasBonus(capitalized, ids.OrganizationBegin)))
        {
            return 0;
        }
        return lexicon.IsGivenName(capitalized) ? 2 : lexicon.HasBonus(capitalized, ids.PersonBegin) ? 1 : 0;
    }
}
