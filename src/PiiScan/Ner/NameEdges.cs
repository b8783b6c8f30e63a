namespace PiiScan.Ner;

/// <summary>
/// Edges of a decoded name span, from its text alone: a sentence's final period, the
/// lower-case words a capitalized name ran on into, and the letter count of the span filters.
/// </summary>
internal static class NameEdges
{
    // A name's, place's or organization's final '.' ends the sentence unless it follows an initial ("John F.", "D.C.",
    // "U.N."), Jr/Sr, or in an organization's name a legal form or business abbreviation ("Acme Inc.", "Warner Bros.";
    // "a double charge from Uber." ends the sentence): returns the span's length without it (and the space before it),
    // else the span's length.
    internal static int WithoutSentencePeriod(ReadOnlySpan<char> span, bool organization = false)
    {
        if (span.Length < 3 || span[^1] != '.')
        {
            return span.Length;
        }
        var word = span[..^1].TrimEnd();
        var i = word.Length;
        while (i > 0 && char.IsLetter(word[i - 1]))
        {
            i--;
        }
        var last = word[i..];
        return last.Length >= 2 && last is not ("Jr" or "Sr") && !(organization && LegalForms.TakesPeriod(last)) ? word.Length : span.Length;
    }

    // A capitalized name does not run on into a lower-case word of one or two letters or an ordinary word (listed with
    // penalties only): the span is cut before the first such word ("Dupont à Lyon", "Lauren you should", "Emeka cannot
    // log in"), and name particles left at its end go too ("Ludwig van"). Other lower-case words stay, as tweets write
    // surnames so ("Travis scott", "Mauro renallo"), and so do particles inside ("Sanne de Vries", "Dora the
    // Explorer"); a part glued by a hyphen or an apostrophe is no word of its own ("Nouri al-Maliki"). A lower-case
    // name ends before the pronoun i. Returns the span's length without the cut words.
    internal static int WithoutTrailingLowerWords(ReadOnlySpan<char> span, LexiconPrior? lexicon)
    {
        if (span.IsEmpty)
        {
            return span.Length;
        }
        if (!char.IsUpper(span[0]))
        {
            // A lower-case chat name ends before the pronoun i ("tell jess i said hi") and before a final word of one or
            // two letters that is no particle ("dr. patel re").
            var pronoun = span.IndexOf(" i", StringComparison.Ordinal);
            if (pronoun > 0 && (pronoun + 2 == span.Length || span[pronoun + 2] == ' '))
            {
                return pronoun;
            }
            var last = span.LastIndexOf(' ');
            var tail = last > 0 ? span[(last + 1)..] : default;
            return tail.Length is 1 or 2 && IsLowerWord(tail) && !NameParticles.Contains(tail) ? span[..last].TrimEnd().Length : span.Length;
        }
        var length = span.Length;
        var i = span.IndexOfAny(' ', '\t');
        while (i > 0 && i < span.Length)
        {
            var wordStart = i + 1;
            var wordEnd = span[wordStart..].IndexOfAny(' ', '\t') is var k and >= 0 ? wordStart + k : span.Length;
            var word = span[wordStart..wordEnd];
            if (IsLowerWord(word) && !NameParticles.Contains(word) && (word.Length <= 2 || lexicon?.IsOrdinary(word, opensSentence: false) == true))
            {
                length = span[..i].TrimEnd().Length;
                break;
            }
            i = wordEnd;
        }
        while (true)
        {
            var space = span[..length].LastIndexOfAny(' ', '\t');
            if (space <= 0 || !NameParticles.Contains(span[(space + 1)..length]))
            {
                return length;
            }
            length = span[..space].TrimEnd().Length;
        }
    }

    // A place's name does not end in lower-case words ("the Danube delta", "Shibuya station", "Lake Como area": the
    // gold convention keeps the name); words inside stay ("Gulf of Mexico", "Newcastle upon Tyne"). Only for a span
    // that opens capitalized; returns the span's length without the cut words.
    internal static int WithoutTrailingPlaceNouns(ReadOnlySpan<char> span)
    {
        if (span.IsEmpty || !char.IsUpper(span[0]))
        {
            return span.Length;
        }
        var length = span.Length;
        while (span[..length].LastIndexOf(' ') is var space and > 0)
        {
            var word = span[(space + 1)..length];
            if (!IsLowerWord(word))
            {
                break;
            }
            length = span[..space].TrimEnd().Length;
        }
        return length;
    }

    // A name starts with a letter: punctuation the network put at a person span's start goes ("Mrs. Okafor" read as
    // O, '.', then the name). Returns the length of the leading punctuation and spaces, 0 when the span opens with a
    // letter, a digit or a mention's or hashtag's sigil.
    internal static int LeadingPunctuation(ReadOnlySpan<char> span)
    {
        var i = 0;
        while (i < span.Length && span[i] is not ('@' or '#') && !char.IsLetterOrDigit(span[i]))
        {
            i++;
        }
        return i < span.Length ? i : 0;
    }

    // A capital letter glued by an apostrophe right before a person span is the name's first part ("D'Angelo",
    // "O'Brien") where the network left it out. Returns how many characters the span's start moves back: 2, or 0.
    internal static int GluedInitialBefore(ReadOnlySpan<char> text, int start)
    {
        if (start < 2 || text[start - 1] is not ('\'' or '’') || !char.IsUpper(text[start - 2])
            || (start > 2 && char.IsLetterOrDigit(text[start - 3])))
        {
            return 0;
        }
        return 2;
    }

    // A month that is also a first name, one space before a person span ("June Carter", "April Jones"): the lexicon
    // counts it an ordinary word, so the network's name lost it. Returns how many characters the span's start moves
    // back, or 0; not after a digit ("5 June Carter" is a date before a name).
    internal static int MonthFirstNameBefore(ReadOnlySpan<char> text, int start)
    {
        if (start < 5 || text[start - 1] != ' ' || !char.IsUpper(text[start]))
        {
            return 0;
        }
        var before = text[..(start - 1)];
        var length = before.EndsWith("April", StringComparison.Ordinal) ? 5 : before.EndsWith("June", StringComparison.Ordinal) ? 4 : 0;
        if (length == 0 || (before.Length > length && char.IsLetterOrDigit(before[^(length + 1)])))
        {
            return 0;
        }
        var previous = before[..^length].TrimEnd(' ');
        if (previous.Length > 0 && char.IsAsciiDigit(previous[^1]))
        {
            return 0;
        }
        var wordStart = previous.LastIndexOfAny(' ', '\t', '\n') + 1;
        return MonthPrepositions.Contains(previous[wordStart..]) ? 0 : length + 1; // "In June Smith joined"
    }

    // Words before a month in time phrases ("in June", "since April", "last June").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthPrepositions =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
            ["in", "by", "since", "until", "till", "of", "during", "before", "after", "from", "through", "last", "next", "this",
             "early", "late", "mid", "every", "each"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // The mirror of WithoutTrailingLowerWords at a capitalized name's start: lower-case words of one or two letters,
    // ordinary words and relation nouns the network ran into the name ("é Ana Souza", "mari Pierre Martin") are no
    // part of it; particles stay ("van Gogh"), and so does a lower-case first name before a capitalized surname
    // ("samantha Fox"). Returns the offset of the name's first capitalized word, 0 when nothing is cut.
    internal static int AfterLeadingLowerWords(ReadOnlySpan<char> span, LexiconPrior? lexicon)
    {
        var i = 0;
        while (i < span.Length)
        {
            var wordEnd = span[i..].IndexOfAny(' ', '\t') is var k and >= 0 ? i + k : span.Length;
            var word = span[i..wordEnd];
            if (word.IsEmpty)
            {
                return 0;
            }
            if (char.IsUpper(word[0]))
            {
                return i;
            }
            if (!IsLowerWord(word) || NameParticles.Contains(word)
                || !(word.Length <= 2 || RelationWords.IsNoun(word) || lexicon?.IsOrdinary(word, opensSentence: false) == true
                     || lexicon?.HasBonusCapitalized(word) == false))
            {
                return 0;
            }
            i = wordEnd;
            while (i < span.Length && span[i] is ' ' or '\t')
            {
                i++;
            }
        }
        return 0;
    }

    // An organization's name neither opens nor ends with a lower-case word when it has a capitalized one ("sue
    // Ryanair", "the DHL depot", "Dominion Post s"): leading lower-case words go unless they are particles ("al Qaeda"),
    // trailing ones and stray punctuation go; words between stay ("Doctors without Borders", "Bank of America"). A
    // span without a capital is left alone (a lower-case chat's "vampire weekend"). Returns the core's offset and length.
    internal static (int Start, int Length) CapitalizedCore(ReadOnlySpan<char> span)
    {
        var lastUpper = LastUpperIndex(span);
        if (lastUpper < 0)
        {
            return (0, span.Length);
        }
        var start = 0;
        while (start < span.Length)
        {
            var wordEnd = span[start..].IndexOfAny(' ', '\t') is var k and >= 0 ? start + k : span.Length;
            var word = span[start..wordEnd];
            if (!IsAllLowerWord(word) || (NameParticles.Contains(word) && word is not ("the" or "of" or "and")) || lastUpper < wordEnd)
            {
                break;
            }
            start = wordEnd;
            while (start < span.Length && span[start] is ' ' or '\t')
            {
                start++;
            }
        }
        var end = span.Length;
        while (end > start)
        {
            var wordStart = span[start..end].LastIndexOfAny(' ', '\t') is var k and >= 0 ? start + k + 1 : start;
            var word = span[wordStart..end];
            if (wordStart == start || !(IsAllLowerWord(word) || IsPunctuationWord(word)))
            {
                break;
            }
            end = span[start..wordStart].TrimEnd().Length + start;
        }
        return (start, end - start);
    }

    private static int LastUpperIndex(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (char.IsUpper(text[i]))
            {
                return i;
            }
        }
        return -1;
    }

    // Punctuation other than a period (which ends an abbreviation: "Co .", "S . L ."): a stray comma or bracket.
    private static bool IsPunctuationWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (char.IsLetterOrDigit(c) || c == '.')
            {
                return false;
            }
        }
        return !word.IsEmpty;
    }

    // Letters only, all of them lower case.
    internal static bool IsAllLowerWord(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return !word.IsEmpty;
    }

    // Every word of the span is an ordinary lower-case word ("change" of "Address change:", read as a street line).
    internal static bool IsOrdinaryLowerWords(ReadOnlySpan<char> span, LexiconPrior? lexicon)
    {
        if (lexicon is null)
        {
            return false;
        }
        foreach (var range in span.Split(' '))
        {
            if (span[range] is var word && !word.IsEmpty && (!IsAllLowerWord(word) || !lexicon.IsOrdinary(word, opensSentence: false)))
            {
                return false;
            }
        }
        return true;
    }

    // Lower-case words inside names ("Sanne de Vries", "Osama bin Laden", "Jesus of Nazareth").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameParticles =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["de", "da", "di", "do", "du", "del", "della", "der", "den", "des", "dos", "das", "van", "von", "zu", "ter", "ten",
             "la", "le", "bin", "ibn", "bint", "al", "el", "y", "of", "the", "and"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // Letters only, the first one lower case.
    private static bool IsLowerWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !char.IsLower(word[0]))
        {
            return false;
        }
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    // One lower-case word of at most three letters right before a capitalized word is an article or a preposition
    // (German "in der Goethestraße 27" gave LOCATION "der"), not a place of its own.
    internal static bool IsArticleBeforeName(ReadOnlySpan<char> text, int start, int end)
    {
        return end - start <= 3 && IsLowerWord(text[start..end]) && NextWordAfterSpaces(text, end) is >= 0 and var next && char.IsUpper(text[next]);
    }

    // A capitalized article of another language alone before a lower-case word opens a sentence, it names nobody
    // ("Le technicien", "Il pacco", "El cliente"; "Le Minh" before a capitalized word stays a Vietnamese surname).
    internal static bool IsArticleBeforeLowerWord(ReadOnlySpan<char> text, int start, int end)
    {
        return CapitalArticles.Contains(text[start..end]) && NextWordAfterSpaces(text, end) is >= 0 and var next && char.IsLower(text[next]);
    }

    // Where the next word starts when one or more spaces follow end, else -1.
    private static int NextWordAfterSpaces(ReadOnlySpan<char> text, int end)
    {
        var next = end;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }
        return next > end && next < text.Length ? next : -1;
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalArticles =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Le", "La", "Les", "Il", "Lo", "Gli", "El", "Los", "Las", "Der", "Die", "Das", "Het", "Os", "As"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // One or two initials and a capitalized word ("D. Kaplan", "J. R. Tolkien"): a person's name, never a place but for
    // a compass point's initial ("N. Ireland", "S. Korea").
    internal static bool IsInitialAndName(ReadOnlySpan<char> span)
    {
        var initials = 0;
        while (span.Length >= 4 && char.IsUpper(span[0]) && span[1] == '.' && span[2] == ' ')
        {
            if (span[0] is 'N' or 'S' or 'E' or 'W')
            {
                return false;
            }
            span = span[3..];
            initials++;
        }
        if (initials is not (1 or 2) || span.Length < 2 || !char.IsUpper(span[0]))
        {
            return false;
        }
        foreach (var c in span[1..])
        {
            if (!char.IsLower(c) && c is not ('-' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    internal static int CountLetters(ReadOnlySpan<char> text)
    {
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                n++;
            }
        }
        return n;
    }
}
