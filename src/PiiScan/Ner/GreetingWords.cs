using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Greetings and thanks that a chat message puts before the addressee's first name (<c>hi rosa,</c>, <c>yo marcus
/// tell</c>, <c>Hola Lucía</c>, <c>thx Ben</c>): the network read some known names after them as no entity, or as the
/// inside of a name the greeting opened. A word after one whose capitalized form is a listed person's name gets
/// <see cref="Bonus"/> more on B-PERSON unless a capitalized word follows it (<c>thanks Quito City Council</c>: a longer
/// name the network reads on its own); other words (<c>hi team</c>, <c>Dear Customer</c>) are left to the network.
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
}
