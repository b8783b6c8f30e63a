using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Greetings and thanks that a chat message puts before the addressee's first name (<c>hi rosa,</c>, <c>yo marcus
/// tell</c>, <c>Hola Lucía</c>, <c>thx Ben</c>): the network read some known names after them as no entity, or as the
/// inside of a name the greeting opened. A word after one whose capitalized form is a listed person's name gets
/// <see cref="Bonus"/> more on B-PERSON unless a capitalized word follows it (<c>thanks Quito City Council</c>: a longer
/// name the network reads on its own); other words (<c>hi team</c>, <c>Dear Customer</c>) are left to the network. A
/// listed name after a sign-off and a comma at the end of a message or line (<c>Best, Noah</c>) gets as much.
/// </summary>
internal static class GreetingWords
{
    /// <summary>Added to B-PERSON of a known first name right after a greeting: a prior odds factor of e^5.</summary>
    public const float Bonus = 5f;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["hi", "hey", "hello", "hiya", "yo", "dear", "thanks", "thx", "cheers", "bye", "hola", "ciao", "bonjour", "salut",
         "hallo", "olá", "oi", "gracias", "obrigado", "obrigada", "merci", "grazie", "danke", "bedankt", "hoi"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="previous"/> is a greeting, <paramref name="word"/>, with its first letter upper-cased,
    /// is listed in <paramref name="lexicon"/> with a bonus on <paramref name="personBegin"/>, and <paramref name="next"/>
    /// (empty at the end of the value) is not capitalized.
    /// </summary>
    public static bool NameFollows(ReadOnlySpan<char> previous, ReadOnlySpan<char> word, ReadOnlySpan<char> next, LexiconPrior lexicon, int personBegin) =>
        Words.Contains(previous) && (next.IsEmpty || !char.IsUpper(next[0])) && lexicon.HasBonusCapitalized(word, personBegin);

    // Sign-offs a message ends with before the writer's name and a comma ("Best, Noah", "Kind regards,\nPriya").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SignOffs = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["best", "regards", "cheers", "thanks", "sincerely", "warmly", "wishes", "yours", "faithfully", "truly", "xoxo", "love"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when word <paramref name="w"/> is a listed person's name (capitalized) that ends the value or its line
    /// after a sign-off and a comma (<c>Best, Noah</c>): the network left some of them O.
    /// </summary>
    public static bool SignedNameAt(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, int personBegin)
    {
        if (w < 2 || s.WordText(text, w - 1) is not "," || !SignOffs.Contains(s.WordText(text, w - 2)) || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w)))
        {
            return false;
        }
        var last = w + 1 < words && s.GapAfter(text, w) is " " && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 1)) ? w + 1 : w; // "Best, Noah Reyes"
        var ends = last + 1 == words || s.GapAfter(text, last).Contains('\n') || (s.WordText(text, last + 1) is "." or "!" && (last + 2 == words || s.GapAfter(text, last + 1).Contains('\n')));
        return ends && lexicon.HasBonus(s.WordText(text, w), personBegin);
    }
}
