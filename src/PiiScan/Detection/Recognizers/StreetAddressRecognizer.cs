using System.Text.RegularExpressions;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Street lines written in the common national forms, the house number included: number first with a street-type
/// word last (<c>42 Wallaby Way</c>, <c>350 Fifth Avenue</c>, <c>1234 Oak Street, Apt 5</c>, <c>Flat 4B, 12 MG
/// Road</c>), number first with the type word first (<c>17 Rue de Rivoli</c>), a German, Dutch or Nordic compound
/// with the number after it (<c>Hauptstraße 12</c>, <c>Königsallee 60</c>, <c>Keizersgracht 123</c>, <c>Nørregade
/// 7</c>), a type word
/// first with the number after (<c>Calle Mayor 5</c>, <c>Via Roma 10</c>), and <c>PO Box 123</c>. The NER model
/// finds street lines in context; this recognizer finds these forms without it (also under <c>--no-ner</c>) and, at
/// a higher score than a model guess, keeps the model from reporting a street's name alone as a place. City, postal
/// code and country are not part of the span (the model reports cities and countries as LOCATION).
/// </summary>
public sealed partial class StreetAddressRecognizer : RecognizerBase
{
    /// <summary>
    /// Score of a street line without supporting context: above most model guesses of another type for the same words,
    /// below <see cref="RecognizerBase.ValidatedScore"/> (no checksum), so negative context suppresses it.
    /// </summary>
    public const float BaseScore = 0.84f;

    private static readonly string[] UnitWords = ["Flat", "Apt", "Apartment", "Unit", "Suite"];

    // French street types written in lower case after the number ("12 rue de la Paix").
    private static readonly string[] FrenchTypes = ["rue ", "avenue ", "boulevard ", "bd ", "place ", "allée ", "chemin ", "impasse ", "quai ", "cours ", "route "];

    // A street line is short: each regex runs on a window this long around a candidate, never over the whole value.
    private const int Window = 120;

    /// <summary>Creates the recognizer.</summary>
    public StreetAddressRecognizer()
        : base("StreetAddressRecognizer", EntityTypes.StreetAddress, new ContextProfile(
            ["address", "street", "addr", "live at", "lives at", "living at", "located at", "ship to", "shipping", "deliver",
             "delivery", "mail to", "billing", "residence", "home", "moved to", "office is at", "anschrift", "adresse",
             "dirección", "direccion", "indirizzo", "endereço"],
            negativeWords: ["version", "build", "commit", "sha", "line", "step", "chapter", "page", "section"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        try
        {
            Find(text, context, results);
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological value: keep what was found so far; the model still reads the value.
        }
    }

    // Every form holds a house number: each digit run is a candidate, and a regex runs only on a short window around
    // a run that the cheap checks let through (number first: a street's first word follows; number after: a
    // capitalized word precedes).
    private void Find(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        var i = 0;
        var reportedEnd = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(TextScan.Digits);
            if (k < 0)
            {
                return;
            }
            var p = i + k;
            var runEnd = TextScan.DigitRunEnd(text, p);
            i = runEnd;
            if (p > 0 && TextScan.IsAsciiLetterOrDigit(text[p - 1]))
            {
                i = TextScan.SkipToken(text, p); // inside an identifier or hex id: no house number in it
                continue;
            }
            if (runEnd - p <= 5 && (p == 0 || !IsGlue(text[p - 1])) && !IsBoxNumber(text, p) && !IsYearAfterPreposition(text, p, runEnd) && StreetMayFollow(text, runEnd))
            {
                var start = UnitPrefixStart(text, p);
                foreach (var m in NumberFirst().EnumerateMatches(text[start..Math.Min(text.Length, start + Window)]))
                {
                    Report(results, text, context, start, start + LengthWithoutSentencePeriod(text.Slice(start, m.Length)), EntityTypes.StreetAddress, "street_number_first", BaseScore);
                    reportedEnd = i = start + m.Length;
                }
                if (i > runEnd)
                {
                    continue;
                }
                foreach (var m in NumberFirstLowerCase().EnumerateMatches(text[p..Math.Min(text.Length, p + Window)]))
                {
                    Report(results, text, context, p, p + m.Length, EntityTypes.StreetAddress, "street_number_first_lower_case", BaseScore);
                    reportedEnd = i = p + m.Length;
                }
                if (i > runEnd)
                {
                    continue;
                }
            }
            if (runEnd - p <= 6 && NumberAfterWindowStart(text, p) is var from and >= 0)
            {
                foreach (var m in NumberAfter().EnumerateMatches(text[from..Math.Min(text.Length, runEnd + 40)]))
                {
                    if (from + m.Index >= reportedEnd && from + m.Index + m.Length >= runEnd)
                    {
                        Report(results, text, context, from + m.Index, from + m.Index + m.Length, EntityTypes.StreetAddress, "street_number_after", BaseScore);
                        reportedEnd = from + m.Index + m.Length;
                        i = Math.Max(i, reportedEnd);
                    }
                }
            }
        }
    }

    // Where the number-after regex starts for the run at p: up to four words (40 characters) before it when the word
    // right before the number ("nº" and a comma skipped) is capitalized ("Hauptstraße 12", "Calle Mayor, 5",
    // "PO Box 12"); else -1.
    private static int NumberAfterWindowStart(ReadOnlySpan<char> text, int p)
    {
        if (p < 2 || text[p - 1] != ' ')
        {
            return -1;
        }
        var j = p - 1;
        var word = WordStart(text, j);
        if (text[word..j] is "nº" or "no." or "No." or "nº." && word > 1)
        {
            j = word - 1;
            word = WordStart(text, j);
        }
        if (j > 0 && text[j - 1] == ',')
        {
            j--;
            word = WordStart(text, j);
        }
        if (word == j || !char.IsUpper(text[word]))
        {
            return -1;
        }
        var from = Math.Max(0, word - 40);
        while (from < word && from > 0 && text[from - 1] != ' ')
        {
            from++;
        }
        return from;
    }

    // A period after a street's full name ends the sentence ("lives at 5 Rue des Lilas."); one after an abbreviated
    // type or an initial is the line's own ("12 Oak St.", "4 Rue J. Moulin").
    private static int LengthWithoutSentencePeriod(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || line[^1] != '.')
        {
            return line.Length;
        }
        var word = line[(line[..^1].LastIndexOf(' ') + 1)..^1];
        return word.Length < 3 || Abbreviations.Contains(word) ? line.Length : line.Length - 1;
    }

    // Abbreviated street types, which take a period ("Oak St."); those in capitals that are also acronyms elsewhere
    // must end the line like a common noun (AcronymTypes).
    private const string AbbreviatedTypes = "St|Ave|Rd|Blvd|Ln|Dr|Pkwy|Hwy|Ct|Pl|Ter|Cres|Cir|Trl|Sq|ST|AVE|RD|BLVD|PKWY|HWY";
    private const string AcronymTypes = "DR|CT|PL|LN|CIR|TER";

    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal, (AbbreviatedTypes + "|" + AcronymTypes).Split('|'))
            .GetAlternateLookup<ReadOnlySpan<char>>();

    // A PO box's number is no house number: in "P.O. Box 366 Garden Grove, CA" the words after it are the town.
    private static bool IsBoxNumber(ReadOnlySpan<char> text, int p) =>
        p >= 4 && text[(p - 4)..p].Equals("Box ", StringComparison.OrdinalIgnoreCase);

    // "In 2019 Abbey Road was closed": a year after a preposition of time opens no street line.
    private static bool IsYearAfterPreposition(ReadOnlySpan<char> text, int p, int runEnd)
    {
        if (!TextScan.IsYear(text[p..runEnd]) || p < 2 || text[p - 1] != ' ')
        {
            return false;
        }
        var word = text[WordStart(text, p - 1)..(p - 1)];
        foreach (var preposition in TimePrepositions)
        {
            if (word.Equals(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly string[] TimePrepositions = ["in", "since", "until", "till", "by", "before", "after", "during"];

    private static bool IsGlue(char c) => char.IsLetterOrDigit(c) || c is '_' or '.' or ',' or ':' or '/' or '-';

    // After the number: an optional letter ("221B"), an optional range ("12-14"), an optional comma, a space, then an
    // upper-case letter, a digit (an ordinal: "717 6th St") or a lower-case French street type.
    private static bool StreetMayFollow(ReadOnlySpan<char> text, int j)
    {
        if (j < text.Length && TextScan.IsAsciiLetter(text[j]))
        {
            j++;
        }
        if (j + 1 < text.Length && text[j] == '-' && TextScan.IsDigit(text[j + 1]))
        {
            j = TextScan.DigitRunEnd(text, j + 1);
        }
        if (j < text.Length && text[j] == ',')
        {
            j++;
        }
        if (j + 1 >= text.Length || text[j] != ' ')
        {
            return false;
        }
        var next = text[(j + 1)..];
        if (char.IsUpper(next[0]) || TextScan.IsDigit(next[0]) || (char.IsLower(next[0]) && next[..Math.Min(next.Length, LowerCaseLineLength)].ContainsAny(LowerCaseTypes)))
        {
            return true;
        }
        foreach (var type in FrenchTypes)
        {
            if (next.StartsWith(type, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Where "Flat 4B, " (or Apartment, Apt, Unit, Suite) before the house number at <paramref name="p"/> starts, or the
    /// unit word right before it when the unit's number is the line's ("Unit 5, Brookfield Industrial Estate"), else p.
    /// </summary>
    internal static int UnitPrefixStart(ReadOnlySpan<char> text, int p)
    {
        var j = p;
        if (j == 0 || text[j - 1] != ' ')
        {
            return p;
        }
        j--;
        if (UnitWordBefore(text, j) is var unitStart and >= 0)
        {
            return unitStart;
        }
        if (j > 0 && text[j - 1] == ',')
        {
            j--;
        }
        var tokenEnd = j;
        while (j > 0 && tokenEnd - j < 5 && TextScan.IsAsciiLetterOrDigit(text[j - 1]))
        {
            j--;
        }
        if (j == tokenEnd || j == 0 || text[j - 1] != ' ')
        {
            return p;
        }
        j--;
        return UnitWordBefore(text, j) is var start and >= 0 ? start : p;
    }

    // Where a unit word that ends at j (a space follows it) starts, or -1.
    private static int UnitWordBefore(ReadOnlySpan<char> text, int j)
    {
        foreach (var unit in UnitWords)
        {
            var s = j - unit.Length;
            if (s >= 0 && text[s..j].SequenceEqual(unit) && (s == 0 || !char.IsLetterOrDigit(text[s - 1])))
            {
                return s;
            }
        }
        return -1;
    }

    private static int WordStart(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '.'))
        {
            i--;
        }
        return i;
    }

    // A name word: capitalized (letters, apostrophes, hyphens, a closing period of an abbreviation) or an English
    // ordinal (5th). Particles join name words in Romance street names (de la, del, di, dos).
    private const string Cap = @"\p{Lu}[\p{L}'’-]{0,29}\.?";
    private const string Ordinal = @"\d{1,3}(?:st|nd|rd|th)";
    private const string Particles = @"(?:(?:de|del|della|delle|dei|degli|di|da|do|dos|das|du|des|la|las|los|le|les|y|e)\s|[dl]['’])*";
    private const string RomanceName = Particles + Cap + @"(?:\s" + Particles + Cap + @"){0,3}";
    // What follows a street line whose words are also common nouns ("3 Hard Drive bays", "Llama 3 Instruct Way
    // better", "via Stripe 3 retries"): punctuation, the end of a line, or a capitalized word (a city, a unit, a
    // direction), never a lower-case word.
    private const string StreetLineEnds = @"(?=\s*[,.;:)\n!?'""(>|]|\s*$|\s+[\p{Lu}\#\d])";
    private const string Unit = @"(?:,?\s(?:Apt|Apartment|Suite|Ste|Unit|Flat|Floor|Fl|Room|Rm|Bldg|APT|APARTMENT|SUITE|STE|UNIT|FLAT|FLOOR|FL|ROOM|RM|BLDG)\.?\s?\#?[A-Za-z0-9-]{1,6}\b|,?\s\#\s?\d{1,5}[A-Za-z]?\b)?";

    // United States street suffixes that are common nouns (USPS Publication 28, appendix C1: "80045 Schimmel Cove",
    // "12 Laurel Ridge", "6759 Howard Spur"): like Drive and Way, only at the line's end. Left out: suffixes that end
    // product and feature names after a version number ("Windows 10 Action Center", "Type 2 Charging Port", "Gen 2 Data
    // Lake", "Series 3 Light"): Center, Port, Lake, Light, Key, Lock, Station, View, Track, Route, Extension, Island,
    // Field, Park, Forest, Mission and the like.
    private const string UspsNouns = "Cove|Ridge|Crossing|Point|Run|Bend|Landing|Hollow|Glen|Loop|Path|Pass|Pike|Heights|Commons|Shores|Summit"
        + "|Trace|Knoll|Meadows|Springs|Hills"
        + "|Alley|Arcade|Bayou|Beach|Bluffs?|Brooks?|Burgs?|Bypass|Canyon|Causeway|Centers|Cliffs?|Common|Corners?|Coves|Creek|Crest"
        + "|Crossroads?|Curve|Dale|Estates|Expressway|Ferry|Fields|Flats|Fords?|Forges?|Forks?|Freeway|Glens|Greens|Groves|Harbors?"
        + "|Haven|Hill|Inlet|Isle|Junction|Knolls|Lakes|Loaf|Lodge|Mall|Manors?|Meadow|Mills|Motorway|Mountains|Neck|Orchard|Oval"
        + "|Overpass|Parkways|Passage|Pines?|Plains|Prairie|Ranch|Rapids|Rest|Ridges|Shoals?|Shore|Skyway|Spurs?|Stravenue|Throughway"
        + "|Trafficway|Turnpike|Underpass|Via|Viaduct|Vista|Wells";

    // British street names that are "The" and a noun ("3 The Paddocks, Bicester"): only before a comma, as in an
    // address ("Chapter 3 The Close Call" is none).
    private const string TheStreets = "Paddocks|Green|Avenue|Crescent|Close|Grove|Mews|Drive|Square|Parade|Walk|Street|Lane|Chase|Meadows"
        + "|Orchard|Spinney|Maltings|Limes|Elms|Beeches|Willows|Oaks|Poplars|Cedars|Firs|Pines|Hollies|Laurels|Croft|Glebe|Stables|Ridgeway|Strand";

    // Number first: "42 Wallaby Way", "1585 Broadway" and "77B Kingsway" (one word), "350 Fifth Avenue NW, Suite
    // 200", "88 Dundas Street West, Toronto" (a direction written out ends the line: not "Main Street West
    // Hollywood"), "Flat 4B, 12 MG Road", "Unit 5, Brookfield
    // Industrial Estate" (a British estate, a common noun), "Unit 7, Riverside Business Park" (a park only after a
    // business noun: not "3 Car Park"), "17 Rue de Rivoli".
    // Anchored at a candidate (Find); no article or possessive opens the street's name, courts are no streets ("the 31
    // Supreme Court justices"), a street type that is also a common noun (Drive, Way, Place) must end the line, and
    // only an abbreviated type takes a period ("Oak St." but "Mockingbird Lane" before a sentence's full stop).
    // Types are written as a word or in capitals (a resume or form in capitals: "123 MAIN ST"); a capitals
    // abbreviation that is also an acronym elsewhere (DR, CT, PL, LN) must end the line like a common noun.
    [GeneratedRegex(
        @"^(?:(?:Flat|Apt|Apartment|Unit|Suite)\s(?:[A-Za-z0-9]{1,5},?\s)?)?\d{1,5}[A-Za-z]?(?:-\d{1,5})?,?\s(?:"
        + @"(?:Broadway|Kingsway|Queensway)" + StreetLineEnds
        + @"|The\s(?:" + TheStreets + @")(?=,)"
        + @"|(?!(?:The|A|An|My|Our|Your|His|Her|Their|Its)\s|(?:Supreme|District|Circuit|County|Federal|Appeals|Crown|High|Magistrates|Family)\sCourt)(?:(?:" + Cap + "|" + Ordinal + @")\s){1,4}"
        + @"(?:(?:" + AbbreviatedTypes + @")\b\.?"
        + @"|(?:Street|Avenue|Road|Boulevard|Lane|Parkway|Highway|Mews|Marg|Nagar|Salai|STREET|AVENUE|ROAD|BOULEVARD|LANE|PARKWAY|HIGHWAY|MEWS)\b"
        + @"|(?:(?:Drive|Way|Place|Court|Circle|Trail|Close|Terrace|Crescent|Square|Plaza|Grove|Gardens|Row|Walk|Parade|Estate|" + UspsNouns + @"|(?<=(?:Business|Retail|Industrial|Science|Technology|Office|Trading)\s)Park"
        + @"|DRIVE|WAY|PLACE|COURT|CIRCLE|TRAIL|TERRACE|CRESCENT|SQUARE|PLAZA)\b|(?:" + AcronymTypes + @")\b\.?)" + StreetLineEnds + ")"
        + @"(?:\s(?:N|S|E|W|NE|NW|SE|SW)\b|\s(?:North|South|East|West)(?=\s*[,.;:)\n!?'""(>|]|\s*$))?"
        + @"|(?:rue|avenue|boulevard|bd|place|allée|chemin|impasse|quai|cours|route|Rue|Avenue|Boulevard|Place|Allée|Chemin|Impasse|Quai|Cours|Route)\s" + RomanceName
        + ")" + Unit,
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex NumberFirst();

    // Street types of a street line written in lower case ("45 station road", chat and prompts); only these, whose
    // lower-case forms rarely follow a number and a word otherwise (not "drive", "way", "close", "place": "2 hard
    // drive", "3 very close").
    private static readonly System.Buffers.SearchValues<string> LowerCaseTypes =
        System.Buffers.SearchValues.Create([" street", " road", " lane", " avenue", " crescent", " terrace"], StringComparison.Ordinal);

    // The most characters a lower-case street line takes after its number (two words and the type).
    private const int LowerCaseLineLength = 52;

    // Number first in lower case: "45 station road", "22 church lane", "9 elm street" - one or two lower-case words of
    // three letters or more and a type of LowerCaseTypes, then the end of the line, punctuation or a word that ends
    // the address in chat ("in reading", "please"); not a quantity ("4 mile road", "2 lane road", "3 one way street")
    // nor an article or possessive first ("5 the road"). Anchored at the house number.
    [GeneratedRegex(
        @"^\d{1,5}[a-z]?,?\s(?!(?:the|a|an|my|our|your|his|her|their|its|this|that|of|and|or|to|in|on|at|for|by|with|from|one|two|three|four|five|six|seven|eight|nine|ten|mile|miles|km|lane|lanes|way|ways|hour|hours|minute|minutes|day|days|week|weeks|month|months|year|years|times|more|less|other|new)\s)"
        + @"(?:\p{Ll}{3,20}\s){1,2}(?:street|road|lane|avenue|crescent|terrace)"
        + @"(?=\s*[,.;:)\n!?]|\s*$|\s(?:in|on|at|near|and|or|but|please|pls|plz|thanks|instead|so|which|where|when|because|for|by|from|to|yesterday|today|tomorrow|is|was|has|had|will|asap)\b)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex NumberFirstLowerCase();

    // Number after: "Hauptstraße 12", "Alte Straße 5a", "Keizersgracht 123", "Nørregade 7" (a Danish -gade after three
    // letters or more: "Brigade 2" is none), "Calle Mayor, 5", "Via Roma 10", Malay and Indonesian "Jalan Perusahaan 2",
    // "PO Box 123". A number of at most three digits that no digit or letter continues (no years: "Spring 2024"); a
    // Romance street type is also a common word ("Via"), so that line must end after its number.
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_])(?:(?:"
        + @"\p{Lu}\p{Ll}{1,30}(?:straße|strasse|str\.|weg|allee|platz|gasse|damm|ufer|chaussee|gracht|straat|laan|plein|kade|singel|gatan|vägen|vej|veien|vegur|braut)"
        + @"|\p{Lu}\p{Ll}{3,30}gade"
        + @"|\p{Lu}\p{Ll}{1,30}\s(?:Straße|Strasse|Str\.|Allee|Platz|Gasse|Damm|Chaussee)"
        + @")\s?(?:n[º°o]\.?\s?)?\d{1,3}[a-zA-Z]?(?![\p{L}\p{N}])"
        + @"|(?:Calle|Avenida|Avda\.|Paseo|Carrer|Rua|Praça|Travessa|Via|Viale|Piazza|Corso|Strada|Bulevardul|Calea|Jalan|Jl\.)\s" + RomanceName
        + @",?\s(?:n[º°o]\.?\s?)?\d{1,3}[a-zA-Z]?(?![\p{L}\p{N}])" + StreetLineEnds
        + ")" + Unit
        + @"|(?<![\p{L}\p{N}_])P\.?\s?O\.?\s?Box\s\d{1,6}\b",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 250)]
    private static partial Regex NumberAfter();
}
