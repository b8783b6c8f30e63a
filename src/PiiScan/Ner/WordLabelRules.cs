using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>
/// Rewrites word labels before spans are built, where the text decides better than the network: a company or
/// institution name that ends in a legal form or an institution noun, an organization's name after <c>of</c>, a
/// surname after a middle initial, a place that names the organization after it, a name's part after a hyphen, a
/// school or restaurant whose noun comes first (<c>Lycée Victor Hugo</c>), a place whose noun comes first (<c>Lake
/// Garda</c>). Stateless between calls: the buffers are the caller's
/// <see cref="NerScratch"/>.
/// </summary>
internal sealed class WordLabelRules(NerModel model)
{
    private readonly NerModel _model = model;

    // B-PERSON and I-PERSON, B-ORGANIZATION and I-ORGANIZATION (-1 when the model has none).
    private readonly int _personBegin = LexiconPrior.IndexOf(model.Labels, "B-" + EntityTypes.Person);
    private readonly int _personInside = LexiconPrior.IndexOf(model.Labels, "I-" + EntityTypes.Person);
    private readonly int _organizationBegin = LexiconPrior.IndexOf(model.Labels, "B-" + EntityTypes.Organization);
    private readonly int _organizationInside = LexiconPrior.IndexOf(model.Labels, "I-" + EntityTypes.Organization);
    private readonly int _locationBegin = LexiconPrior.IndexOf(model.Labels, "B-" + EntityTypes.Location);
    private readonly int _locationInside = LexiconPrior.IndexOf(model.Labels, "I-" + EntityTypes.Location);

    // Word score of a company name found by its legal form (LegalForms.CompanyStart) where the network was less sure.
    private const float CompanyScore = 0.85f;

    /// <summary>Applies the rules to the labels of the value's <paramref name="words"/> words.</summary>
    public void Apply(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        var organization = _organizationBegin >= 0 && _organizationInside >= 0;
        if (organization)
        {
            MarkCompanies(text, s, words);
        }
        if (_personBegin >= 0 && _personInside >= 0)
        {
            JoinSurnamesAfterInitials(text, s, words);
        }
        if (organization)
        {
            JoinNamesAfterConnectors(text, s, words);
        }
        if (organization && _locationBegin >= 0 && _locationInside >= 0)
        {
            JoinPlacesIntoOrganizations(text, s, words);
        }
        JoinHyphenatedNames(text, s, words);
        if (_personBegin >= 0 && _personInside >= 0)
        {
            JoinRomanizedGivenNames(text, s, words);
            MarkNamesAfterHonorifics(text, s, words);
            MarkCapitalLastFirstNames(text, s, words);
        }
        if (organization)
        {
            JoinNamesAfterInstitutionNouns(text, s, words);
        }
        if (_locationBegin >= 0 && _locationInside >= 0)
        {
            JoinNamesAfterPlaceNouns(text, s, words);
        }
    }

    // A place whose noun comes first ("Lake Garda", "Cape Cod", "Mount Kenya") is one place: where the network read the
    // noun alone as a place and the capitalized word after it (one space apart) as no place ("Garda" a person, "Cod"
    // nothing), that word and the rest of its span join the place.
    private void JoinNamesAfterPlaceNouns(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words; w++)
        {
            var next = s.WordToken[w + 1];
            if (s.BestLabel[s.WordToken[w]] != _locationBegin || !LeadingPlaceNouns.Contains(s.WordText(text, w)) || s.GapAfter(text, w) is not " "
                || !ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 1)) || s.BestLabel[next] == _locationInside)
            {
                continue;
            }
            var entity = _model.EntityOfLabel[s.BestLabel[next]];
            var last = w + 1;
            while (entity is not null && last + 1 < words && _model.EntityOfLabel[s.BestLabel[s.WordToken[last + 1]]] == entity && !_model.IsBegin[s.BestLabel[s.WordToken[last + 1]]])
            {
                last++;
            }
            MarkRun(s, w, last, _locationBegin, _locationInside, continues: false, s.BestScore[s.WordToken[w]]);
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingPlaceNouns = System.Collections.Frozen.FrozenSet.Create(
        StringComparer.Ordinal, ["Lake", "Loch", "Lough", "Mount", "Mt", "Cape", "Isle", "River"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Schools, universities and restaurants of other languages put their noun first and a person's or place's name
    // after it ("Lycée Victor Hugo", "Colegio San José", "Universität Wien", "Trattoria Nonna Pia"): the noun and up to
    // four capitalized words after it (name particles between them) are one organization, whatever the network read
    // in them.
    private void JoinNamesAfterInstitutionNouns(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 1 < words; w++)
        {
            if (!LeadingInstitutionNouns.Contains(s.WordText(text, w)))
            {
                continue;
            }
            var last = w;
            var names = 0;
            for (var i = w + 1; i < words && names < 4 && s.GapAfter(text, i - 1) is " "; i++)
            {
                var part = s.WordText(text, i);
                if (part.Length >= 2 && char.IsUpper(part[0]) && !part[1..].ContainsAny(NotNameLetters))
                {
                    last = i;
                    names++;
                }
                else if (part is not ("de" or "del" or "di" or "da" or "la" or "des" or "du"))
                {
                    break;
                }
            }
            if (last == w)
            {
                continue;
            }
            var score = CompanyScore;
            for (var i = w; i <= last; i++)
            {
                var t = s.WordToken[i];
                score = _model.EntityOfLabel[s.BestLabel[t]] is null ? score : MathF.Max(score, s.BestScore[t]);
            }
            // An organization the network read right before the noun continues ("Technische" + "Hochschule Dresden").
            var continues = w > 0 && s.GapAfter(text, w - 1) is " " && HasLabel(s, w - 1, _organizationBegin, _organizationInside);
            for (var i = w; i <= last; i++)
            {
                s.BestLabel[s.WordToken[i]] = i == w && !continues ? _organizationBegin : _organizationInside;
                s.BestScore[s.WordToken[i]] = score;
            }
            w = last;
        }
    }

    private static readonly System.Buffers.SearchValues<char> NotNameLetters = System.Buffers.SearchValues.Create("0123456789_@#/.:");

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingInstitutionNouns =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Lycée", "École", "Collège", "Université", "Universidad", "Universidade", "Università", "Universität", "Colegio",
             "Escuela", "Instituto", "Istituto", "Liceo", "Gymnasium", "Hochschule", "Hôpital", "Trattoria", "Osteria",
             "Ristorante", "Pizzeria", "Taverna", "Brasserie", "Café", "Cafe", "Caffè", "Bistro", "Hotel", "Clínica", "Clinica", "Clinique", "Ospedale", "Policlinico", "Klinikum", "Fondazione", "Fundación", "Fundação",
             "Fondation"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // A place the network read right before an organization, one space apart, names it: the two are one organization
    // ("Cedars-Sinai" + "Medical Center", "Boston" + "Red Sox"); so does a place right after an organization's "of"
    // and its first word ("University of Cape" + "Town").
    private void JoinPlacesIntoOrganizations(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 2; w < words; w++)
        {
            if (!HasLabel(s, w, _locationBegin, _locationInside) || !HasLabel(s, w - 1, _organizationBegin, _organizationInside)
                || s.GapAfter(text, w - 1) is not " " || !HasOfBefore(text, s, w))
            {
                continue;
            }
            for (var i = w; i < words && (i == w || s.BestLabel[s.WordToken[i]] == _locationInside); i++)
            {
                s.BestLabel[s.WordToken[i]] = _organizationInside;
            }
        }
        for (var w = 1; w < words; w++)
        {
            if (!HasLabel(s, w, _organizationBegin, _organizationInside) || !HasLabel(s, w - 1, _locationBegin, _locationInside)
                || s.GapAfter(text, w - 1) is not " ")
            {
                continue;
            }
            s.BestLabel[s.WordToken[w]] = _organizationInside;
            var b = w - 1;
            while (b > 0 && s.BestLabel[s.WordToken[b]] == _locationInside)
            {
                s.BestLabel[s.WordToken[b]] = _organizationInside;
                b--;
            }
            s.BestLabel[s.WordToken[b]] = s.BestLabel[s.WordToken[b]] == _locationBegin ? _organizationBegin : _organizationInside;
        }
    }

    // An organization's "of" is one of the (up to two) organization words right before word w.
    private bool HasOfBefore(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        for (var i = w - 1; i >= Math.Max(1, w - 2) && HasLabel(s, i, _organizationBegin, _organizationInside); i--)
        {
            if (s.WordText(text, i) is "of" && s.BestLabel[s.WordToken[i]] == _organizationInside)
            {
                return true;
            }
        }
        return false;
    }

    // A person's or organization's name does not break at a hyphen glued on both sides: where the network began a
    // second entity of the same type right after it with a capital ("Mary" + "Kate Olsen", "Kevin O'Brien" + "Walsh"),
    // the hyphen and the second part continue the first. Places stay apart ("the Chad-Sudan border").
    private void JoinHyphenatedNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var right = s.BestLabel[s.WordToken[w + 1]];
            var left = s.BestLabel[s.WordToken[w - 1]];
            var type = _model.EntityOfLabel[left];
            if (type is not (EntityTypes.Person or EntityTypes.Organization) || !_model.IsBegin[right] || _model.EntityOfLabel[right] != type
                || s.WordText(text, w) is not "-" || !char.IsUpper(s.WordText(text, w + 1)[0]) || !s.TouchesNext(w - 1)
                || !s.TouchesNext(w))
            {
                continue;
            }
            var inside = _model.InsideOf[right];
            s.BestLabel[s.WordToken[w]] = inside;
            s.BestScore[s.WordToken[w]] = s.BestScore[s.WordToken[w - 1]];
            s.BestLabel[s.WordToken[w + 1]] = inside;
        }
    }

    // Korean given names are romanized as two syllables joined by a hyphen, the second in lower case ("Hyun-woo Park",
    // "Park Ji-hoon"): the network reads the first syllable as the name and drops the rest. After a person's word, a
    // glued hyphen and a lower-case syllable of two to four letters continue the name when the surname stands next to
    // it: a person's word before it, or a capitalized word after it that the network read as a person's or as no
    // entity and that is no ordinary word ("Park", which the lexicon lists as a place word). English compounds ("the
    // Obama-era rules") have neither.
    private void JoinRomanizedGivenNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var first = s.WordText(text, w - 1);
            var syllable = s.WordText(text, w + 1);
            if (s.WordText(text, w) is not "-" || !s.TouchesNext(w - 1) || !s.TouchesNext(w) || !HasLabel(s, w - 1, _personBegin, _personInside)
                || first.Length is < 2 or > 5 || !char.IsUpper(first[0]) || syllable.Length is < 2 or > 4
                || syllable.ContainsAnyExceptInRange('a', 'z'))
            {
                continue;
            }
            var surnameBefore = w >= 2 && HasLabel(s, w - 2, _personBegin, _personInside) && s.GapAfter(text, w - 2) is " ";
            var surnameAfter = w + 2 < words && s.GapAfter(text, w + 1) is " " && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w + 2))
                && (HasLabel(s, w + 2, _personBegin, _personInside) || (s.BestLabel[s.WordToken[w + 2]] == 0 && _model.Lexicon?.IsOrdinary(s.WordText(text, w + 2), opensSentence: false) == false));
            if (!surnameBefore && !surnameAfter)
            {
                continue;
            }
            MarkRun(s, w, surnameAfter && !surnameBefore ? w + 2 : w + 1, _personBegin, _personInside, continues: true, s.BestScore[s.WordToken[w - 1]]);
        }
    }

    // Word score of a name found after an honorific where the network read none.
    private const float HonorificNameScore = 0.8f;

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
            if (_locationBegin >= 0 && name == w + 1 && s.BestLabel[s.WordToken[w]] == _locationBegin && s.BestLabel[s.WordToken[name]] == _locationInside)
            {
                s.BestLabel[s.WordToken[w]] = 0;
                s.BestLabel[s.WordToken[name]] = _locationBegin;
            }
            if (s.BestLabel[s.WordToken[name]] == _locationBegin && _locationBegin >= 0)
            {
                var end = name;
                while (end + 1 < words && s.BestLabel[s.WordToken[end + 1]] == _locationInside)
                {
                    end++;
                }
                MarkRun(s, name, end, _personBegin, _personInside, continues: false, s.BestScore[s.WordToken[name]]);
                continue;
            }
            if (s.BestLabel[s.WordToken[name]] != 0 || lexicon.IsOrdinary(s.WordText(text, name), opensSentence: true)
                || (!personal && !lexicon.HasBonus(s.WordText(text, name), _personBegin)))
            {
                continue;
            }
            var surname = name + 1 < words && s.GapAfter(text, name) is " " && s.BestLabel[s.WordToken[name + 1]] == 0
                && ChatDisplayName.IsCapitalizedWord(s.WordText(text, name + 1)) && lexicon.HasBonus(s.WordText(text, name + 1), _personBegin);
            MarkRun(s, name, surname ? name + 1 : name, _personBegin, _personInside, continues: false, HonorificNameScore);
        }
    }

    // "ALVAREZ, DIEGO" is one person (LastFirstNames), whatever the network read in it.
    private void MarkCapitalLastFirstNames(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 0; w + 2 < words && _model.Lexicon is { } lexicon; w++)
        {
            var networkPerson = HasLabel(s, w, _personBegin, _personInside) || HasLabel(s, w + 2, _personBegin, _personInside);
            if (LastFirstNames.End(text, s, w, words, lexicon, _personBegin, networkPerson) is > 0 and var last)
            {
                MarkRun(s, w, last, _personBegin, _personInside, continues: false, HonorificNameScore);
                w = last;
            }
        }
    }

    // Word w's label is begin or inside (one entity type's).
    private static bool HasLabel(NerScratch s, int w, int begin, int inside) => s.BestLabel[s.WordToken[w]] is var label && (label == begin || label == inside);

    // Words first..last become one span of the type of begin and inside (its first word inside too when it continues
    // a span before it); a word the network already gave that type keeps its score where higher, any other word takes
    // score.
    private static void MarkRun(NerScratch s, int first, int last, int begin, int inside, bool continues, float score)
    {
        for (var i = first; i <= last; i++)
        {
            var t = s.WordToken[i];
            s.BestScore[t] = HasLabel(s, i, begin, inside) ? MathF.Max(s.BestScore[t], score) : score;
            s.BestLabel[t] = i == first && !continues ? begin : inside;
        }
    }

    // A company name that ends in a legal form is one organization, whatever the network read in it ("Helsinki
    // Logistics Oy": LOCATION "Helsinki" and nothing else).
    private void MarkCompanies(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w < words; w++)
        {
            var first = LegalForms.CompanyStart(text, s, w, words, _model.Lexicon, _personInside, _organizationBegin, _organizationInside);
            if (first > 0 && s.BestLabel[s.WordToken[first]] == _organizationInside && !WordBreaks.BreakBefore(text, s, first))
            {
                // The network's organization began earlier ("Thompson and Sullivan LLP"): it keeps its start, but not
                // across a line break or a cell separator ("Senior Buyer | Polmar Foods Ltd" read as one organization).
                var b = first - 1;
                while (b > 0 && s.BestLabel[s.WordToken[b]] == _organizationInside && !WordBreaks.BreakBefore(text, s, b))
                {
                    b--;
                }
                first = s.BestLabel[s.WordToken[b]] == _organizationBegin ? b : first;
            }
            var last = first >= 0 && LegalForms.TakesPeriod(text, s, w, words) ? w + 1 : w;
            if (first >= 0 && LegalForms.IsInstitutionHead(s.WordText(text, w)))
            {
                last = OfNameEnd(text, s, w, words); // "Glasgow School of Art"
            }
            if (first >= 0)
            {
                MarkRun(s, first, last, _organizationBegin, _organizationInside, continues: false, CompanyScore);
            }
        }
    }

    // The last word of "of" and up to three capitalized words after word w on its line ("School" + "of Art"), else w.
    private static int OfNameEnd(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (w + 2 >= words || s.WordText(text, w + 1) is not "of" || s.GapAfter(text, w) is not " ")
        {
            return w;
        }
        var last = NameRunEnd(text, s, w + 1, words, 3);
        return last == w + 1 ? w : last;
    }

    // The last of up to max capitalized words (letters only, no day or month name) that follow word from one space
    // apart each; from when none does.
    private static int NameRunEnd(ReadOnlySpan<char> text, NerScratch s, int from, int words, int max)
    {
        var last = from;
        while (last + 1 < words && last - from < max && s.GapAfter(text, last) is " "
            && s.WordText(text, last + 1) is { Length: >= 2 } next && char.IsUpper(next[0]) && !next[1..].ContainsAnyExcept(Letters)
            && !CalendarWords.Contains(next))
        {
            last++;
        }
        return last;
    }

    // An organization's name does not end in "of" or "for": the capitalized words after it belong to it, whatever
    // the network read in them ("University of" + LOCATION "Toronto", "Bank of" + "America"); at most four, on the
    // same line, and no day or month name ("Voice of America Tuesday").
    private void JoinNamesAfterConnectors(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var t = s.WordToken[w];
            var previous = s.BestLabel[s.WordToken[w - 1]];
            if (s.BestLabel[t] != _organizationInside || (previous != _organizationBegin && previous != _organizationInside)
                || s.WordText(text, w) is not ("of" or "for" or "de" or "du" or "des" or "für")
                || s.BestLabel[s.WordToken[w + 1]] == _organizationInside)
            {
                continue;
            }
            var last = NameRunEnd(text, s, w, words, 4);
            for (var i = w + 1; i <= last; i++)
            {
                s.BestLabel[s.WordToken[i]] = _organizationInside;
                s.BestScore[s.WordToken[i]] = s.BestScore[t];
            }
            w = last;
        }
    }

    // A name does not end in a bare middle initial: the capitalized word after it is the surname, even an ordinary
    // word the network left out or typed apart ("MICHAEL J FOX" gave "MICHAEL J", "Jane Q Public" gave "Jane Q" and
    // ORGANIZATION "Public"). Not after "A" or "I", which are words.
    private void JoinSurnamesAfterInitials(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var t = s.WordToken[w];
            var previous = s.BestLabel[s.WordToken[w - 1]];
            if (s.BestLabel[t] != _personInside || (previous != _personBegin && previous != _personInside)
                || s.WordText(text, w) is not [var initial] || !char.IsUpper(initial) || initial is 'A' or 'I'
                || s.BestLabel[s.WordToken[w + 1]] == _personInside)
            {
                continue;
            }
            var gap = s.GapAfter(text, w);
            var next = s.WordText(text, w + 1);
            if (gap is " " && next.Length >= 2 && char.IsUpper(next[0]) && !next[1..].ContainsAnyExcept(Letters))
            {
                s.BestLabel[s.WordToken[w + 1]] = _personInside;
                s.BestScore[s.WordToken[w + 1]] = s.BestScore[t];
            }
        }
    }

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
             "April", "May", "June", "July", "August", "September", "October", "November", "December"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
