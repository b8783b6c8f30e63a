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
