namespace PiiScan.Ner;

/// <summary>
/// A person named beside the writer (<c>Tamsin and I stayed</c>, <c>for me and Duarte</c>, <c>Isolde and me are
/// flying</c>): the network read some unlisted first names there as no entity at all. A capitalized word right before
/// <c>and I</c> or <c>and me</c>, or right after <c>me and</c>, gets <see cref="Bonus"/> more on B-PERSON unless it is an
/// ordinary word (<c>Mum and I</c>, <c>The kids and I</c>) or listed as a place or organization and neither as a person's
/// name nor as a given name (<c>Google and I</c>; <c>Rosa and I</c> counts). <c>models/train/lexicon.py</c>
/// (<c>companion_name</c>) does the same for <c>evaluate.py</c>.
/// </summary>
internal static class CompanionWords
{
    /// <summary>Added to B-PERSON of such a word: a prior odds factor of e^5, as after a relation noun.</summary>
    public const float Bonus = 5f;

    /// <summary>
    /// True when word <paramref name="w"/> is capitalized, stands one space before <c>and I</c> / <c>and me</c> or one
    /// space after <c>me and</c>, and is no ordinary word and no place or organization only.
    /// </summary>
    public static bool NameAt(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        var word = s.WordText(text, w);
        if (!ChatDisplayName.IsCapitalizedWord(word))
        {
            return false;
        }
        var before = w + 2 < words && s.WordText(text, w + 1) is "and" && s.WordText(text, w + 2) is "I" or "me"
            && s.GapAfter(text, w) is " " && s.GapAfter(text, w + 1) is " ";
        var after = w >= 2 && s.WordText(text, w - 1) is "and" && s.WordText(text, w - 2) is "me" or "Me"
            && s.GapAfter(text, w - 1) is " " && s.GapAfter(text, w - 2) is " ";
        return (before || after) && IsPossibleName(word, lexicon, ids);
    }

    /// <summary>
    /// True when <paramref name="word"/> is no ordinary word, no title and not listed as a place or organization only
    /// unless it is a given name (<c>Rosa and I</c>): a capitalized word that a context naming a person may make one
    /// (also <see cref="IntroductionWords"/>).
    /// </summary>
    internal static bool IsPossibleName(ReadOnlySpan<char> word, LexiconPrior lexicon, EntityLabelIds ids) =>
        !lexicon.IsOrdinary(word, opensSentence: true) && !HonorificTitles.IsTitleWord(word)
        && (lexicon.HasBonus(word, ids.PersonBegin) || lexicon.IsGivenName(word)
            || !((ids.LocationBegin >= 0 && lexicon.HasBonus(word, ids.LocationBegin)) || (ids.OrganizationBegin >= 0 && lexicon.HasBonus(word, ids.OrganizationBegin))));
}
