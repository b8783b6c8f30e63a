using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>
/// Rewrites word labels before spans are built, where the text decides better than the network: a company or
/// institution name that ends in a legal form or an institution noun, an organization's name after <c>of</c>, a
/// surname after a middle initial, a place that names the organization after it, a name's part after a hyphen, a
/// school or restaurant whose noun comes first (<c>Lycée Victor Hugo</c>), a place whose noun or direction comes first
/// (<see cref="LeadingPlaceWords"/>: <c>Lake Garda</c>), a town before a site noun (<see cref="SitePlaces"/>), and the
/// person rules of <see cref="PersonNameRules"/>. Stateless between calls: the buffers are the caller's
/// <see cref="NerScratch"/>.
/// </summary>
internal sealed class WordLabelRules(NerModel model)
{
    private readonly NerModel _model = model;

    private readonly EntityLabelIds _ids = model.Ids;
    private readonly PersonNameRules _personRules = new(model);

    // Word score of a company name found by its legal form (LegalForms.CompanyStart) where the network was less sure.
    private const float CompanyScore = 0.85f;

    /// <summary>Applies the rules to the labels of the value's <paramref name="words"/> words.</summary>
    public void Apply(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        var organization = _ids.OrganizationBegin >= 0 && _ids.OrganizationInside >= 0;
        if (organization)
        {
            MarkCompanyPhrases(text, s, words);
            MarkCompanies(text, s, words);
            MarkLowerCaseCompanies(text, s, words);
        }
        if (_ids.PersonBegin >= 0 && _ids.PersonInside >= 0)
        {
            JoinSurnamesAfterInitials(text, s, words);
        }
        if (organization)
        {
            JoinNamesAfterConnectors(text, s, words);
        }
        if (organization && _ids.LocationBegin >= 0 && _ids.LocationInside >= 0)
        {
            JoinPlacesIntoOrganizations(text, s, words);
        }
        JoinHyphenatedNames(text, s, words);
        if (_ids.PersonBegin >= 0 && _ids.PersonInside >= 0)
        {
            _personRules.Apply(text, s, words);
        }
        if (organization)
        {
            JoinNamesAfterInstitutionNouns(text, s, words);
        }
        if (_ids.LocationBegin >= 0 && _ids.LocationInside >= 0)
        {
            LeadingPlaceWords.Join(text, s, words, _model, _ids);
            if (_model.Lexicon is { } lexicon)
            {
                SitePlaces.Mark(text, s, words, lexicon, _ids);
                for (var w = 1; w < words; w++)
                {
                    if (LonePlaces.End(text, s, w, words, lexicon, _ids) is >= 0 and var end)
                    {
                        WordLabels.MarkRun(s, w, end, _ids.LocationBegin, _ids.LocationInside, continues: false, CompanyScore);
                        w = end;
                    }
                }
            }
        }
    }

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
            var continues = w > 0 && s.GapAfter(text, w - 1) is " " && WordLabels.HasLabel(s, w - 1, _ids.OrganizationBegin, _ids.OrganizationInside);
            for (var i = w; i <= last; i++)
            {
                s.BestLabel[s.WordToken[i]] = i == w && !continues ? _ids.OrganizationBegin : _ids.OrganizationInside;
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
    // and its first word ("University of Cape" + "Town"), and "Air" before a place.
    private void JoinPlacesIntoOrganizations(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 2; w < words; w++)
        {
            if (!WordLabels.HasLabel(s, w, _ids.LocationBegin, _ids.LocationInside) || !WordLabels.HasLabel(s, w - 1, _ids.OrganizationBegin, _ids.OrganizationInside)
                || s.GapAfter(text, w - 1) is not " " || !HasOfBefore(text, s, w))
            {
                continue;
            }
            PlaceIntoOrganization(s, w, words);
        }
        for (var w = 1; w < words; w++)
        {
            if (!WordLabels.HasLabel(s, w, _ids.OrganizationBegin, _ids.OrganizationInside) || !WordLabels.HasLabel(s, w - 1, _ids.LocationBegin, _ids.LocationInside)
                || s.GapAfter(text, w - 1) is not " ")
            {
                continue;
            }
            s.BestLabel[s.WordToken[w]] = _ids.OrganizationInside;
            var b = w - 1;
            while (b > 0 && s.BestLabel[s.WordToken[b]] == _ids.LocationInside)
            {
                s.BestLabel[s.WordToken[b]] = _ids.OrganizationInside;
                b--;
            }
            s.BestLabel[s.WordToken[b]] = s.BestLabel[s.WordToken[b]] == _ids.LocationBegin ? _ids.OrganizationBegin : _ids.OrganizationInside;
        }
        // "Air" before a place is an airline ("Air Canada"; "Air New Zealand" read as one place).
        for (var w = 1; w < words; w++)
        {
            var airLabel = s.BestLabel[s.WordToken[w - 1]];
            if (s.WordText(text, w - 1) is not "Air" || s.GapAfter(text, w - 1) is not " "
                || !(s.BestLabel[s.WordToken[w]] == _ids.LocationBegin && (airLabel == 0 || airLabel == _ids.OrganizationBegin)
                    || (s.BestLabel[s.WordToken[w]] == _ids.LocationInside && airLabel == _ids.LocationBegin)))
            {
                continue;
            }
            s.BestLabel[s.WordToken[w - 1]] = _ids.OrganizationBegin;
            s.BestScore[s.WordToken[w - 1]] = s.BestScore[s.WordToken[w]];
            PlaceIntoOrganization(s, w, words);
        }
    }

    // The place that word w opens continues the organization before it.
    private void PlaceIntoOrganization(NerScratch s, int w, int words)
    {
        var last = WordLabels.RunEnd(s, w, words, _ids.LocationInside);
        for (var i = w; i <= last; i++)
        {
            s.BestLabel[s.WordToken[i]] = _ids.OrganizationInside;
        }
    }

    // An organization's "of" is one of the (up to two) organization words right before word w.
    private bool HasOfBefore(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        for (var i = w - 1; i >= Math.Max(1, w - 2) && WordLabels.HasLabel(s, i, _ids.OrganizationBegin, _ids.OrganizationInside); i--)
        {
            if (s.WordText(text, i) is "of" && s.BestLabel[s.WordToken[i]] == _ids.OrganizationInside)
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

    // A listed company name of two words or more is one organization, whatever the network read in it ("British Gas"
    // missed, "Thames Water" a person); an organization the network read on past it keeps its words ("British Airways
    // Flight Operations"). Not across a line break or a cell separator.
    private void MarkCompanyPhrases(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        if (_model.Lexicon is not { CompanyPhrases.Count: > 0 } lexicon)
        {
            return;
        }
        for (var w = 0; w + 1 < words; w++)
        {
            var last = lexicon.CompanyPhrases.EndAt(text, s, w, words);
            if (last < 0 || !NoBreakWithin(text, s, w, last))
            {
                continue;
            }
            var continues = w > 0 && s.BestLabel[s.WordToken[w]] == _ids.OrganizationInside && WordLabels.HasLabel(s, w - 1, _ids.OrganizationBegin, _ids.OrganizationInside);
            WordLabels.MarkRun(s, w, last, _ids.OrganizationBegin, _ids.OrganizationInside, continues, CompanyScore);
            w = last;
        }
    }

    private static bool NoBreakWithin(ReadOnlySpan<char> text, NerScratch s, int first, int last)
    {
        for (var w = first + 1; w <= last; w++)
        {
            if (WordBreaks.SpanBreakBefore(text, s, w, json: false))
            {
                return false;
            }
        }
        return true;
    }

    // A company name that ends in a legal form is one organization, whatever the network read in it ("Helsinki
    // Logistics Oy": LOCATION "Helsinki" and nothing else).
    // A curated company in lower case in running prose (LowerCaseCompanies).
    private void MarkLowerCaseCompanies(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w < words && _model.Lexicon is { } lexicon; w++)
        {
            if (LowerCaseCompanies.At(text, s, w, words, lexicon))
            {
                WordLabels.MarkRun(s, w, w, _ids.OrganizationBegin, _ids.OrganizationInside, continues: false, CompanyScore);
            }
        }
    }

    private void MarkCompanies(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w < words; w++)
        {
            var first = LegalForms.CompanyStart(text, s, w, words, _model.Lexicon, _ids.PersonInside, _ids.OrganizationBegin, _ids.OrganizationInside, _ids.LocationBegin);
            if (first > 0 && s.BestLabel[s.WordToken[first]] == _ids.OrganizationInside && !WordBreaks.BreakBefore(text, s, first))
            {
                // The network's organization began earlier ("Thompson and Sullivan LLP"): it keeps its start, but not
                // across a line break or a cell separator ("Senior Buyer | Polmar Foods Ltd" read as one organization).
                var b = first - 1;
                while (b > 0 && s.BestLabel[s.WordToken[b]] == _ids.OrganizationInside && !WordBreaks.BreakBefore(text, s, b))
                {
                    b--;
                }
                first = s.BestLabel[s.WordToken[b]] == _ids.OrganizationBegin ? b : first;
            }
            var last = first >= 0 && LegalForms.TakesPeriod(text, s, w, words) ? w + 1 : w;
            if (first >= 0 && LegalForms.IsInstitutionHead(s.WordText(text, w)))
            {
                last = InstitutionTowns.After(text, s, w, words, _model.Lexicon, _ids.LocationBegin)
                    ? w + 1 // "Imperial College London"
                    : OfNameEnd(text, s, w, words); // "Glasgow School of Art"
            }
            if (first >= 0)
            {
                WordLabels.MarkRun(s, first, last, _ids.OrganizationBegin, _ids.OrganizationInside, continues: false, CompanyScore);
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
    // A government body's head noun that the network read alone as an organization takes its "for" or "of" and the
    // capitalized words after it, "and" between them ("Department for Work and Pensions", "Department for Education";
    // the network gave "Department").
    private void JoinNamesAfterConnectors(ReadOnlySpan<char> text, NerScratch s, int words)
    {
        for (var w = 1; w + 1 < words; w++)
        {
            var t = s.WordToken[w];
            var previous = s.BestLabel[s.WordToken[w - 1]];
            var organizationBefore = previous == _ids.OrganizationBegin || previous == _ids.OrganizationInside;
            var governmentHead = organizationBefore && s.BestLabel[t] == 0 && s.WordText(text, w) is "for" or "of"
                && s.WordText(text, w - 1) is "Department" or "Ministry" or "Office" && s.GapAfter(text, w - 1) is " ";
            if ((!governmentHead && s.BestLabel[t] != _ids.OrganizationInside) || !organizationBefore
                || s.WordText(text, w) is not ("of" or "for" or "de" or "du" or "des" or "für")
                || s.BestLabel[s.WordToken[w + 1]] == _ids.OrganizationInside)
            {
                continue;
            }
            var last = NameRunEnd(text, s, w, words, 4);
            while (governmentHead && last > w && last + 2 < words && s.WordText(text, last + 1) is "and" && s.GapAfter(text, last) is " "
                && NameRunEnd(text, s, last + 1, words, 2) is var more && more > last + 1)
            {
                last = more; // "Work and Pensions", "Environment, Food and Rural Affairs" stops at the comma
            }
            if (governmentHead && last == w)
            {
                continue;
            }
            s.BestLabel[t] = _ids.OrganizationInside;
            for (var i = w + 1; i <= last; i++)
            {
                s.BestLabel[s.WordToken[i]] = _ids.OrganizationInside;
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
            if (s.BestLabel[t] != _ids.PersonInside || (previous != _ids.PersonBegin && previous != _ids.PersonInside)
                || s.WordText(text, w) is not [var initial] || !char.IsUpper(initial) || initial is 'A' or 'I'
                || s.BestLabel[s.WordToken[w + 1]] == _ids.PersonInside)
            {
                continue;
            }
            var gap = s.GapAfter(text, w);
            var next = s.WordText(text, w + 1);
            if (gap is " " && next.Length >= 2 && char.IsUpper(next[0]) && !next[1..].ContainsAnyExcept(Letters))
            {
                s.BestLabel[s.WordToken[w + 1]] = _ids.PersonInside;
                s.BestScore[s.WordToken[w + 1]] = s.BestScore[t];
            }
        }
    }

    /// <summary>Weekday and month names in full (also read by <see cref="TravelWords"/>).</summary>
    internal static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CalendarWords =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
             "April", "May", "June", "July", "August", "September", "October", "November", "December"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
}
