using PiiScan.Text;

namespace PiiScan.Ner;

/// <summary>
/// A value that holds a JSON object or array as text (a request body or tool arguments logged as a string). The
/// network was trained on prose and on key-value records: it reads <c>{"name": "…", "city": "…"}</c> well, keys being
/// context, but chat messages wrapped in JSON badly (<c>{"role": "user", "content": "my neighbour Derek Walsh …"}</c>
/// gave no finding). So a string value of <see cref="MinProseWords"/> words or more is read on its own, in its own
/// windows, and the rest as before; escapes (<c>\n</c>, <c>\"</c>, <c>\u00e9</c>) are read as spaces, char by char, so
/// token offsets stay offsets into the value; a quote between two words is a cell break for the decoder, so no span
/// runs from one string into the next; and a key is never an entity (the network read <c>"caller": "Denise"</c> as
/// the person <c>caller</c>).
/// </summary>
internal static class JsonText
{
    /// <summary>Words that make a string value prose, read on its own (a name, an address or a city has fewer).</summary>
    public const int MinProseWords = 8;

    /// <summary>
    /// <paramref name="view"/> (the value as the model reads it so far) with the escapes inside its strings blanked
    /// when <paramref name="original"/> looks like JSON; the view itself otherwise. A blanked copy lives in the
    /// scratch buffer until the next call.
    /// </summary>
    public static ReadOnlySpan<char> BlankEscapes(ReadOnlySpan<char> original, ReadOnlySpan<char> view, NerScratch s)
    {
        if (!JsonKeyedStrings.LooksLikeJson(original) || !original.Contains('\\'))
        {
            return view;
        }
        var buffer = view.Overlaps(s.ModelText) ? s.ModelText.AsSpan(0, view.Length) : s.CopyToModelText(view);
        var pos = 0;
        while (NextString(original, ref pos, out var start, out var end, out _))
        {
            for (var j = start; j < end; j++)
            {
                if (original[j] == '\\')
                {
                    var escapeEnd = Math.Min(end, j + (j + 1 < end && original[j + 1] == 'u' ? 6 : 2));
                    buffer[j..escapeEnd].Fill(' ');
                    j = escapeEnd - 1;
                }
            }
        }
        return buffer;
    }

    /// <summary>
    /// Adds the content ranges (inside the quotes) of the string values of <paramref name="json"/> that are prose:
    /// no keys, <see cref="MinProseWords"/> words or more.
    /// </summary>
    public static void ProseValues(ReadOnlySpan<char> json, List<(int Start, int End)> ranges)
    {
        var pos = 0;
        while (NextString(json, ref pos, out var start, out var end, out var isKey))
        {
            if (!isKey && CountWords(json[start..end]) >= MinProseWords)
            {
                ranges.Add((start, end));
            }
        }
    }

    /// <summary>Adds the content ranges (inside the quotes) of the keys of <paramref name="json"/>: field names, never entities.</summary>
    public static void Keys(ReadOnlySpan<char> json, List<(int Start, int End)> ranges)
    {
        var pos = 0;
        while (NextString(json, ref pos, out var start, out var end, out var isKey))
        {
            if (isKey)
            {
                ranges.Add((start, end));
            }
        }
    }

    // The next string from pos: its content range and whether a colon follows it (a key); pos moves past it.
    private static bool NextString(ReadOnlySpan<char> text, ref int pos, out int start, out int end, out bool isKey)
    {
        start = end = 0;
        isKey = false;
        var open = text[pos..].IndexOf('"');
        if (open < 0)
        {
            pos = text.Length;
            return false;
        }
        (start, end, var colon) = JsonKeyedStrings.ReadString(text, pos + open);
        isKey = colon >= 0;
        pos = Math.Min(text.Length, end + 1);
        return true;
    }

    /// <summary>Runs of letters and digits in <paramref name="text"/>.</summary>
    public static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words;
    }
}
