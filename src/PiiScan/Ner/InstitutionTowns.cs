namespace PiiScan.Ner;

/// <summary>
/// A town that ends an institution's name after <c>College</c> or <c>University</c> (<c>Imperial College London</c>,
/// <c>Trinity College Dublin</c>): <see cref="LegalForms.CompanyStart"/> lets the institution noun be followed by it,
/// and <see cref="WordLabelRules"/> makes it part of the organization.
/// </summary>
internal static class InstitutionTowns
{
    /// <summary>
    /// True when the institution noun <c>College</c> or <c>University</c> at word <paramref name="head"/> is followed,
    /// one space apart, by a known place (<paramref name="locationBegin"/> is the B-LOCATION label) that ends the name:
    /// the city is part of the institution's name (<c>Imperial College London</c>, <c>University College Dublin</c>),
    /// so no capitalized word may follow it.
    /// </summary>
    public static bool After(ReadOnlySpan<char> text, NerScratch s, int head, int words, LexiconPrior? lexicon, int locationBegin)
    {
        if (lexicon is null || locationBegin < 0 || head + 1 >= words || s.WordText(text, head) is not ("College" or "University")
            || s.GapAfter(text, head) is not " ")
        {
            return false;
        }
        var place = s.WordText(text, head + 1);
        if (!ChatDisplayName.IsCapitalizedWord(place) || !lexicon.IsKnownPlace(place, locationBegin))
        {
            return false;
        }
        return head + 2 >= words || !char.IsUpper(s.WordText(text, head + 2)[0]);
    }
}
