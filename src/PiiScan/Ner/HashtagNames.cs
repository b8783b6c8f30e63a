namespace PiiScan.Ner;

/// <summary>
/// A hashtag that spells a person's full name in camel case (<c>#AlanPardew</c>, <c>#RIPJohnnyWinter</c>): a given
/// name of the lexicon's lists and a capitalized surname of three letters or more that is no dictionary word and no
/// listed place or organization, after an optional <c>RIP</c>, and nothing else. The network read such hashtags as no
/// entity.
/// </summary>
internal static class HashtagNames
{
    /// <summary>True when the hashtag word <paramref name="tag"/> (without its <c>#</c>) is such a name.</summary>
    public static bool IsName(ReadOnlySpan<char> tag, LexiconPrior lexicon, EntityLabelIds ids)
    {
        Span<Range> parts = stackalloc Range[4];
        var n = 0;
        var pos = 0;
        while (HandleParts.Next(tag, ref pos, out var start, out var end))
        {
            if (n == parts.Length)
            {
                return false;
            }
            parts[n++] = start..end;
        }
        var first = n == 3 && tag[parts[0]] is "RIP" ? 1 : 0;
        if (n - first != 2)
        {
            return false;
        }
        var given = tag[parts[first]];
        var surname = tag[parts[first + 1]];
        return ChatDisplayName.IsCapitalizedWord(given) && lexicon.IsGivenName(given) && !lexicon.IsPlaceName(given)
            && surname.Length >= 3 && ChatDisplayName.IsCapitalizedWord(surname) && !lexicon.IsDictionaryWord(surname)
            && !lexicon.IsOrdinary(surname, opensSentence: true) && !lexicon.HasBonus(surname, ids.LocationBegin)
            && !lexicon.HasBonus(surname, ids.OrganizationBegin) && !lexicon.IsCompany(surname);
    }
}
