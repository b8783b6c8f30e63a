using System.Collections.Frozen;
using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>
/// Codes of US states, Canadian provinces and Australian states and territories after a town: <c>Hartford CT</c>,
/// <c>Austin, TX 78701</c>, <c>Ultimo NSW</c>. The code is a place of its own (the gold convention of the hand-written
/// sets, and what a DSR lookup by state needs); <c>DC</c> is not listed, so <c>Washington DC</c> stays one city.
/// </summary>
internal static class StateCodes
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Codes =
        FrozenSet.Create(StringComparer.Ordinal,
            ["AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
             "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
             "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "AB", "BC", "MB", "NB", "NL", "NS", "ON",
             "PE", "QC", "SK", "NSW", "VIC", "QLD", "TAS", "ACT", "NT"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> is a listed state, province or territory code.</summary>
    public static bool IsCode(ReadOnlySpan<char> word) => Codes.Contains(word);

    /// <summary>
    /// A place span that ends in a code after another word ("Hartford CT") is two places: the offset of the code in
    /// <paramref name="span"/>, else -1.
    /// </summary>
    public static int Trailing(ReadOnlySpan<char> span)
    {
        var space = span.LastIndexOf(' ');
        if (space <= 0 || span.Length - space is not (3 or 4) || !Codes.Contains(span[(space + 1)..]))
        {
            return -1;
        }
        var before = span[..space].TrimEnd(' ').TrimEnd(',').TrimEnd(' ');
        return before.IsEmpty || !char.IsLetter(before[^1]) ? -1 : space + 1;
    }

    /// <summary>
    /// The code written after a place that ends at <paramref name="placeEnd"/> and a comma (<c>Austin, TX 78701</c>,
    /// <c>Portland, OR</c>): its offset and length in <paramref name="text"/>, or -1. The code must end the text or be
    /// followed by punctuation, a postcode, a line break or a lower-case word; before a capitalized word it is more
    /// likely a word of an ALL-CAPS sentence (<c>PARIS, IN THE SPRING</c>) or the start of another name.
    /// </summary>
    public static (int Start, int Length) AfterComma(ReadOnlySpan<char> text, int placeEnd)
    {
        var i = placeEnd;
        if (i >= text.Length || text[i] != ',')
        {
            return (-1, 0);
        }
        i++;
        var spaces = 0;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
            spaces++;
        }
        var start = i;
        while (i < text.Length && char.IsAsciiLetterUpper(text[i]))
        {
            i++;
        }
        if (spaces is not (1 or 2) || !Codes.Contains(text[start..i]) || (i < text.Length && char.IsLetterOrDigit(text[i])))
        {
            return (-1, 0);
        }
        return FollowedWell(text[i..]) ? (start, i - start) : (-1, 0);
    }

    // What may come after a code: nothing, punctuation, a line break, or a space and a postcode or a lower-case word.
    private static bool FollowedWell(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || rest[0] is '\n' or '\r' || char.IsPunctuation(rest[0]))
        {
            return true;
        }
        var next = rest.TrimStart(' ');
        return next.IsEmpty || (next.Length < rest.Length && (char.IsAsciiDigit(next[0]) || char.IsLower(next[0]) || next[0] is '\n' or '\r'));
    }

    /// <summary>
    /// Adds a place for each code written after a comma behind a place span of <paramref name="output"/> from
    /// <paramref name="first"/> on (<see cref="AfterComma"/>: <c>Austin, TX 78701</c>), unless a span covers it
    /// already; the code gets the place's score.
    /// </summary>
    public static void AddAfterPlaces(ReadOnlySpan<char> text, List<Detection.Detection> output, int first, string modelName)
    {
        for (var i = first; i < output.Count; i++)
        {
            var place = output[i];
            if (place.Type != EntityTypes.Location || AfterComma(text, place.End) is not { Start: >= 0 } code)
            {
                continue;
            }
            var codeEnd = code.Start + code.Length;
            if (i + 1 < output.Count && output[i + 1].Start < codeEnd)
            {
                continue;
            }
            output.Insert(i + 1, new Detection.Detection(code.Start, codeEnd, EntityTypes.Location, place.Score, NerRecognizer.RecognizerName, modelName));
            i++;
        }
    }
}
