namespace PiiScan.Ner;

/// <summary>
/// A capitalized given name alone in running prose that the network read as no entity ("Ask Declan about it",
/// "and Declan got sent off": p(O) 0.98-1.00). The word must be a given name of the lexicon's name lists that the
/// lexicon also lists as a person's name and under no other type, no place or company name, no ordinary or dictionary
/// word in lower case ("Grace", "Rose"), not the assistant a prompt addresses ("Ask Claude"), not at a sentence's start,
/// with a lower-case word (no preposition of places: "in Polly"), a mention or an ordinary word that opens the sentence ("Ask")
/// before it and a lower-case word, a sentence's or clause's punctuation or the end after it, and no entity beside it.
/// </summary>
internal static class LoneGivenNames
{
    // Given names that name AI models and assistants in prompts and logs.
    private static readonly HashSet<string> Assistants = new(StringComparer.Ordinal) { "Alexa", "Claude", "Gemini", "Phi" };

    // Given names that are brands too ("Ford is recalling 200,000 trucks").
    private static readonly HashSet<string> Brands = new(StringComparer.Ordinal) { "Ford", "Dell", "Tesla", "Disney", "Mercedes", "Chanel", "Dior", "Wendy", "Chase" };

    // Given names that open sentences of the other languages the product reads as pronouns, articles or verbs
    // ("Ella vive en Madrid", "Elle a appelé", "Mia madre", "Dan ging hij").
    private static readonly HashSet<string> OpeningFunctionWords = new(StringComparer.Ordinal) { "Ella", "Elle", "Una", "Mia", "Sara", "Ora", "Dan", "Ben", "Per" };

    // Prepositions that place names and software follow, persons hardly ever ("retries with backoff in Polly?").
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "on", "at", "into", "onto", "near", "inside", "within", "via", "using" };

    // Punctuation that may follow the name: a sentence's or a clause's end ("Phi - 3 - mini", "Britt 's" are not).
    private static readonly System.Buffers.SearchValues<char> Closing = System.Buffers.SearchValues.Create(".,!?;:");

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
            || Assistants.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || Brands.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return false;
        }
        if (WordBreaks.OpensSentence(text, s, w))
        {
            // At a sentence's start capitals say nothing; a lower-case word after the name, as a verb, does ("Glenda is
            // related", "Yuri introduced herself"), and so does a comma or colon after it.
            if (w + 1 >= words || OpeningFunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }
            var next = s.WordText(text, w + 1);
            return next is "," or ":" // an address or a speaker ("Drake , well done", "Jose : ' We have")
                || (s.GapAfter(text, w) is " " && next.Length >= 2 && !next.ContainsAnyExceptInRange('a', 'z'));
        }
        var before = s.WordText(text, w - 1);
        if (!afterMention && (s.GapAfter(text, w - 1) is not " " || PlacePrepositions.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before)
            || (before.ContainsAnyExceptInRange('a', 'z')
            && !(WordBreaks.OpensSentence(text, s, w - 1) && lexicon.IsOrdinary(before, opensSentence: true)))))
        {
            return false;
        }
        if (w + 1 >= words)
        {
            return true;
        }
        var after = s.WordText(text, w + 1);
        return !after.ContainsAnyExceptInRange('a', 'z') ? s.GapAfter(text, w) is " " : after.Length == 1 && Closing.Contains(after[0]);
    }
}
