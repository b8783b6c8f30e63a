using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// A capitalized given name alone in running prose that the network read as no entity ("Ask Declan about it",
/// "and Declan got sent off": p(O) 0.98-1.00). The word must be a given name of the lexicon's name lists that the
/// lexicon also lists as a person's name and under no other type, no place or company name, no ordinary or dictionary
/// word in lower case ("Grace", "Rose"), no AI model or brand ("Ask Claude", "Ford is"), with no entity beside it.
/// Inside a sentence a lower-case word (no preposition of places: "in Polly"), a mention or an ordinary word that opens
/// the sentence ("Ask") comes before it, and a lower-case word, a clause's punctuation or the end after it
/// (<see cref="WordBreaks.ProseFollows"/>); at a sentence's start a lower-case word, a comma or a colon follows it
/// ("Glenda is related", "Drake , well done"), and it is none of the other languages' pronouns ("Ella vive").
/// </summary>
internal static class LoneGivenNames
{
    // Given names that name AI models and assistants in prompts and logs.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Assistants =
        FrozenSet.Create(StringComparer.Ordinal, ["Alexa", "Claude", "Gemini", "Phi"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Given names that are brands too ("Ford is recalling 200,000 trucks").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Brands = FrozenSet.Create(StringComparer.Ordinal,
        ["Ford", "Dell", "Tesla", "Disney", "Mercedes", "Chanel", "Dior", "Wendy", "Chase"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Given names that open sentences of the other languages the product reads as pronouns, articles or verbs
    // ("Ella vive en Madrid", "Elle a appelé", "Mia madre", "Dan ging hij").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        ["Ella", "Elle", "Una", "Mia", "Sara", "Ora", "Dan", "Ben", "Per"]).GetAlternateLookup<ReadOnlySpan<char>>();

    // Prepositions that place names and software follow, persons hardly ever ("retries with backoff in Polly?").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PlacePrepositions = FrozenSet.Create(StringComparer.Ordinal,
        ["in", "on", "at", "into", "onto", "near", "inside", "within", "via", "using"]).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when word <paramref name="w"/> is such a name (see the type's summary).</summary>
    public static bool At(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, EntityLabelIds ids)
    {
        // After a mention ("@AshleyNickels Kalin got good taste", "@MirandaCosgrove Miranda , you are"), as after prose.
        var afterMention = w >= 2 && s.WordText(text, w - 2) is "@" && s.TouchesNext(w - 2) && s.GapAfter(text, w - 1) is " ";
        if (s.BestLabel[s.WordToken[w]] != 0 || (w > 0 && !afterMention && s.BestLabel[s.WordToken[w - 1]] != 0)
            || (w + 1 < words && s.BestLabel[s.WordToken[w + 1]] != 0))
        {
            return false;
        }
        var word = s.WordText(text, w);
        if (!ChatDisplayName.IsCapitalizedWord(word) || !lexicon.IsGivenName(word) || !lexicon.HasBonus(word, ids.PersonBegin)
            || lexicon.HasBonus(word, ids.LocationBegin) || lexicon.HasBonus(word, ids.OrganizationBegin) || lexicon.IsPlaceName(word)
            || lexicon.IsCompany(word) || lexicon.IsOrdinary(word, opensSentence: true) || lexicon.IsDictionaryWord(word)
            || Assistants.Contains(word) || Brands.Contains(word))
        {
            return false;
        }
        if (WordBreaks.OpensSentence(text, s, w))
        {
            // At a sentence's start capitals say nothing; a lower-case word after the name, as a verb, does ("Glenda is
            // related", "Yuri introduced herself"), and so does a comma or colon after it.
            if (w + 1 >= words || OpeningFunctionWords.Contains(word))
            {
                return false;
            }
            var next = s.WordText(text, w + 1);
            return next is "," or ":" // an address or a speaker ("Drake , well done", "Jose : ' We have")
                || (s.GapAfter(text, w) is " " && next.Length >= 2 && !next.ContainsAnyExceptInRange('a', 'z'));
        }
        var before = s.WordText(text, w - 1);
        if (!afterMention && (s.GapAfter(text, w - 1) is not " " || PlacePrepositions.Contains(before)
            || (before.ContainsAnyExceptInRange('a', 'z')
            && !(WordBreaks.OpensSentence(text, s, w - 1) && lexicon.IsOrdinary(before, opensSentence: true)))))
        {
            return false;
        }
        return WordBreaks.ProseFollows(text, s, w, words);
    }
}
