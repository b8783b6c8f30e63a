using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Family, friend and workplace nouns that a person's name follows (<c>my daughter Chloe</c>, <c>our neighbor
/// Dave</c>, <c>a esposa Ana</c>, <c>meine Tochter Lena</c>; Spanish, Portuguese, French, Italian, German and Dutch kin
/// words too): the network read some listed first names after them as no entity at all (<c>Chloe</c> at p(O) &gt; 0.99
/// even with the name-list bonus). A capitalized word right after one gets <see cref="Bonus"/> more on B-PERSON.
/// <c>models/train/lexicon.py</c> (<c>RELATION_WORDS</c>) holds the same list for <c>evaluate.py</c>.
/// </summary>
internal static class RelationWords
{
    /// <summary>Added to B-PERSON of the capitalized word after a relation noun: a prior odds factor of e^5.</summary>
    public const float Bonus = 5f;

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Nouns = FrozenSet.Create(
        StringComparer.Ordinal,
        ["daughter", "son", "wife", "husband", "mom", "mum", "mother", "dad", "father", "brother", "sister", "grandma",
         "grandmother", "grandpa", "grandfather", "granddaughter", "grandson", "aunt", "uncle", "cousin", "niece",
         "nephew", "friend", "boyfriend", "girlfriend", "fiance", "fiancé", "fiancée", "colleague", "coworker",
         "neighbor", "neighbour", "roommate", "stepson", "stepdaughter", "stepmother", "stepfather", "boss", "baby",
         "esposa", "esposo", "marido", "mujer", "hijo", "hija", "hermano", "hermana", "filho", "filha", "irmão", "irmã",
         "femme", "mari", "fils", "fille", "frère", "sœur", "moglie", "marito", "figlio", "figlia", "fratello", "sorella",
         "Ehefrau", "Ehemann", "Sohn", "Tochter", "Bruder", "Schwester", "vrouw", "zoon", "dochter", "broer"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The first word of the relation noun right before word <paramref name="w"/>: the word before it when it is a
    /// listed noun, the kin noun of an in-law ("mother-in-law Gloria": the tokenizer splits "mother", "-", "in", "-",
    /// "law"), or "co" of "co-worker"; else -1.
    /// </summary>
    public static int NounBefore(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        if (w >= 5 && s.WordText(text, w - 1) is "law" && s.WordText(text, w - 2) is "-" && s.WordText(text, w - 3) is "in" && s.WordText(text, w - 4) is "-")
        {
            return Nouns.Contains(s.WordText(text, w - 5)) ? w - 5 : -1;
        }
        if (w >= 3 && s.WordText(text, w - 1) is "worker" && s.WordText(text, w - 2) is "-" && s.WordText(text, w - 3) is "co" or "Co"
            && s.TouchesNext(w - 3) && s.TouchesNext(w - 2))
        {
            return w - 3;
        }
        return w >= 1 && Nouns.Contains(s.WordText(text, w - 1)) ? w - 1 : -1;
    }

    /// <summary>True when <paramref name="word"/> is a possessive that opens a relation (<c>my</c>, <c>Our</c>).</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word) =>
        Possessives.Contains(word) || (word.Length is >= 2 and <= 8 && char.IsUpper(word[0]) && PossessiveAfterCapital(word));

    private static bool PossessiveAfterCapital(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Possessives.Contains(lower);
    }

    /// <summary>True when <paramref name="word"/> is a listed relation noun.</summary>
    public static bool IsNoun(ReadOnlySpan<char> word) => Nouns.Contains(word);

    /// <summary>True when <paramref name="previous"/> is a relation noun and <paramref name="word"/> is capitalized (letters only).</summary>
    public static bool NameFollows(ReadOnlySpan<char> previous, ReadOnlySpan<char> word) =>
        Nouns.Contains(previous) && ChatDisplayName.IsCapitalizedWord(word);

    /// <summary>
    /// Chat in lower case: 1 when <paramref name="previous"/> is a relation noun after a possessive
    /// (<paramref name="possessive"/>: <c>my</c>, <c>our</c>, ...) and <paramref name="word"/> a lower-case given name
    /// (<c>my uncle raj</c>; not French <c>son mari</c>), 2 when <paramref name="previous"/> is a lower-case title and
    /// <paramref name="word"/> a lower-case person's name of the lexicon (<c>professor lin</c>; <see cref="PairedNames.NameKind"/>),
    /// else 0. After a title the network often began the name on the title, so the caller raises both B- and I-PERSON.
    /// </summary>
    public static int LowerCaseNameFollows(ReadOnlySpan<char> possessive, ReadOnlySpan<char> previous, ReadOnlySpan<char> word, LexiconPrior lexicon, EntityLabelIds ids)
    {
        var title = LowerCaseTitles.Contains(previous);
        if (!title && !(Nouns.Contains(previous) && Possessives.Contains(possessive)))
        {
            return 0;
        }
        var kind = PairedNames.NameKind(word, lexicon, ids);
        return title && kind > 0 ? 2 : kind == 2 ? 1 : 0;
    }

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LowerCaseTitles = FrozenSet.Create(StringComparer.Ordinal,
        ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "coach", "auntie"]).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Possessives = FrozenSet.Create(StringComparer.Ordinal,
        ["my", "our", "your", "his", "her", "their", "ur"]).GetAlternateLookup<ReadOnlySpan<char>>();
}
