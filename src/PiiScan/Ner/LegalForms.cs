using System.Collections.Frozen;

namespace PiiScan.Ner;

/// <summary>
/// Company legal forms (<c>Inc</c>, <c>GmbH</c>, <c>Ltd</c>, <c>Co</c>): a name that ends in one is an organization,
/// whatever type the network gave it (<c>Kimura Trading Co</c> read as a person). <c>Co</c> is also a county
/// (<c>Saratoga Co</c>), so it retypes a person's name only, never a place.
/// </summary>
internal static class LegalForms
{
    // Case-sensitive: "co" or "ag" in lower case are ordinary words; a football club's "FC" ends its name as a form does.
    // Generic nouns (Group, Bank) are left out: "West Bank" is a place; they end an institution's name only after a
    // proper name (InstitutionHeads).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Forms = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Inc", "Corp", "Corporation", "Incorporated", "LLC", "Ltd", "Limited", "GmbH", "AG", "KG", "KGaA", "SA", "SAS",
         "SARL", "SpA", "Srl", "BV", "NV", "plc", "PLC", "Pty", "LLP", "LP", "Oy", "AB", "ASA", "Bhd", "Pte", "Pvt",
         "Lda", "Ltda", "Holding", "Holdings", "Industries", "Technologies", "FC", "AFC"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Industry nouns that end company names ("Pinecrest Robotics", "Halvorsen Shipping", "Pemberton Capital") and
    // newspapers' ("Hamilton Spectator", "Miami Herald"): a
    // person's or place's name never ends in one. Before them a company name needs a proper name, as before an
    // institution noun ("Tata Consultancy Services", not "Financial Services").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> IndustryNouns = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Robotics", "Systems", "Solutions", "Labs", "Analytics", "Logistics", "Consulting", "Software", "Pharmaceuticals",
         "Therapeutics", "Biosciences", "Airlines", "Motors", "Enterprises", "Ventures", "Partners", "Associates", "Studios",
         "Networks", "Communications", "Semiconductor", "Shipping", "Trading", "Construction", "Insurance", "Foods", "Media",
         "Energy", "Pharma", "Telecom", "Realty", "Properties", "Hotels", "Resorts", "Brewing", "Apparel", "Outfitters",
         "Supply", "Services", "Capital", "Management", "Plumbing", "Electric", "Electrical", "Roofing", "Landscaping",
         "Bakery", "Dental", "Catering", "Cleaning", "Builders", "Contractors", "Engineering", "Manufacturing", "Electronics",
         "Chemicals", "Healthcare", "Accountants", "Solicitors", "Architects", "Interiors", "Printing", "Fitness", "Mortgage",
         "Lending", "Financial", "Investments", "Advisors", "Advisory", "Dynamics", "Inn", "Estates", "Traders", "Biotech", "Biologics", "Genomics", "Diagnostics", "Cardiology",
         "Dermatology", "Orthopaedics", "Orthopedics", "Pediatrics", "Paediatrics", "Radiology", "Physiotherapy",
         "Chiropractic", "Optometry", "Orthodontics", "Veterinary", "Guesthouse", "Hostel", "Cars", "Broadband",
         "Spectator", "Herald", "Gazette", "Tribune", "Chronicle", "Examiner", "Inquirer", "Courier"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="span"/> has two words or more and its last word (a final period aside) is a legal
    /// form; <c>Co</c> counts only when <paramref name="person"/> (the network read the span as a person's name).
    /// </summary>
    public static bool EndsWithOne(ReadOnlySpan<char> span, bool person)
    {
        var trimmed = span.TrimEnd('.');
        var space = trimmed.LastIndexOf(' ');
        if (space <= 0)
        {
            return false;
        }
        var last = trimmed[(space + 1)..];
        return Forms.Contains(last) || IndustryNouns.Contains(last) || (person && last is "Co");
    }

    /// <summary>
    /// True when <paramref name="word"/> is a legal form or a business abbreviation that takes a period ("Acme Inc.",
    /// "Warner Bros."): a final period after it is the name's own.
    /// </summary>
    public static bool TakesPeriod(ReadOnlySpan<char> word) => Forms.Contains(word) || PeriodAbbreviations.Contains(word);

    // Business abbreviations written with a period that are no legal forms.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PeriodAbbreviations = FrozenSet.Create(
        StringComparer.Ordinal, ["Co", "Bros", "Cie", "Intl", "Assn", "Assoc", "Mfg", "Dept", "Univ", "Inst", "Ass"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Forms that may extend a span the network ended before them: not the short ones that are also titles, places or
    // acronyms after a name ("Texas AG", "Saratoga Co", "Paris SA"), in title or capital case.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Trailing = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Inc", "Corp", "Corporation", "Incorporated", "LLC", "Ltd", "Limited", "GmbH", "KGaA", "SARL", "SpA", "Srl", "plc",
         "PLC", "Pty", "LLP", "Oy", "Bhd", "Pte", "Pvt", "Lda", "Ltda", "Holding", "Holdings", "Industries", "Technologies", "INC", "CORP",
         "CORPORATION", "INCORPORATED", "LTD", "LIMITED", "GMBH", "HOLDING", "HOLDINGS", "INDUSTRIES", "TECHNOLOGIES", "FC", "AFC"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Forms that are also English words: they end a company's name only where no lower-case word follows them
    // ("Paris Limited edition", "Tom Holding the door").
    private static bool IsEnglishWord(ReadOnlySpan<char> form) => form is "Limited" or "LIMITED" or "Holding" or "HOLDING";

    /// <summary>
    /// Where a span ending at <paramref name="end"/> ends once the legal form right after it joins (<c>GLOBEX</c> +
    /// <c> CORPORATION</c>, <c>Acme</c> + <c>, Inc.</c>), or -1 when none follows. A form that is also an English word
    /// (<c>Limited</c>, <c>Holding</c>) joins only when no lower-case word follows it (<c>Paris Limited edition</c>).
    /// </summary>
    public static int ExtensionEnd(ReadOnlySpan<char> text, int end)
    {
        var i = end;
        if (i < text.Length && text[i] == ',')
        {
            i++;
        }
        if (i >= text.Length || text[i] != ' ')
        {
            return -1;
        }
        var wordStart = i + 1;
        var wordEnd = LettersEnd(text, wordStart);
        var word = text[wordStart..wordEnd];
        if (word.IsEmpty || !Trailing.Contains(word) || (wordEnd < text.Length && (char.IsLetterOrDigit(text[wordEnd]) || text[wordEnd] is '-' or '_')))
        {
            return -1;
        }
        if (IsEnglishWord(word) && wordEnd + 1 < text.Length && text[wordEnd] == ' ' && char.IsLower(text[wordEnd + 1]))
        {
            return -1;
        }
        return wordEnd; // an abbreviation's period stays out: it may end the sentence
    }

    /// <summary>
    /// Where an organization's name ending at <paramref name="end"/> ends once a partner's name after <c> &amp; </c>
    /// joins (<c>Harlow</c> + <c> &amp; Finch</c>, <c>Tallis</c> + <c> &amp; Moore LLP</c>), or -1: one capitalized
    /// word of letters that is no listed company (<c>Google &amp; Microsoft</c> are two) and no first word of a longer
    /// capitalized run, then an optional legal form.
    /// </summary>
    public static int PartnerEnd(ReadOnlySpan<char> text, int end, LexiconPrior? lexicon)
    {
        if (!text[end..].StartsWith(" & ", StringComparison.Ordinal))
        {
            return -1;
        }
        var wordStart = end + 3;
        var wordEnd = LettersEnd(text, wordStart);
        var word = text[wordStart..wordEnd];
        if (word.Length < 2 || !ChatDisplayName.IsCapitalizedWord(word) || lexicon?.IsCompany(word) == true
            || (wordEnd < text.Length && (char.IsDigit(text[wordEnd]) || text[wordEnd] is '-' or '_' or '\'' or '’')))
        {
            return -1;
        }
        var formEnd = ExtensionEnd(text, wordEnd);
        if (formEnd < 0 && wordEnd + 1 < text.Length && text[wordEnd] == ' ' && char.IsUpper(text[wordEnd + 1]))
        {
            return -1; // "Acme & Bob Smith": the partner is no single word
        }
        return formEnd > 0 ? formEnd : wordEnd;
    }

    // The end of the run of letters in text from start.
    private static int LettersEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return end;
    }

    /// <summary>
    /// True when <paramref name="span"/> joins capitalized names with <c> &amp; </c> and none of its words is listed as a
    /// place (<c>Foxley &amp; Reeve</c>, a firm the network read as a place; <c>Trinidad &amp; Tobago</c> stays one).
    /// </summary>
    public static bool IsAmpersandFirm(ReadOnlySpan<char> span, LexiconPrior? lexicon, int locationBegin)
    {
        var amp = span.IndexOf(" & ", StringComparison.Ordinal);
        if (amp <= 0 || lexicon is null || locationBegin < 0 || amp + 3 >= span.Length || !char.IsUpper(span[0]) || !char.IsUpper(span[amp + 3]))
        {
            return false;
        }
        foreach (var range in span.SplitAny(' ', '&'))
        {
            if (span[range] is { Length: > 0 } word && lexicon.HasBonus(word, locationBegin))
            {
                return false;
            }
        }
        return true;
    }

    // Nouns that end an institution's name as a legal form ends a company's ("Maple Grove Elementary", "Mount Sinai
    // Hospital", "Collins College"), with no capitalized word after them ("Academy Awards"), no comma before them
    // ("Oxford, University of Paris") and a proper name among the words before them ("High School", "Community
    // College": ordinary words in lower case); not "Museum", which the corpora annotate as a place. "Uni" is British and
    // Australian for a university ("Edinburgh Uni").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InstitutionHeads = FrozenSet.Create(
        StringComparer.Ordinal, ["Elementary", "School", "Academy", "University", "Uni", "College", "Hospital", "Hospitals", "Clinic", "Institute", "Bank", "Surgery", "Council", "Trust", "Nursery", "Group", "Infirmary"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // "Credit Union" ends a name as an institution noun does ("Cascade Credit Union", "Navy Federal Credit Union");
    // "Union" alone does not: "Soviet Union" and "European Union" are read by the network. So do "Medical Centre" and
    // "Health Center" ("Brookfield Medical Centre" read as a place); "Centre" alone does not ("Rockefeller Center").
    private static bool IsTwoWordHead(ReadOnlySpan<char> text, NerScratch s, int w) =>
        w > 0 && s.GapAfter(text, w - 1) is " " && (s.WordText(text, w) is "Union" or "UNION" && s.WordText(text, w - 1) is "Credit" or "CREDIT"
            || (s.WordText(text, w) is "Centre" or "Center" && s.WordText(text, w - 1) is "Medical" or "Health"));

    // Short forms that are also titles, places or acronyms ("Texas AG", "Paris SA"): they make a company of two name
    // words or more only, in title case (shouted text has every word capitalized), with no capitalized word after
    // them ("Texas AG Ken Paxton").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Ambiguous = FrozenSet.Create(
        StringComparer.Ordinal, ["AG", "KG", "SA", "SAS", "BV", "NV", "AB", "ASA", "Co"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Longest company name before its form, in words.
    private const int MaxNameWords = 5;

    /// <summary>
    /// The first word of the company name that ends in the legal form (or institution noun: <c>Maple Grove
    /// Elementary</c>) at word <paramref name="form"/> of a value
    /// (<see cref="NerScratch"/>'s word buffers), or -1: the capitalized words right before it on its line
    /// (<c>Helsinki Logistics Oy</c>, <c>Nordic Timber AB</c>, <c>Acme, Inc</c>, <c>Procter &amp; Gamble Co</c>,
    /// <c>Banco Santander, S.A.</c>: a dotted form ends at its last period), at most five, joined by nothing but spaces,
    /// <c>&amp;</c>, <c>of</c> after an organization's noun (<c>Bank of</c>), <c>de</c>, <c>et</c> and the like, a
    /// glued hyphen or <c>'s</c> (initials with their periods count: <c>J.M. Huber Corporation</c>). A job title is
    /// not part of the name, nor is a word that opens the sentence or is written in capitals and is an ordinary word
    /// (<see cref="LexiconPrior.IsOrdinary"/>: <c>Contact Acme Ltd</c>, <c>CALL ACME INC</c>). Otherwise the network's
    /// labels play no part: a company it missed or split is found whole (<c>Van Dijk Logistics B.V.</c>, read as a
    /// person and a company), but for a full name the network read before two company words or more, a signature
    /// flattened onto one line (<paramref name="personInside"/> is the I-PERSON label: <c>Laurie Ellis Enron Net
    /// Works LLC</c>). Before an institution or industry noun one word must be a proper name: no ordinary word in lower
    /// case (<c>Financial Services</c> is no company), unless the network put the noun or a word of the name in an
    /// organization (<paramref name="organizationBegin"/>, <paramref name="organizationInside"/>: its labels;
    /// <c>Coastline Telecom</c>). Without a lexicon, a word that opens the sentence joins only when the network put it
    /// in an entity.
    /// </summary>
    public static int CompanyStart(ReadOnlySpan<char> text, NerScratch s, int form, int words, LexiconPrior? lexicon, int personInside, int organizationBegin = -1, int organizationInside = -1, int locationBegin = -1)
    {
        var word = s.WordText(text, form);
        if (FamilyFirms.IsNoun(word))
        {
            return FamilyFirms.Start(text, s, form, lexicon);
        }
        var formFirst = word is "." ? DottedFormFirst(text, s, form) : form;
        var industry = formFirst == form && (IndustryNouns.Contains(word) || ClubNames.IsClubNoun(word));
        var institution = industry || (formFirst == form && (InstitutionHeads.Contains(word) || IsTwoWordHead(text, s, form)));
        var ambiguous = formFirst == form && !Trailing.Contains(word) && !institution;
        if (formFirst <= 0 || (formFirst == form && (word.Length < 2 || (ambiguous && !Ambiguous.Contains(word)))))
        {
            return -1;
        }
        if (form + 1 < words)
        {
            var next = s.WordText(text, form + 1);
            if ((s.TouchesNext(form) && next[0] is not ('.' or ',' or ';' or ':' or ')' or '!' or '?' or '"' or '\''))
                || (IsEnglishWord(word) && char.IsLower(next[0]))
                || ((ambiguous || institution) && char.IsUpper(next[0]) && !InstitutionTowns.After(text, s, form, words, lexicon, locationBegin)))
            {
                return -1;
            }
        }
        var w = formFirst - 1;
        if (s.WordText(text, w) is "," && w > 0 && !institution)
        {
            w--; // "Acme, Inc"; not "Oxford, University of Paris"
        }
        var nameEnd = w;
        var first = -1;
        var names = 0;
        // A name word that is no ordinary word in lower case ("Maple", not "High"), or an organization the network saw.
        var proper = lexicon is null || IsOrganizationLabel(s.BestLabel[s.WordToken[form]], organizationBegin, organizationInside);
        var hyphen = false; // word w is glued by a hyphen to the name word after it
        for (; w >= 0 && names < MaxNameWords && !WordBreaks.BreakBefore(text, s, w + 1); w--)
        {
            var part = s.WordText(text, w);
            if (part is "s" && w >= 2 && s.PossessiveAfter(text, w - 2, words))
            {
                w--; // "Macy's": the name word comes next
                continue;
            }
            if (part is "." && w > 0 && s.TouchesNext(w - 1) && s.WordText(text, w - 1) is [var initial] && char.IsUpper(initial))
            {
                continue; // "J.M. Huber Corporation": the initial comes next
            }
            if (part is "'" or "\u2019" && first >= 0 && w > 0 && s.TouchesNext(w - 1) && !s.TouchesNext(w) && s.WordText(text, w - 1) is [.., 's'])
            {
                continue; // "St Thomas' Hospital": a possessive apostrophe after an s, the name word comes next
            }
            if ((part is "&" && first >= 0) || (part is "-" && first >= 0 && w > 0 && s.TouchesNext(w - 1) && s.TouchesNext(w)))
            {
                hyphen = part is "-";
                continue;
            }
            if (part is "'" or "\u2019" && first >= 0 && w > 0 && s.TouchesNext(w - 1) && s.TouchesNext(w) && s.WordText(text, w - 1) is "O" or "D")
            {
                hyphen = true; // "O'Connell & Sons Roofing": the glued O' or D' comes next, one word with the name
                continue;
            }
            if (first >= 0 && w > 0 && (Connectors.Contains(part) || (part is "of" && OfHeads.Contains(s.WordText(text, w - 1)))))
            {
                continue; // "Bank of America Corporation", "Banco de Sabadell SA": a name word must come next
            }
            if (w > 0 && s.TouchesNext(w - 1) && s.WordText(text, w - 1) is "@" or "#")
            {
                break; // a mention or hashtag before the name ("@ThePinnacleOnline Tata Partners") is its own unit
            }
            if (industry && (Forms.Contains(part) || Trailing.Contains(part)))
            {
                break; // a company ends at its legal form: "Enron Net Works LLC Client Services" is no one name
            }
            var opens = WordBreaks.OpensSentence(text, s, w);
            if (!IsNameWord(part) || WorkplaceRoles.IsJobTitle(part) || CapitalFunctionWords.Contains(part) || (ambiguous && !part.ContainsAnyInRange('a', 'z'))
                || (opens && lexicon is null && s.BestLabel[s.WordToken[w]] == 0)
                || ((opens || !part.ContainsAnyInRange('a', 'z')) && lexicon is not null && lexicon.IsOrdinary(part, opens))
                || EndsFullName(text, s, w, nameEnd, personInside))
            {
                break; // an ordinary word that opens the sentence or is in capitals, a signature's full name
            }
            first = w;
            names += hyphen ? 0 : 1;
            proper = proper || !lexicon!.IsOrdinaryLowerCase(part) || IsOrganizationLabel(s.BestLabel[s.WordToken[w]], organizationBegin, organizationInside);
            hyphen = false;
        }
        return first < 0 || (ambiguous && names < 2) || (institution && !proper) ? -1 : first;
    }

    // Lower-case words inside company names of other languages ("Banco de Sabadell SA", "Dupont et Fils SAS",
    // "Gesellschaft für Informatik"); not "and", which joins lists of companies more often than names in English text
    // ("Biovia and Miller Ltd").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = FrozenSet.Create(
        StringComparer.Ordinal, ["de", "des", "du", "la", "y", "für", "der", "et", "und", "e"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOrganizationLabel(int label, int begin, int inside) => label >= 0 && (label == begin || label == inside);

    // Function words in capitals or title case ("THE CEO OF KESTREL INDUSTRIES", "Apply To College"): the lexicon need
    // not list their lower-case forms.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CapitalFunctionWords = FrozenSet.Create(
        StringComparer.Ordinal,
        ["OF", "THE", "AND", "AT", "IN", "ON", "FOR", "TO", "BY", "FROM", "WITH", "IS", "ARE", "WAS", "OR", "A", "AN",
         "To", "For", "In", "On", "At", "By", "From", "With", "Is", "Are", "Was", "Or", "A", "An"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Nouns an organization's name continues after with "of" ("Bank of America"); a job title does not ("Senior Vice
    // President of CCNG, Inc.").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OfHeads = FrozenSet.Create(
        StringComparer.Ordinal,
        ["Bank", "Company", "Trust", "Society", "Association", "Institute", "University", "College", "Bureau", "Board",
         "Council", "Federation", "Union", "Commonwealth", "Republic", "Chamber", "League", "Fund", "Agency", "Authority",
         "Department", "Ministry", "Museum", "Academy", "Church", "Order", "Friends", "Hospital", "Center", "Centre",
         "BANK", "COMPANY", "TRUST", "SOCIETY", "ASSOCIATION", "INSTITUTE", "UNIVERSITY"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> ends an institution's name (<c>University</c>, <c>Hospital</c>).</summary>
    public static bool IsInstitutionHead(ReadOnlySpan<char> word) => InstitutionHeads.Contains(word);

    /// <summary>
    /// True when the legal form at word <paramref name="form"/> is an abbreviation with its period glued after it
    /// (<c>Inc.</c>, <c>Co.</c>): the period belongs to the name, as the model writes it.
    /// </summary>
    public static bool TakesPeriod(ReadOnlySpan<char> text, NerScratch s, int form, int words) =>
        form + 1 < words && s.TouchesNext(form) && s.WordText(text, form + 1) is "." && Abbreviations.Contains(s.WordText(text, form));

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations = FrozenSet.Create(
        StringComparer.Ordinal, ["Inc", "Corp", "Co", "Ltd", "Bhd", "Pte", "Pvt", "Pty", "INC", "CORP", "LTD"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Legal forms written with periods, as the tokenizer splits them into letters and periods ("S.A." is four words).
    private static readonly string[] DottedForms =
        ["S.A.", "S.p.A.", "S.r.l.", "S.L.", "S.A.S.", "S.A.R.L.", "B.V.", "N.V.", "K.K.", "L.L.C.", "P.L.C.", "Sp. z o.o.", "Pty. Ltd."];

    // The first word of a dotted legal form that ends at word form (a period) and starts a word of its own (after a
    // space or a comma: not the end of "U.S.A."), or -1.
    private static int DottedFormFirst(ReadOnlySpan<char> text, NerScratch s, int form)
    {
        var end = s.WordEnd[form];
        foreach (var dotted in DottedForms)
        {
            var start = end - dotted.Length;
            if (start <= 0 || !text[start..end].SequenceEqual(dotted) || text[start - 1] is not (' ' or ','))
            {
                continue;
            }
            for (var i = form; i >= 0 && s.Tokens[s.WordToken[i]].Start >= start; i--)
            {
                if (s.Tokens[s.WordToken[i]].Start == start)
                {
                    return i;
                }
            }
        }
        return -1;
    }

    // Word w ends a full name the network read (I-PERSON after a name word or an initial, and the next word is no
    // I-PERSON) and two company words or more lie between it and the form (nameEnd: the last word before the form and
    // its comma): a signature flattened onto one line, "Laurie Ellis Enron Net Works LLC", not a company named after
    // its founder, "Van Dijk Logistics B.V.", nor a name with a possessive ("St Anne's Primary School": the
    // institution's).
    private static bool EndsFullName(ReadOnlySpan<char> text, NerScratch s, int w, int nameEnd, int personInside) =>
        personInside >= 0 && w > 0 && nameEnd - w >= 2 && s.BestLabel[s.WordToken[w]] == personInside
        && s.BestLabel[s.WordToken[w + 1]] != personInside && !s.PossessiveAfter(text, w, nameEnd + 1)
        && (IsNameWord(s.WordText(text, w - 1)) || (w > 1 && s.WordText(text, w - 1) is "." && s.WordText(text, w - 2) is [var c] && char.IsUpper(c)));

    // A capitalized word, or one that starts with a digit and holds a capital ("3M", not "46th"); letters and digits
    // only.
    internal static bool IsNameWord(ReadOnlySpan<char> word)
    {
        var letter = false;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                letter = true;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }
        return letter && (char.IsUpper(word[0]) || (char.IsAsciiDigit(word[0]) && word.ContainsAnyInRange('A', 'Z')));
    }

}
