namespace PiiScan.Ner;

/// <summary>Reads and rewrites the word labels in <see cref="NerScratch"/> for the decoding rules.</summary>
internal static class WordLabels
{
    /// <summary>True when word <paramref name="w"/>'s label is <paramref name="begin"/> or <paramref name="inside"/> (one entity type's).</summary>
    public static bool HasLabel(NerScratch s, int w, int begin, int inside) => s.BestLabel[s.WordToken[w]] is var label && (label == begin || label == inside);

    /// <summary>
    /// The last word of the span that word <paramref name="first"/> opens: <paramref name="first"/> and the words after
    /// it labelled <paramref name="inside"/>.
    /// </summary>
    public static int RunEnd(NerScratch s, int first, int words, int inside)
    {
        var end = first;
        while (end + 1 < words && s.BestLabel[s.WordToken[end + 1]] == inside)
        {
            end++;
        }
        return end;
    }

    /// <summary>
    /// Words <paramref name="first"/>..<paramref name="last"/> become one span of the type of <paramref name="begin"/>
    /// and <paramref name="inside"/> (its first word inside too when it <paramref name="continues"/> a span before it);
    /// a word the network already gave that type keeps its score where higher, any other word takes
    /// <paramref name="score"/>.
    /// </summary>
    public static void MarkRun(NerScratch s, int first, int last, int begin, int inside, bool continues, float score)
    {
        for (var i = first; i <= last; i++)
        {
            var t = s.WordToken[i];
            s.BestScore[t] = HasLabel(s, i, begin, inside) ? MathF.Max(s.BestScore[t], score) : score;
            s.BestLabel[t] = i == first && !continues ? begin : inside;
        }
    }
}
