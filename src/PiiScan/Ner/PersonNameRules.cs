namespace PiiScan.Ner;

/// <summary>
/// The person rules of <see cref="WordLabelRules"/>: names before the e-mail addresses that spell them, romanized
/// Korean given names, names after honorifics, kin titles and role nouns, "LAST, FIRST" names in capitals, listed first
/// names before a surname, surnames that are ordinary words or unknown to the lexicon, ordinary words that open a
/// sentence before a listed name, surnames that are also places, first names that are places, and surnames joined by
/// <c>&amp;</c> that name a firm. Stateless between calls.
/// </summary>
internal sealed class PersonNameRules(NerModel model)
{
    private readonly NerModel _model = model;
    private readonly EntityLabelIds _ids = model.Ids;
    private readonly LoneNameRules _lone = new(model);

    /// <summary>Applies the rules to the labels of the value's <paramref name="words"/> words; the model has person labels.</summary>
    public void Apply(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        MarkNamesBeforeEmails(text, s, words);
        JoinRomanizedGivenNames(text, s, words);
        MarkNamesAfterHonorifics(text, s, words);
        MarkCapitalLastFirstNames(text, s, words);
        JoinListedFirstNames(text, s, words);
        _lone.MarkNamesAfterRelationNouns(text, s, words);
        JoinGivenNamesBeforeSurnames(text, s, words);
        JoinOrdinarySurnames(text, s, words);
        _lone.MarkLoneGivenNames(text, s, words);
        _lone.MarkHashtagNames(text, s, words);
        MarkIrishSurnames(text, s, words);
        CutOpeningWordsFromNames(text, s, words);
        _lone.CutTrailingVerbsFromNames(text, s, words);
        JoinPlacesAfterFirstNames(text, s, words);
        MarkSurnameFirms(text, s, words);
    }

    // A full name before the e-mail address that spells it is a person's (EmailNames), whatever the network read.
    private void MarkNamesBeforeEmails(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 2; w + 1 < words && _model.Lexicon is { } lexicon; w++)
        {
            if (s.WordText(text, w) is "@" && EmailNames.NameBefore(text, s, w, words, lexicon, _ids) is ( >= 0 and var first, var last))
            {
                WordLabels.MarkRun(s, first, last, _ids.PersonBegin, _ids.PersonInside, continues: false, MarkedNameScore);
            }
        }
    }

    // Korean given names are romanized as two syllables joined by a hyphen, the second in lower case ("Hyun-woo Park",
    // "Park Ji-hoon"): the network reads the first syllable as the name and drops the rest. After a person's word, a
    // glued hyphen and a lower-case syllable of two to four letters continue the name when the surname stands next to
    // it: a person's word before it, or a capitalized word after it that the network read as a person's or as no
    // entity and that is no ordinary word ("Park", which the lexicon lists as a place word). English compounds ("the
    // Obama-era rules") have neither. A given name that the lexicon lists written as one word ("Jiwoo", "Minjun")
    // needs no surname beside it: it continues a person's word, or is the name where the network read none there.
    private void JoinRomanizedGivenNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var first = s.WordText(text, w - 1);
            var syllable = s.WordText(text, w + 1);
            if (s.WordText(text, w) is not "-" || !s.TouchesNext(w - 1) || !s.TouchesNext(w)
                || first.Length is < 2 or > 5 || !char.IsUpper(first[0]) || syllable.Length is < 2 or > 4
                || syllable.ContainsAnyExceptInRange('a', 'z'))
            {
                continue;
            }
            if (!WordLabels.HasLabel(s, w - 1, _ids.PersonBegin, _ids.PersonInside))
            {
                // Alone ("Ji-woo will take over"): the name when the lexicon lists it written as one word ("Jiwoo").
                if (s.BestLabel[s.WordToken[w - 1]] == 0 && s.BestLabel[s.WordToken[w + 1]] == 0 && IsListedJoined(first, syllable))
                {
                    WordLabels.MarkRun(s, w - 1, w + 1, _ids.PersonBegin, _ids.PersonInside, continues: false, MarkedNameScore);
                }
                continue;
            }
            var surnameBefore = w >= 2 && WordLabels.HasLabel(s, w - 2, _ids.PersonBegin, _ids.PersonInside) && s.GapAfter(text, w - 2) is " ";
            var surnameAfter = w + 2 < words && s.GapAfter(text, w + 1) is " " && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 2))
                && (WordLabels.HasLabel(s, w + 2, _ids.PersonBegin, _ids.PersonInside) || (s.BestLabel[s.WordToken[w + 2]] == 0 && _model.Lexicon?.IsOrdinary(s.WordText(text, w + 2), opensSentence: false) == false));
            if (!surnameBefore && !surnameAfter && !IsListedJoined(first, syllable))
            {
                continue;
            }
            WordLabels.MarkRun(s, w, surnameAfter && !surnameBefore ? w + 2 : w + 1, _ids.PersonBegin, _ids.PersonInside, continues: true, s.BestScore[s.WordToken[w - 1]]);
        }
    }

    // The two syllables of a romanized given name written as one word ("Ji" and "woo": "Jiwoo") are a listed person's name.
    private bool IsListedJoined(ReadOnlySpan<char> first, ReadOnlySpan<char> syllable)
    {
        Span<char> joined = stackalloc char[first.Length + syllable.Length];
        first.CopyTo(joined);
        syllable.CopyTo(joined[first.Length..]);
        return _model.Lexicon is { } lexicon && lexicon.HasBonus(joined, _ids.PersonBegin);
    }

    // Word score of a name these rules mark where the network read none (after a title, "LAST, FIRST"), and the least
    // score of a place after a title made a person: the network's probability for the place label alone may sit below
    // the scan's threshold ("for Mr Sato." read as a place at 0.48) though the title leaves no doubt.
    internal const float MarkedNameScore = 0.8f;

    // A capitalized word after "Dr." or "Mrs." is a person's name ("seen by Dr. Okafor at Mercy General": the network
    // gave "Okafor" 0.23 in clinical shorthand). Where the network read no entity there, the word becomes the name,
    // with the capitalized word after it when the lexicon lists that as a person's name ("Dr. Anita Desai"); an
    // ordinary word ("Mr. Right") stays out. After a kin title or a role noun ("Aunt", "Babysitter") only a word the
    // lexicon lists as a person's name becomes one ("Babysitter Ingrid"). A place read there, after any of them, is the
    // person's name too ("Aunt Clara", "Dr. Washington": names that are also towns), and so is a place that took the
    // title in ("Auntie Ama" read as one place).
    private void MarkNamesAfterHonorifics(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        var lexicon = _model.Lexicon;
        for (var w = 0; w + 1 < words && lexicon is not null; w++)
        {
            var title = s.WordText(text, w);
            var personal = HonorificTitles.IsPersonal(title);
            if (!personal && !HonorificTitles.IsKin(title) && !HonorificTitles.IsRole(title))
            {
                continue;
            }
            var name = w + 1 < words && s.WordText(text, w + 1) is "." && s.TouchesNext(w) ? w + 2 : w + 1;
            if (name >= words || s.GapAfter(text, name - 1) is not " " || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, name)))
            {
                continue;
            }
            if (_ids.LocationBegin >= 0 && name == w + 1 && s.BestLabel[s.WordToken[w]] == _ids.LocationBegin && s.BestLabel[s.WordToken[name]] == _ids.LocationInside)
            {
                s.BestLabel[s.WordToken[w]] = 0;
                s.BestLabel[s.WordToken[name]] = _ids.LocationBegin;
            }
            if (s.BestLabel[s.WordToken[name]] == _ids.LocationBegin && _ids.LocationBegin >= 0)
            {
                WordLabels.MarkRun(s, name, WordLabels.RunEnd(s, name, words, _ids.LocationInside), _ids.PersonBegin, _ids.PersonInside, continues: false, MathF.Max(s.BestScore[s.WordToken[name]], MarkedNameScore));
                continue;
            }
            if (s.BestLabel[s.WordToken[name]] != 0 || lexicon.IsOrdinary(s.WordText(text, name), opensSentence: true)
                || (!personal && !lexicon.HasBonus(s.WordText(text, name), _ids.PersonBegin)))
            {
                continue;
            }
            var surname = name + 1 < words && s.GapAfter(text, name) is " " && s.BestLabel[s.WordToken[name + 1]] == 0
                && ChatDisplayName.IsCapitalizedWord(s.WordText(text, name + 1)) && lexicon.HasBonus(s.WordText(text, name + 1), _ids.PersonBegin);
            WordLabels.MarkRun(s, name, surname ? name + 1 : name, _ids.PersonBegin, _ids.PersonInside, continues: false, MarkedNameScore);
        }
    }

    // "ALVAREZ, DIEGO" and a quoted "Townsend, George" are one person (LastFirstNames), whatever the network read in them.
    private void MarkCapitalLastFirstNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 2 < words && _model.Lexicon is { } lexicon; w++)
        {
            var networkPerson = WordLabels.HasLabel(s, w, _ids.PersonBegin, _ids.PersonInside) || WordLabels.HasLabel(s, w + 2, _ids.PersonBegin, _ids.PersonInside);
            var last = LastFirstNames.End(text, s, w, words, lexicon, _ids.PersonBegin, networkPerson);
            if (last < 0)
            {
                last = LastFirstNames.QuotedEnd(text, s, w, words, lexicon, _ids.PersonBegin, _ids.LocationBegin);
            }
            if (last > 0)
            {
                WordLabels.MarkRun(s, w, last, _ids.PersonBegin, _ids.PersonInside, continues: false, MarkedNameScore);
                w = last;
            }
        }
    }

    // A first name the lexicon lists, outside every entity and right before a surname the network read as a person's
    // ("QX7731: Anders Lindqvist": the network read "Anders" as the Scandinavian word), opens the name. An ordinary
    // word ("Will Smith", "May Lindqvist") or a title does not.
    private void JoinListedFirstNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words && _model.Lexicon is { } lexicon; w++)
        {
            if (s.BestLabel[s.WordToken[w]] != 0 || s.BestLabel[s.WordToken[w + 1]] != _ids.PersonBegin || s.GapAfter(text, w) is not " ")
            {
                continue;
            }
            var first = s.WordText(text, w);
            if (!ChatDisplayName.IsCapitalizedWord(first) || HonorificTitles.IsTitleWord(first) || lexicon.IsOrdinary(first, opensSentence: true)
                || !lexicon.HasBonus(first, _ids.PersonBegin))
            {
                continue;
            }
            var end = WordLabels.RunEnd(s, w + 1, words, _ids.PersonInside);
            WordLabels.MarkRun(s, w, end, _ids.PersonBegin, _ids.PersonInside, continues: false, MarkedNameScore);
            w = end;
        }
    }

    // A first name that is also a place ("Georgia Whitfield", "Dallas Pruitt") or one the corpora give no type ("Jordan
    // Ellery"): the network read it as a place or as no entity and kept the surname apart. A word the lexicon lists as
    // a given name (LexiconPrior.IsGivenName), read as no entity or as a one-word place, or a person's name read as a
    // one-word place, opens the name when one space after it comes a capitalized word the lexicon lists as a person's
    // name and not as a place, read as a person's name (the search may even leave it I-PERSON after the place) or as no
    // entity. A place of two words stays one ("in Thanh Hoa province"); words that open place names ("San", "Santa")
    // are no given names; "Georgia Tech" and "Houston Rockets" have no listed name after them.
    private void JoinGivenNamesBeforeSurnames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words && _model.Lexicon is { } lexicon && _ids.LocationBegin >= 0; w++)
        {
            var label = s.BestLabel[s.WordToken[w]];
            var next = s.BestLabel[s.WordToken[w + 1]];
            var placeEnd = label == _ids.LocationBegin ? WordLabels.RunEnd(s, w, words, _ids.LocationInside) : -1;
            if ((label != 0 && placeEnd != w) || s.GapAfter(text, w) is not " "
                || (next != 0 && next != _ids.PersonBegin && next != _ids.PersonInside))
            {
                continue;
            }
            var first = s.WordText(text, w);
            var surname = s.WordText(text, w + 1);
            if (!ChatDisplayName.IsCapitalizedWord(first) || !ChatDisplayName.IsCapitalizedWord(surname) || HonorificTitles.IsTitleWord(first)
                || !(lexicon.IsGivenName(first) || (label != 0 && lexicon.HasBonus(first, _ids.PersonBegin)))
                || lexicon.IsOrdinary(first, opensSentence: true)
                || !(lexicon.HasBonus(surname, _ids.PersonBegin) || UnknownSurnameAfter(text, s, w, words, label, next, lexicon))
                || lexicon.HasBonus(surname, _ids.LocationBegin) || lexicon.IsOrdinary(surname, opensSentence: false))
            {
                continue;
            }
            var end = next == _ids.PersonBegin || next == _ids.PersonInside ? WordLabels.RunEnd(s, w + 1, words, _ids.PersonInside) : w + 1;
            WordLabels.MarkRun(s, w, end, _ids.PersonBegin, _ids.PersonInside, continues: false, MathF.Max(s.BestScore[s.WordToken[w + 1]], MarkedNameScore));
            w = end;
        }
    }

    // A surname the lexicon does not know after a given name, both read as no entity ("The referee sent off Declan
    // Furey": p(O) 1.00 for both); no dictionary word ("Ford Transit") and no capitalized word after it ("Jordan Furey
    // Associates" is left to the network).
    private static bool UnknownSurnameAfter(ReadOnlySpan<char> text, NerScratch s, int w, int words, int label, int next, LexiconPrior lexicon) =>
        label == 0 && next == 0 && lexicon.IsGivenName(s.WordText(text, w)) && IsUnknownName(s.WordText(text, w + 1), lexicon)
        && !lexicon.IsDictionaryWord(s.WordText(text, w + 1))
        && !(w + 2 < words && s.GapAfter(text, w + 1) is " " && char.IsUpper(s.WordText(text, w + 2)[0]));

    // A surname that is also an ordinary word after a first name the network ended a name with ("Gary Stone", "Megan
    // Short", "Derek Banks" read as a company; "Tell Derek" is still one span here, CutOpeningWordsFromNames comes
    // later): it continues the name when one space after a given name or a listed person's name it is read as no
    // entity or as a one-word place or organization, and no capitalized word follows it ("Tom King Street" is a street).
    // So does a surname the lexicon does not know at all, read as no entity after a one-word name ("Paul Heyman
    // makes": the network gave "Paul").
    private void JoinOrdinarySurnames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words && _model.Lexicon is { } lexicon; w++)
        {
            var surname = s.WordText(text, w + 1);
            var unlisted = !OrdinarySurnames.Contains(surname);
            if (!WordLabels.HasLabel(s, w, _ids.PersonBegin, _ids.PersonInside) || s.GapAfter(text, w) is not " "
                || (unlisted && !IsUnknownName(surname, lexicon))
                || (w + 2 < words && s.GapAfter(text, w + 1) is " " && char.IsUpper(s.WordText(text, w + 2)[0]))
                || (unlisted && s.BestLabel[s.WordToken[w]] != _ids.PersonBegin) || WordLabels.HasLabel(s, w + 1, _ids.PersonBegin, _ids.PersonInside))
            {
                continue;
            }
            var next = s.BestLabel[s.WordToken[w + 1]];
            var oneWord = (next == _ids.OrganizationBegin && WordLabels.RunEnd(s, w + 1, words, _ids.OrganizationInside) == w + 1)
                || (next == _ids.LocationBegin && WordLabels.RunEnd(s, w + 1, words, _ids.LocationInside) == w + 1);
            var first = s.WordText(text, w);
            if ((next != 0 && (unlisted || !oneWord)) || !IsListedFirstName(first, lexicon))
            {
                continue;
            }
            WordLabels.MarkRun(s, w + 1, w + 1, _ids.PersonBegin, _ids.PersonInside, continues: true, s.BestScore[s.WordToken[w]]);
            w++;
        }
    }

    // A word the lexicon lists as a given name or a person's name, and no ordinary word where it opens a sentence.
    private bool IsListedFirstName(ReadOnlySpan<char> word, LexiconPrior lexicon) =>
        !lexicon.IsOrdinary(word, opensSentence: true) && (lexicon.IsGivenName(word) || lexicon.HasBonus(word, _ids.PersonBegin));

    // A capitalized word of letters the lexicon does not list at all, no ordinary word in lower case and no weekday or
    // month: a surname the name lists lack ("Heyman").
    private static bool IsUnknownName(ReadOnlySpan<char> word, LexiconPrior lexicon) =>
        word.Length >= 3 && ChatDisplayName.IsCapitalizedWord(word) && !word[1..].ContainsAnyExceptInRange('a', 'z')
        && !lexicon.IsListed(word) && !lexicon.IsOrdinaryLowerCase(word) && !WordLabelRules.CalendarWords.Contains(word);

    // A first name before an Irish surname ("Sean O'Driscoll paid twice"): the network read neither as a name in some
    // sentences (p 0.00). A capitalized word the lexicon lists as a given name or a person's name, no ordinary word,
    // or one the network read as a person's name ("My name is Garett O'Kon": "Garett" alone), one space before O, an apostrophe and a capitalized word glued together (nothing glued after it but a possessive or
    // punctuation: "Sean O'Driscoll's card", "My name is Garett O'Kon."), is that person's name with the surname.
    private void MarkIrishSurnames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 3 < words && _model.Lexicon is { } lexicon; w++)
        {
            if (s.WordText(text, w + 1) is not "O" || s.WordText(text, w + 2) is not ("'" or "\u2019") || s.GapAfter(text, w) is not " "
                || !s.TouchesNext(w + 1) || !s.TouchesNext(w + 2) || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 3))
                || (w + 4 < words && s.TouchesNext(w + 3) && !s.PossessiveAfter(text, w + 3, words) && s.WordText(text, w + 4) is not ("." or "," or "!" or "?" or ";" or ":"))
                || s.BestLabel[s.WordToken[w]] is var label && label != 0 && label != _ids.PersonBegin && label != _ids.PersonInside)
            {
                continue;
            }
            var first = s.WordText(text, w);
            if (!ChatDisplayName.IsCapitalizedWord(first) || (label == 0 && !IsListedFirstName(first, lexicon)))
            {
                continue;
            }
            WordLabels.MarkRun(s, w, w + 3, _ids.PersonBegin, _ids.PersonInside, continues: label == _ids.PersonInside, MarkedNameScore);
            w += 3;
        }
    }

    // A sentence that opens with a verb before a name ("Move Chloe Adams to the Bristol team"): the network read the verb
    // as the name's first word (0.96 for "Move"), above the lexicon's sentence-initial penalty. An ordinary word at a
    // sentence start that opens a person's name is cut off when the word after it, one space on, is capitalized and
    // listed as a person's name, which then opens the name; one that opens an organization's name, when the word after
    // it is a curated company ("Is Aviva or Admiral cheaper": the company bonus on I-ORGANIZATION pulled "Is" in; not
    // "Foreign Ministry", whose second word the corpora list); one that opens a place's name, when it is an ordinary
    // word as written ("Fortunately Kansas City"; not "New York" or "South Africa", ordinary only in lower case) and the
    // word after it is listed as a place. A listed name ("Grace Kelly") is no ordinary word and stays.
    private void CutOpeningWordsFromNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words && _model.Lexicon is { } lexicon; w++)
        {
            var begin = s.BestLabel[s.WordToken[w]];
            if (begin == 0 || !_model.IsBegin[begin] || s.BestLabel[s.WordToken[w + 1]] != _model.InsideOf[begin] || s.GapAfter(text, w) is not " "
                || !WordBreaks.OpensSentence(text, s, w) || !lexicon.IsOrdinary(s.WordText(text, w), opensSentence: true)
                || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 1))
                || !(begin == _ids.PersonBegin ? lexicon.HasBonus(s.WordText(text, w + 1), begin)
                    : begin == _ids.OrganizationBegin ? lexicon.IsCompany(s.WordText(text, w + 1))
                    : begin == _ids.LocationBegin && lexicon.IsListed(s.WordText(text, w)) && lexicon.HasBonus(s.WordText(text, w + 1), begin)))
            {
                continue;
            }
            s.BestLabel[s.WordToken[w]] = 0;
            s.BestLabel[s.WordToken[w + 1]] = begin;
        }
    }

    // A surname that is also a city ("Ricardo Lagos", "Jack London") takes the lexicon's place bonus and leaves the first
    // name alone (the search may even leave it I-LOCATION after the name). A one-word place one space after a person's
    // word that the lexicon lists as a person's name is that person's surname.
    private void JoinPlacesAfterFirstNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words && _model.Lexicon is { } lexicon && _ids.LocationBegin >= 0; w++)
        {
            if (!WordLabels.HasLabel(s, w, _ids.PersonBegin, _ids.PersonInside) || !WordLabels.HasLabel(s, w + 1, _ids.LocationBegin, _ids.LocationInside)
                || s.GapAfter(text, w) is not " "
                || WordLabels.RunEnd(s, w + 1, words, _ids.LocationInside) != w + 1
                || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w)) || !lexicon.HasBonus(s.WordText(text, w), _ids.PersonBegin)
                || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 1)))
            {
                continue;
            }
            WordLabels.MarkRun(s, w + 1, w + 1, _ids.PersonBegin, _ids.PersonInside, continues: true, s.BestScore[s.WordToken[w]]);
        }
    }

    // Two surnames joined by " & " ("Pemberton & Hale", "Hartley & Whitaker") name a firm: the lexicon lists both as
    // persons' names, so the network's reading of the firm gave way to two persons, or one. One-word person names around
    // " & " (two spans, or one span of the three words) become one organization unless either is a given name ("Sarah &
    // Jerry").
    private void MarkSurnameFirms(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words && _model.Lexicon is { } lexicon && _ids.OrganizationBegin >= 0; w++)
        {
            var second = s.BestLabel[s.WordToken[w + 1]];
            if (s.WordText(text, w) is not "&" || s.GapAfter(text, w - 1) is not " " || s.GapAfter(text, w) is not " "
                || s.BestLabel[s.WordToken[w - 1]] != _ids.PersonBegin || (second != _ids.PersonBegin && second != _ids.PersonInside)
                || WordLabels.RunEnd(s, w + 1, words, _ids.PersonInside) != w + 1
                || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w - 1)) || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 1))
                || lexicon.IsGivenName(s.WordText(text, w - 1)) || lexicon.IsGivenName(s.WordText(text, w + 1)))
            {
                continue;
            }
            WordLabels.MarkRun(s, w - 1, w + 1, _ids.OrganizationBegin, _ids.OrganizationInside, continues: false,
                MathF.Min(s.BestScore[s.WordToken[w - 1]], s.BestScore[s.WordToken[w + 1]]));
        }
    }
}
