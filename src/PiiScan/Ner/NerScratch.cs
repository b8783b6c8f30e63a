namespace PiiScan.Ner;

/// <summary>Per-worker buffers for <see cref="NerRecognizer"/>, reused across batches.</summary>
internal sealed class NerScratch
{
    public List<NerToken> Tokens { get; } = new();
    public List<(int Start, int Length)> Words { get; } = new();
    public List<NerWindow> Windows { get; } = new();
    public List<(int Start, int End)> ProseRanges { get; } = new();
    public List<(int Start, int End)> KeyRanges { get; } = new();
    public List<(int KeyStart, int Start, int End, string Type)> HintRanges { get; } = new();
    public List<int> FieldTokenStart { get; } = new();
    public List<int> FieldTokenCount { get; } = new();
    public List<Detection.Detection> FieldDetections { get; } = new();
    public List<Detection.Detection> AllDetections { get; } = new();
    public List<Detection.Detection> StreetLines { get; } = new();
    public int[] BestLabel = [];
    public float[] BestScore = [];
    public int[] BestCentrality = [];
    public List<(int First, int Count, int SeqLen)> BatchRanges { get; } = new();
    private readonly List<NerBatchBuffers> _batches = new();

    // Viterbi decoding (models with transitions): log-probabilities per token of the chosen window and per-field word
    // buffers.
    public float[] BestLogProbs = [];
    public float[] WordLogProbs = [];
    public int[] WordToken = [];
    public int[] WordEnd = [];
    public int[] Back = [];
    public float[] ViterbiScore = [];

    // Decoding units (a word, or a mention or hashtag: sigil + word, see SigilUnit): log-probabilities, first word,
    // sigil ('\0' for a plain word) and label of each unit.
    public float[] UnitLogProbs = [];
    public int[] UnitWord = [];
    public char[] UnitSigil = [];
    public int[] UnitLabel = [];

    // The value as the model reads it when that differs from the value: lower-cased capitals (ShoutedText), rules
    // blanked (RuleRuns).
    public char[] ModelText = [];

    /// <summary>The model-text buffer, grown to at least <paramref name="length"/> chars, as a span of that length.</summary>
    public Span<char> ModelTextOf(int length)
    {
        if (ModelText.Length < length)
        {
            ModelText = new char[Math.Max(length, ModelText.Length * 2)];
        }
        return ModelText.AsSpan(0, length);
    }

    /// <summary>A copy of <paramref name="value"/> in the model-text buffer.</summary>
    public Span<char> CopyToModelText(ReadOnlySpan<char> value)
    {
        var copy = ModelTextOf(value.Length);
        value.CopyTo(copy);
        return copy;
    }

    /// <summary>The text of word <paramref name="w"/> of the value <paramref name="text"/> (after CollectWords).</summary>
    public ReadOnlySpan<char> WordText(ReadOnlySpan<char> text, int w) => text[Tokens[WordToken[w]].Start..WordEnd[w]];

    /// <summary>The text between word <paramref name="w"/> and word <paramref name="w"/> + 1 (empty when they touch).</summary>
    public ReadOnlySpan<char> GapAfter(ReadOnlySpan<char> text, int w) => text[WordEnd[w]..Tokens[WordToken[w + 1]].Start];

    /// <summary>True when word <paramref name="w"/> + 1 follows word <paramref name="w"/> with nothing between them.</summary>
    public bool TouchesNext(int w) => WordEnd[w] == Tokens[WordToken[w + 1]].Start;

    /// <summary>
    /// True when a glued possessive <c>'s</c> (or <c>’s</c>) follows word <paramref name="w"/> of the value's
    /// <paramref name="words"/> words (<c>Maria's</c>, <c>Macy's</c>).
    /// </summary>
    public bool PossessiveAfter(ReadOnlySpan<char> text, int w, int words) =>
        w + 2 < words && TouchesNext(w) && WordText(text, w + 1) is "'" or "\u2019" && TouchesNext(w + 1) && WordText(text, w + 2) is "s";

    public void EnsureLogProbs(int tokens, int numLabels)
    {
        if (BestLogProbs.Length < tokens * numLabels)
        {
            BestLogProbs = new float[Math.Max(tokens * numLabels, BestLogProbs.Length * 2)];
        }
    }

    /// <summary>The buffers of the <paramref name="slot"/>-th concurrent inference call.</summary>
    public NerBatchBuffers Batch(int slot)
    {
        while (_batches.Count <= slot)
        {
            _batches.Add(new NerBatchBuffers());
        }
        return _batches[slot];
    }

    public void EnsureWords(int words, int numLabels)
    {
        if (WordToken.Length < words)
        {
            var size = Math.Max(words, WordToken.Length * 2);
            WordToken = new int[size];
            WordEnd = new int[size];
            UnitWord = new int[size];
            UnitSigil = new char[size];
            UnitLabel = new int[size];
        }
        if (WordLogProbs.Length < words * numLabels)
        {
            var size = Math.Max(words * numLabels, WordLogProbs.Length * 2);
            WordLogProbs = new float[size];
            UnitLogProbs = new float[size];
            Back = new int[size];
        }
        if (ViterbiScore.Length < 2 * numLabels)
        {
            ViterbiScore = new float[2 * numLabels];
        }
    }

    public void EnsureTokens(int n)
    {
        if (BestLabel.Length < n)
        {
            var size = Math.Max(n, BestLabel.Length * 2);
            BestLabel = new int[size];
            BestScore = new float[size];
            BestCentrality = new int[size];
        }
    }
}
