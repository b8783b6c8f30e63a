namespace PiiScan.Ner;

/// <summary>
/// A writer naming themselves or the person on the line (<c>My name is Thorsten Vogel</c>, <c>Hi, this is Renata from
/// accounts</c>, <c>I'm Leofric</c>, <c>call me Bea</c>): the network left some first names there as no entity at all
/// (<c>Thorsten</c> at p(O) 0.98, where it found the surname). A capitalized word right after <c>name is</c>,
/// <c>this is</c>, <c>I'm</c>, <c>I am</c> or <c>call me</c> gets <see cref="Bonus"/> more on B-PERSON unless it is an
/// ordinary word (<c>I'm Sorry</c>, <c>This is Monday</c>), a title, or listed as a place or organization and not as a
/// person's name (<c>This is London</c>). <c>models/train/lexicon.py</c> (<c>introduced_name</c>) does the same for
/// <c>evaluate.py</c>.
/// </summary>
internal static class IntroductionWords
{
    /// <summary>Added to B-PERSON of such a word: a prior odds factor of e^5, as after a relation noun.</summary>
    public const float Bonus = 5f;

    /// <summary>True when word <paramref name="w"/> is capitalized, follows an introduction and is a possible name.</summary>
    public static bool NameAt(ReadOnlySpan<char> text, NerScratch s, int w, LexiconPrior lexicon, EntityLabelIds ids)
    {
        var word = s.WordText(text, w);
        return w >= 2 && ChatDisplayName.IsCapitalizedWord(word) && s.GapAfter(text, w - 1) is " " && Follows(text, s, w)
            && CompanionWords.IsPossibleName(word, lexicon, ids);
    }

    /// <summary>
    /// True when word <paramref name="w"/> is capitalized, listed as a person's name and one space after a word that
    /// <see cref="NameAt"/> accepts: the surname of an introduced name (<c>My name is Else Kshlerin</c>, where the network
    /// read neither word as a name), which gets <see cref="Bonus"/> more on I-PERSON.
    /// </summary>
    public static bool SurnameAt(ReadOnlySpan<char> text, NerScratch s, int w, LexiconPrior lexicon, EntityLabelIds ids) =>
        w >= 1 && s.GapAfter(text, w - 1) is " " && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w))
        && lexicon.HasBonus(s.WordText(text, w), ids.PersonBegin) && NameAt(text, s, w - 1, lexicon, ids);

    // The two or three words before w, written with single spaces or, for "I'm", glued.
    private static bool Follows(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        var previous = s.WordText(text, w - 1);
        var before = s.WordText(text, w - 2);
        var spaced = s.GapAfter(text, w - 2) is " ";
        return previous switch
        {
            "is" => spaced && before is "name" or "Name" or "this" or "This",
            "am" => spaced && before is "I",
            "me" => spaced && before is "call" or "Call",
            "m" => w >= 3 && before is "'" or "\u2019" && s.TouchesNext(w - 2) && s.TouchesNext(w - 3) && s.WordText(text, w - 3) is "I",
            _ => false,
        };
    }
}
