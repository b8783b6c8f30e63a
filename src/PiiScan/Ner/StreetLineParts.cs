using System.Collections.Frozen;
using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>
/// Comma-separated parts the network ran into a street line: a known person's name before it (<c>Chen Jing, Flat 5,
/// 27 Wellington Road</c>) and the city after a street-type word (<c>918 Juniper Court, Boise</c>). The street line
/// keeps its house number, unit and street (<c>Flat 5, 27 Wellington Road</c>, <c>5961 N Union Pkwy, Unit 924</c>,
/// <c># 72, Linking Road</c>); the name becomes a PERSON and the city a LOCATION, so the subject index files each under
/// its own type.
/// </summary>
internal static class StreetLineParts
{
    // English street types a line ends with (as the StreetAddressRecognizer's number-first form), a final period aside.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetTypes = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Boulevard", "Blvd",
         "Way", "Place", "Pl", "Parkway", "Pkwy", "Circle", "Cir", "Terrace", "Ter", "Close", "Crescent", "Cres", "Square",
         "Sq", "Highway", "Hwy", "Trail", "Trl", "Mews", "Grove", "Plaza", "Gardens", "Row", "Walk", "Parade"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when <paramref name="span"/> has two words or more and its last is a street type that is no surname
    /// (<c>George Street</c>, <c>Abbey Road</c>, <c>Gerard Gardens</c>; not <c>Lane</c>, <c>Way</c> or <c>Court</c>: <c>Lois Lane</c>): no
    /// person's name ends so.
    /// </summary>
    public static bool EndsWithStreetName(ReadOnlySpan<char> span)
    {
        var space = span.TrimEnd().LastIndexOf(' ');
        return space > 0 && span[(space + 1)..].TrimEnd() is "Street" or "Road" or "Avenue" or "Boulevard" or "Drive" or "Terrace"
            or "Crescent" or "Highway" or "Parkway" or "Square" or "Gardens";
    }

    /// <summary>
    /// Where a street line starts when the place <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>]
    /// ends with a street type and a house number stands right before it (<c>8</c> + <c>Beaumont Close</c>, <c>Flat 3,
    /// 27</c> + <c>Harcourt Close</c>), or -1. The street recognizer takes a street type that is also a common noun
    /// (<c>Close</c>, <c>Way</c>, <c>Court</c>) only at the end of a line; here the network's reading of the words as a
    /// place stands in for that. A year (<c>In 1998 Harbour Way</c>) is no house number.
    /// </summary>
    public static int HouseNumberStart(ReadOnlySpan<char> text, int start, int end)
    {
        var span = text[start..end];
        if (start < 2 || text[start - 1] != ' ' || !span.Contains(' ') || !StreetTypes.Contains(LastWord(span).TrimEnd('.')))
        {
            return -1;
        }
        var number = start - 1;
        if (char.IsAsciiLetter(text[number - 1]) && number >= 2 && char.IsAsciiDigit(text[number - 2]))
        {
            number--;
        }
        var digitsEnd = number;
        while (number > 0 && char.IsAsciiDigit(text[number - 1]))
        {
            number--;
        }
        var digits = digitsEnd - number;
        if (digits is 0 or > 5 || (number > 0 && text[number - 1] is not (' ' or '\n' or '(' or '"'))
            || Detection.Recognizers.TextScan.IsYear(text[number..digitsEnd]))
        {
            return -1;
        }
        return Detection.Recognizers.StreetAddressRecognizer.UnitPrefixStart(text, number); // "Flat 3, " belongs to the line
    }

    // A street line opens with its house number when one follows ordinary lower-case words the network ran into it
    // ("address on file 580 Maple Ave"); a street type before a number stays ("calle 5 de Mayo" is no ordinary word).
    // Returns the offset of the house number, 0 when nothing is cut.
    public static int StreetNumberStart(ReadOnlySpan<char> span, LexiconPrior? lexicon)
    {
        var i = 0;
        while (i < span.Length && char.IsLower(span[i]))
        {
            var wordEnd = span[i..].IndexOfAny(' ', '\t') is var k and >= 0 ? i + k : span.Length;
            var word = span[i..wordEnd];
            if (!NameEdges.IsAllLowerWord(word) || !(word.Length <= 2 || lexicon?.IsOrdinary(word, opensSentence: false) == true))
            {
                return 0;
            }
            i = wordEnd;
            while (i < span.Length && span[i] is ' ' or '\t')
            {
                i++;
            }
        }
        return i < span.Length && char.IsAsciiDigit(span[i]) ? i : 0;
    }

    // Words that open a unit or building part of the line ("Unit 924", "Flat 5").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnitWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["Apt", "Apartment", "Suite", "Ste", "Unit", "Flat", "Floor", "Fl", "Room", "Rm", "Bldg", "Building", "House", "Block"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The length of a leading part of <paramref name="span"/> that is a listed person's name and no part of the street
    /// line (up to, not including, its comma), or 0: one to four capitalized words without digits, neither a street
    /// type nor a unit word, the first or last listed in <paramref name="lexicon"/> with a bonus on
    /// <paramref name="personBegin"/>, followed by a unit or a number-first street line (not by a bare house number:
    /// <c>Avenida San Martín, 228</c> is one street line).
    /// </summary>
    public static int LeadingName(ReadOnlySpan<char> span, LexiconPrior? lexicon, int personBegin)
    {
        var comma = span.IndexOf(',');
        if (lexicon is null || personBegin < 0 || comma <= 0 || span[(comma + 1)..].Trim().IsEmpty)
        {
            return 0;
        }
        var part = span[..comma].TrimEnd();
        return IsPlainNamePart(part, 4) && OpensStreetLine(span[(comma + 1)..].Trim()) && (lexicon.HasBonus(FirstWord(part), personBegin) || lexicon.HasBonus(LastWord(part), personBegin))
            ? part.Length
            : 0;
    }

    /// <summary>
    /// Where the street line in <paramref name="span"/> ends when the parts after it are place names (one to three
    /// capitalized words without digits, no unit) and the part before them ends with a street type
    /// (<c>918 Juniper Court, Boise</c> ends after <c>Court</c>); the span's length otherwise.
    /// </summary>
    public static int StreetEnd(ReadOnlySpan<char> span)
    {
        var end = span.Length;
        while (span[..end].LastIndexOf(',') is var comma and > 0 && IsPlainNamePart(span[(comma + 1)..end].Trim(), 3))
        {
            var before = span[..comma].TrimEnd();
            if (StreetTypes.Contains(LastWord(before).TrimEnd('.')))
            {
                return before.Length;
            }
            end = comma;
        }
        return span.Length;
    }

    /// <summary>
    /// The town written after a street line that ends at <paramref name="streetEnd"/> and a comma (<c>88 Orchard Road,
    /// Singapore.</c>, <c>2210 Cedar Ridge Drive, Boise, ID 83702</c>): its start and end in <paramref name="text"/>,
    /// and the end of a state code written after it without a comma (<c>Springfield IL 62704</c>; the town's end when
    /// none), or start -1. One to three capitalized words (no street type, unit word or ordinary word: <c>Thanks!</c>)
    /// that end the text or stand before punctuation, a line break or a postcode, never before a lower-case word
    /// (<c>12 Oak St, Maria will sign</c>).
    /// </summary>
    public static (int Start, int End, int CodeEnd) TownAfter(ReadOnlySpan<char> text, int streetEnd, LexiconPrior? lexicon)
    {
        if (streetEnd >= text.Length || text[streetEnd] != ',' || lexicon is null)
        {
            return (-1, 0, 0);
        }
        var start = streetEnd + 1;
        while (start < text.Length && text[start] == ' ' && start - streetEnd <= 2)
        {
            start++;
        }
        var stop = start;
        while (stop < text.Length && (char.IsLetter(text[stop]) || text[stop] is ' ' or '-' or '\'' or '\u2019'))
        {
            stop++;
        }
        if (stop < text.Length && !(char.IsPunctuation(text[stop]) || char.IsAsciiDigit(text[stop]) || text[stop] is '\n' or '\r'))
        {
            return (-1, 0, 0);
        }
        var part = text[start..stop].TrimEnd(' ');
        if (start == streetEnd + 1 || part.Contains("  ", StringComparison.Ordinal) || !IsPlainNamePart(part, 3))
        {
            return (-1, 0, 0);
        }
        var end = start + part.Length;
        var codeEnd = end;
        var last = LastWord(part);
        if (StateCodes.IsCode(last) && last.Length < part.Length)
        {
            end = start + part[..^last.Length].TrimEnd(' ').Length;
        }
        foreach (var range in text[start..end].Split(' '))
        {
            if (lexicon.IsOrdinary(text[start..end][range], opensSentence: true))
            {
                return (-1, 0, 0);
            }
        }
        return (start, end, codeEnd);
    }

    // The street recognizer's lines (a house number, a name and a street type), whose towns the network may read as
    // no entity in a long text ("Ship it to 449 Joshuah Trail, Runteville." after paragraphs of other text).
    private static readonly Detection.Recognizers.StreetAddressRecognizer StreetRecognizer = new();

    /// <summary>
    /// Makes the town after each street line (<see cref="TownAfter"/>) a place: the street lines of
    /// <paramref name="output"/> from <paramref name="first"/> on and those the street recognizer finds in
    /// <paramref name="text"/> (<paramref name="streetLines"/> is scratch for them); a span the network gave the town
    /// exactly is retyped, with the street line's score when that is higher (<c>Singapore</c> read as an organization), a town it missed is added with the street line's
    /// score (<c>Boise</c>); a span over other edges is left as it is. A state code after the town is added as a place
    /// of its own when no span covers it.
    /// </summary>
    public static void MarkTownsAfterStreets(ReadOnlySpan<char> text, List<Detection.Detection> output, int first, LexiconPrior? lexicon, string modelName, List<Detection.Detection> streetLines)
    {
        for (var i = first; i < output.Count; i++)
        {
            var street = output[i];
            if (street.Type == EntityTypes.StreetAddress)
            {
                MarkTownAfter(text, street, output, first, i + 1, lexicon, modelName);
            }
        }
        if (lexicon is null || !text.Contains(',') || !text.ContainsAnyInRange('0', '9'))
        {
            return;
        }
        streetLines.Clear();
        StreetRecognizer.Analyze(text, default, streetLines);
        foreach (var street in streetLines)
        {
            var insertAt = first; // after the spans that start before the town: output stays ordered by start
            while (insertAt < output.Count && output[insertAt].Start <= street.End)
            {
                insertAt++;
            }
            MarkTownAfter(text, street, output, first, insertAt, lexicon, modelName);
        }
    }

    private static void MarkTownAfter(ReadOnlySpan<char> text, Detection.Detection street, List<Detection.Detection> output, int first, int insertAt, LexiconPrior? lexicon, string modelName)
    {
        if (!text[street.Start..street.End].ContainsAnyInRange('0', '9') || TownAfter(text, street.End, lexicon) is not { Start: >= 0 } town)
        {
            return;
        }
        if (!Covers(output, first, town.Start, town.End))
        {
            output.Insert(insertAt++, new Detection.Detection(town.Start, town.End, EntityTypes.Location, street.Score, NerRecognizer.RecognizerName, modelName));
        }
        for (var j = first; j < output.Count; j++)
        {
            if (output[j].Start == town.Start && output[j].End == town.End)
            {
                // the street line's structure, not the network's doubt between types, says it is a town
                output[j] = output[j] with { Type = EntityTypes.Location, Score = MathF.Max(output[j].Score, street.Score) };
            }
        }
        if (town.CodeEnd > town.End && !Covers(output, first, town.End, town.CodeEnd))
        {
            var codeStart = town.CodeEnd - LastWord(text[town.Start..town.CodeEnd]).Length;
            output.Insert(insertAt, new Detection.Detection(codeStart, town.CodeEnd, EntityTypes.Location, street.Score, NerRecognizer.RecognizerName, modelName));
        }
    }

    private static bool Covers(List<Detection.Detection> output, int first, int start, int end)
    {
        for (var j = first; j < output.Count; j++)
        {
            if (output[j].Start < end && start < output[j].End)
            {
                return true;
            }
        }
        return false;
    }

    // A unit ("Flat 5, 27 ...") or a number-first street line ("27 Wellington Road"), not a bare house number after a
    // street's name ("Avenida San Martín, 228").
    private static bool OpensStreetLine(ReadOnlySpan<char> rest)
    {
        var first = FirstWord(rest);
        if (UnitWords.Contains(first.TrimEnd('.')))
        {
            return true;
        }
        var next = rest[first.Length..].TrimStart();
        return !first.IsEmpty && char.IsAsciiDigit(first[0]) && !next.IsEmpty && char.IsLetter(next[0]);
    }

    // Capitalized words only (letters, hyphens, apostrophes, a final period), at most maxWords, no street type or unit word.
    private static bool IsPlainNamePart(ReadOnlySpan<char> part, int maxWords)
    {
        if (part.IsEmpty)
        {
            return false;
        }
        var words = 0;
        foreach (var range in part.Split(' '))
        {
            var word = part[range];
            if (word.IsEmpty)
            {
                continue;
            }
            words++;
            var bare = word.TrimEnd('.');
            if (words > maxWords || bare.IsEmpty || !char.IsUpper(bare[0]) || UnitWords.Contains(bare) || StreetTypes.Contains(bare))
            {
                return false;
            }
            foreach (var c in bare)
            {
                if (!(char.IsLetter(c) || c is '-' or '\'' or '’'))
                {
                    return false;
                }
            }
        }
        return words > 0;
    }

    private static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> part) =>
        part.IndexOf(' ') is var space and > 0 ? part[..space] : part;

    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> part) =>
        part.LastIndexOf(' ') is var space and >= 0 ? part[(space + 1)..] : part;
}
