using System.Buffers;

namespace PiiScan.Ner;

/// <summary>
/// Horizontal rules and table delimiter rows (<c>---</c>, <c>===</c>, <c>***</c>, <c>|:---:|</c>) are read by the
/// model as spaces: the tokenizer makes every dash of <c>|------|</c> a word, and dozens of them between a table's
/// header and its rows hid the names in the rows from the network (<c>| Ana Torres | Engineer |</c> under a
/// delimiter row was not found; with the row blanked it is). A run of rule characters (<c>- = _ * ~ :</c> and the
/// box-drawing lines) that holds three line characters or more becomes spaces, char by char, so token offsets stay
/// offsets into the value; the lexicon, the span rules and the pattern recognizers still see the original text.
/// </summary>
internal static class RuleRuns
{
    private const int MinLineChars = 3;

    private static readonly SearchValues<char> RuleChars = SearchValues.Create("-=_*~:\u2500\u2501\u2550");

    /// <summary>
    /// <paramref name="view"/> (the value, or its lower-cased copy in the scratch buffer) with its rule runs blanked;
    /// the view itself when it has none. A blanked copy lives in the scratch buffer until the next call.
    /// </summary>
    public static ReadOnlySpan<char> Blank(ReadOnlySpan<char> view, NerScratch s)
    {
        var i = view.IndexOfAny(RuleChars);
        Span<char> buffer = default;
        while (i >= 0 && i < view.Length)
        {
            var end = i;
            var lineChars = 0;
            while (end < view.Length && RuleChars.Contains(view[end]))
            {
                lineChars += view[end] == ':' ? 0 : 1;
                end++;
            }
            if (lineChars >= MinLineChars)
            {
                if (buffer.IsEmpty)
                {
                    buffer = Writable(view, s);
                }
                buffer[i..end].Fill(' ');
            }
            var next = view[end..].IndexOfAny(RuleChars);
            i = next < 0 ? -1 : end + next;
        }
        return buffer.IsEmpty ? view : buffer;
    }

    // The scratch buffer holding the view: the view itself when it already lives there, else a copy.
    private static Span<char> Writable(ReadOnlySpan<char> view, NerScratch s) =>
        view.Overlaps(s.ModelText) ? s.ModelText.AsSpan(0, view.Length) : s.CopyToModelText(view);
}
