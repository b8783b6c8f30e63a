namespace PiiScan.Ner;

/// <summary>
/// "LAST, FIRST" names of forms and card records written in capitals (<c>ALVAREZ, DIEGO</c>, <c>CHEN, MEI-LING</c>):
/// the network reads such a record lower-cased and finds one part at most. Two words in capitals joined by a comma
/// and one space are one person's name when neither is an ordinary word in capitals (<c>CALL, ANNA</c> is none) and
/// the second is listed as a person's name in the lexicon, or the first is and the network read a person in either
/// (<c>DIEGO</c> is listed as a place only, for San Diego). <c>PARIS, FRANCE</c> has no person's name; <c>GOLDMAN,
/// SACHS &amp; CO</c> is a firm: no name runs on into <c>&amp;</c>. A quoted display name in title case is one too
/// (<see cref="QuotedEnd"/>).
/// </summary>
internal static class LastFirstNames
{
    private const int MaxWordLength = 24;

    /// <summary>
    /// The last word of a "LAST, FIRST" name that starts at word <paramref name="w"/> (<see cref="NerScratch"/>'s word
    /// buffers; a first name with a glued hyphen, <c>MEI-LING</c>, ends after its second part), or -1.
    /// </summary>
    /// <param name="text">The value.</param>
    /// <param name="s">The value's words.</param>
    /// <param name="w">The word that may open the name.</param>
    /// <param name="words">The value's word count.</param>
    /// <param name="lexicon">The model's lexicon.</param>
    /// <param name="personBegin">The B-PERSON label.</param>
    /// <param name="networkPerson">The network read a person's name in word <paramref name="w"/> or the word two after it.</param>
    public static int End(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, int personBegin, bool networkPerson)
    {
        if (w + 2 >= words || s.WordText(text, w + 1) is not "," || !s.TouchesNext(w) || s.GapAfter(text, w + 1) is not " ")
        {
            return -1;
        }
        var surname = s.WordText(text, w);
        var given = s.WordText(text, w + 2);
        if (!IsCapitalsWord(surname) || !IsCapitalsWord(given) || lexicon.IsOrdinary(surname, opensSentence: false)
            || lexicon.IsOrdinary(given, opensSentence: false)
            || !(IsListedName(given, lexicon, personBegin) || (networkPerson && IsListedName(surname, lexicon, personBegin))))
        {
            return -1;
        }
        var last = w + 2;
        if (last + 2 < words && s.WordText(text, last + 1) is "-" && s.TouchesNext(last) && s.TouchesNext(last + 1) && IsCapitalsWord(s.WordText(text, last + 2)))
        {
            last += 2;
        }
        return last + 1 < words && s.WordText(text, last + 1) is "&" ? -1 : last;
    }

    /// <summary>
    /// The last word of a quoted "Last, First" display name that starts at word <paramref name="w"/> (an e-mail header's
    /// <c>"Townsend, George" &lt;gtownsend@example.net&gt;</c>), or -1: a quote glued before, two capitalized words
    /// joined by a comma and one space, a quote glued after, neither an ordinary word or a place (<c>"Paris, France"</c>)
    /// and one of them listed as a person's name.
    /// </summary>
    public static int QuotedEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words, LexiconPrior lexicon, int personBegin, int locationBegin)
    {
        if (w < 1 || w + 3 >= words || !IsQuote(s.WordText(text, w - 1)) || !s.TouchesNext(w - 1) || s.WordText(text, w + 1) is not ","
            || !s.TouchesNext(w) || s.GapAfter(text, w + 1) is not " " || !s.TouchesNext(w + 2) || !IsQuote(s.WordText(text, w + 3)))
        {
            return -1;
        }
        var surname = s.WordText(text, w);
        var given = s.WordText(text, w + 2);
        return ChatDisplayName.IsCapitalizedWord(surname) && ChatDisplayName.IsCapitalizedWord(given)
            && !lexicon.IsOrdinary(surname, opensSentence: true) && !lexicon.IsOrdinary(given, opensSentence: true)
            && (lexicon.HasBonus(given, personBegin) || lexicon.IsGivenName(given) || lexicon.HasBonus(surname, personBegin))
            && !lexicon.IsKnownPlace(surname, locationBegin) && !lexicon.IsKnownPlace(given, locationBegin)
            ? w + 2 : -1;
    }

    private static bool IsQuote(ReadOnlySpan<char> word) => word is "\"" or "'" or "\u201C" or "\u201D";

    // Two letters or more, all of them capitals.
    private static bool IsCapitalsWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > MaxWordLength)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c) || !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }

    // The word in title case ("PAUL" -> "Paul") is listed as a person's name.
    private static bool IsListedName(ReadOnlySpan<char> word, LexiconPrior lexicon, int personBegin)
    {
        Span<char> title = stackalloc char[word.Length];
        word.ToLowerInvariant(title);
        title[0] = char.ToUpperInvariant(title[0]);
        return lexicon.HasBonus(title, personBegin);
    }
}
