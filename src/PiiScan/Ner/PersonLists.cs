namespace PiiScan.Ner;

/// <summary>
/// A PERSON span the model ran across commas or semicolons (<c>Jeffrey Synder, Ryan Hinze</c>) is a list of people
/// when every part has at least two words; it is then reported as one finding per person, so each lands in the
/// subject index on its own. <c>Lenhart, Matthew</c> (one word each side: "Last, First") stays one name.
/// </summary>
internal static class PersonLists
{
    private static readonly System.Buffers.SearchValues<char> Separators = System.Buffers.SearchValues.Create(",;");

    /// <summary>True when <paramref name="span"/> has two or more separated parts, each of two or more words.</summary>
    public static bool IsListOfFullNames(ReadOnlySpan<char> span)
    {
        if (span.IndexOfAny(Separators) < 0)
        {
            return false;
        }
        var pos = 0;
        var parts = 0;
        while (NextPart(span, ref pos, out var start, out var end))
        {
            if (CountWords(span[start..end]) < 2)
            {
                return false;
            }
            parts++;
        }
        return parts >= 2;
    }

    /// <summary>
    /// The next separated part of <paramref name="span"/> from <paramref name="pos"/>, trimmed of white space, as
    /// offsets into the span; false when no part is left.
    /// </summary>
    public static bool NextPart(ReadOnlySpan<char> span, ref int pos, out int start, out int end)
    {
        while (pos <= span.Length)
        {
            var rest = span[pos..];
            var sep = rest.IndexOfAny(Separators);
            var partEnd = sep < 0 ? span.Length : pos + sep;
            start = pos;
            end = partEnd;
            pos = partEnd + 1;
            while (start < end && char.IsWhiteSpace(span[start]))
            {
                start++;
            }
            while (end > start && char.IsWhiteSpace(span[end - 1]))
            {
                end--;
            }
            if (end > start)
            {
                return true;
            }
        }
        start = end = 0;
        return false;
    }

    /// <summary>
    /// True when the span <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] has a comma and
    /// <c>and</c> and a capitalized word follow it (<c>Priya, Sanjay</c> before <c>and Meena</c>, <c>Ana, Luis</c>
    /// before <c>, and Marta</c>): it is the head of a series of names, not a "Last, First" name.
    /// </summary>
    public static bool OpensSeries(ReadOnlySpan<char> text, int start, int end)
    {
        if (text[start..end].IndexOf(',') < 0)
        {
            return false;
        }
        var rest = text[end..];
        rest = rest.StartsWith(", ", StringComparison.Ordinal) ? rest[2..] : rest.TrimStart(' ');
        return rest.StartsWith("and ", StringComparison.Ordinal) && rest.Length > 4 && char.IsUpper(rest[4]);
    }

    private static int CountWords(ReadOnlySpan<char> part)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in part)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                words++;
            }
            inWord = !space;
        }
        return words;
    }
}
