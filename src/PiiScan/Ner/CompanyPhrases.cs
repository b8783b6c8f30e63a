namespace PiiScan.Ner;

/// <summary>
/// Company names of two words or more (<c>models/train/company_phrases.txt</c>, lexicon.json's
/// <c>"company_phrases"</c>: <c>British Gas</c>, <c>Royal Mail</c>, <c>Marks &amp; Spencer</c>): the network missed,
/// split or read as a person or place many of them (<c>Thames Water</c> a person). Matched as written (case-sensitive,
/// with the list's spacing) from a word's start to a word's end.
/// </summary>
internal sealed class CompanyPhrases
{
    // Phrases by their first word (its leading letters and digits), longest first, so the longest match wins.
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstWord;

    /// <summary>Indexes <paramref name="phrases"/>; blank ones and those of one word are skipped.</summary>
    public CompanyPhrases(IEnumerable<string> phrases)
    {
        var byFirst = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var count = 0;
        foreach (var raw in phrases)
        {
            var phrase = raw.Trim();
            var first = FirstWordLength(phrase);
            if (first == 0 || first == phrase.Length)
            {
                continue;
            }
            var key = phrase[..first];
            if (!byFirst.TryGetValue(key, out var list))
            {
                byFirst[key] = list = [];
            }
            list.Add(phrase);
            count++;
        }
        var index = new Dictionary<string, string[]>(byFirst.Count, StringComparer.Ordinal);
        foreach (var (key, list) in byFirst)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
            index[key] = [.. list];
        }
        _byFirstWord = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Count = count;
    }

    /// <summary>Number of phrases.</summary>
    public int Count { get; }

    /// <summary>
    /// The last word of a listed phrase that starts at word <paramref name="w"/> of the value <paramref name="text"/>
    /// and ends at a word's end, or -1.
    /// </summary>
    public int EndAt(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (!_byFirstWord.TryGetValue(s.WordText(text, w), out var phrases))
        {
            return -1;
        }
        var start = s.Tokens[s.WordToken[w]].Start;
        foreach (var phrase in phrases)
        {
            if (!text[start..].StartsWith(phrase, StringComparison.Ordinal))
            {
                continue;
            }
            var end = start + phrase.Length;
            for (var last = w + 1; last < words && s.Tokens[s.WordToken[last]].Start < end; last++)
            {
                if (s.WordEnd[last] == end)
                {
                    return last;
                }
            }
        }
        return -1;
    }

    // Length of the phrase's first word: its leading letters and digits (the BERT pre-tokenizer's word).
    private static int FirstWordLength(string phrase)
    {
        var n = 0;
        while (n < phrase.Length && char.IsLetterOrDigit(phrase[n]))
        {
            n++;
        }
        return n;
    }
}
