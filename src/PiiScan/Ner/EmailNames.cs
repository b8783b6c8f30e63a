namespace PiiScan.Ner;

/// <summary>
/// A person's full name right before their e-mail address, whose local part spells it (<c>Lotte Wilms
/// lotte.wilms@kb.nl</c>, <c>Zeynep Arslan &lt;zeynep.arslan@example.com&gt;</c>, <c>Michiel Cock
/// m.p.cock@vu.nl</c>): the network read some such names in a signature's run of names as an organization or as
/// nothing. Two or three capitalized words one space apart before the address (or before a <c>&lt;</c> or <c>(</c>
/// glued to it), none an ordinary word, a title or a listed organization, one of three letters or more found in the
/// local part, are the name (<c>Acme Support support@acme.com</c> is none: <c>Support</c> is an ordinary word).
/// </summary>
internal static class EmailNames
{
    /// <summary>
    /// The first and last word of such a name before the <c>@</c> at word <paramref name="at"/>, or (-1, -1).
    /// </summary>
    public static (int First, int Last) NameBefore(ReadOnlySpan<char> text, NerScratch s, int at, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        if (at < 2 || at + 1 >= words || !s.TouchesNext(at - 1) || !s.TouchesNext(at))
        {
            return (-1, -1);
        }
        var local = at - 1; // the local part's first word
        while (local > 0 && s.TouchesNext(local - 1) && IsLocalPart(s.WordText(text, local - 1)))
        {
            local--;
        }
        var last = local - 1;
        if (last > 0 && s.WordText(text, last) is "<" or "(" && s.TouchesNext(last))
        {
            last--;
        }
        if (last < 0 || s.GapAfter(text, last) is not " ")
        {
            return (-1, -1);
        }
        var localPart = text[s.Tokens[s.WordToken[local]].Start..s.WordEnd[at - 1]];
        var first = -1;
        var found = false;
        for (var w = last; w >= 0 && last - w < 3 && (w == last || s.GapAfter(text, w) is " ") && IsNameWord(s.WordText(text, w), lexicon, ids); w--)
        {
            first = w;
            found |= s.WordText(text, w).Length >= 3 && localPart.Contains(s.WordText(text, w), StringComparison.OrdinalIgnoreCase);
        }
        return found && first >= 0 && first < last ? (first, last) : (-1, -1);
    }

    // A word of an address's local part: letters and digits, or '.', '_', '-', '+'.
    private static bool IsLocalPart(ReadOnlySpan<char> word) =>
        word is "." or "_" or "-" or "+" || (word.Length > 0 && char.IsLetterOrDigit(word[0]));

    private static bool IsNameWord(ReadOnlySpan<char> word, LexiconPrior lexicon, EntityLabelIds ids) =>
        ChatDisplayName.IsCapitalizedWord(word) && !lexicon.IsOrdinary(word, opensSentence: true) && !HonorificTitles.IsTitleWord(word)
        && !lexicon.IsCompany(word) && !(ids.OrganizationBegin >= 0 && lexicon.HasBonus(word, ids.OrganizationBegin));
}
