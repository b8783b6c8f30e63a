namespace PiiScan.Ner;

/// <summary>
/// The entity span being assembled from a value's labeled words. A lone punctuation mark never starts or ends a span:
/// it is kept only between two words that count, and only those words' scores make the span score (their mean).
/// Unknown words ([UNK]) count (a name's surname in a script the vocabulary lacks must be redacted with it), but a span
/// of unknown words only is no finding (<see cref="Known"/>).
/// </summary>
internal struct NerSpanBuilder
{
    /// <summary>Entity type, or null outside a span.</summary>
    public string? Type;

    /// <summary>UTF-16 start of the first counted word; negative until there is one.</summary>
    public int Start;

    /// <summary>UTF-16 end of the last counted word.</summary>
    public int End;

    /// <summary>Sum of the counted words' scores.</summary>
    public float ScoreSum;

    /// <summary>Counted words.</summary>
    public int Words;

    /// <summary>True when a counted word is in the vocabulary.</summary>
    public bool Known;

    /// <summary>Starts a span of <paramref name="type"/> (null: none).</summary>
    public void Begin(string? type)
    {
        Type = type;
        Start = -1;
        End = 0;
        ScoreSum = 0;
        Words = 0;
        Known = false;
    }

    /// <summary>Adds a word of the span; a punctuation mark only widens it when a counted word follows.</summary>
    public void Add(int start, int end, float score, bool punctuation, bool known)
    {
        if (Type is null || punctuation)
        {
            return;
        }
        Known |= known;
        if (Start < 0)
        {
            Start = start;
        }
        End = end;
        ScoreSum += score;
        Words++;
    }
}
