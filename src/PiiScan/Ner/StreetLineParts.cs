using System.Collections.Frozen;

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
         "Sq", "Highway", "Hwy", "Trail", "Trl", "Mews", "Grove", "Plaza"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

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
