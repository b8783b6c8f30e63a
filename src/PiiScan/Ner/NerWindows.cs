using System.Collections.Frozen;
using PiiScan.Text;

namespace PiiScan.Ner;

/// <summary>How a field's tokens are cut into the windows the network reads (<see cref="NerWindow"/>).</summary>
internal static class NerWindows
{
    /// <summary>
    /// Adds sliding windows of at most <paramref name="size"/> tokens, <paramref name="step"/> apart, over the field's
    /// <paramref name="count"/> tokens from <paramref name="start"/>; for JSON held as text (<see cref="JsonText"/>)
    /// also the own windows of each prose string and of each short string under a hinting key with its key
    /// (<see cref="FieldKeyHints"/>, but for the keys in <paramref name="keysOff"/>), whose predictions win for their
    /// tokens.
    /// </summary>
    public static void AddField(ReadOnlySpan<char> text, NerScratch s, int field, int start, int count, int size, int step, FrozenSet<string>? keysOff = null)
    {
        AddSliding(s.Windows, field, start, count, size, step, prose: false);
        if (!JsonKeyedStrings.LooksLikeJson(text))
        {
            return;
        }
        s.ProseRanges.Clear();
        JsonText.ProseValues(text, s.ProseRanges);
        var t = 0;
        foreach (var (proseStart, proseEnd) in s.ProseRanges)
        {
            while (t < count && s.Tokens[start + t].Start < proseStart)
            {
                t++;
            }
            var proseFirst = t;
            while (t < count && s.Tokens[start + t].Start < proseEnd)
            {
                t++;
            }
            AddSliding(s.Windows, field, start + proseFirst, t - proseFirst, size, step, prose: true);
        }
        // A short string under a key that hints a type is also read with its key alone ("contact": "Eamon Doyle"): the
        // network gave such a name 0.00 inside a record of several fields and reads the pair well.
        s.HintRanges.Clear();
        FieldKeyHints.AddHintedValues(text, default, default, json: true, s.HintRanges, keysOff);
        foreach (var (keyStart, _, valueEnd, _) in s.HintRanges)
        {
            var first = FirstTokenFrom(s, start, count, keyStart);
            var end = FirstTokenFrom(s, start, count, valueEnd);
            if (end > first && end - first <= size)
            {
                s.Windows.Add(new NerWindow(field, start + first, end - first, Prose: true));
            }
        }
    }

    // The index (from start) of the field's first token that starts at or after pos; count when none.
    private static int FirstTokenFrom(NerScratch s, int start, int count, int pos)
    {
        int lo = 0, hi = count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (s.Tokens[start + mid].Start < pos)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }

    private static void AddSliding(List<NerWindow> windows, int field, int start, int count, int size, int step, bool prose)
    {
        for (var w = 0; count > 0; w += step)
        {
            var wStart = Math.Min(w, Math.Max(0, count - size));
            windows.Add(new NerWindow(field, start + wStart, Math.Min(size, count - wStart), prose));
            if (wStart + size >= count)
            {
                break;
            }
        }
    }
}
