using PiiScan.Detection;
using PiiScan.Inference;
using PiiScan.Ner;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Ner;

public class NerRecognizerTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    /// <summary>Labels tokens by vocabulary: "Jane"/"Doe" PERSON, "Paris" LOCATION, everything else O.</summary>
    private sealed class VocabBackend(Dictionary<long, int> labelOfId, InFlight? inFlight = null) : IInferenceBackend
    {
        public int Calls;
        public int MaxSeqLen;
        public string Name => "fake";
        public string Device => "fake";
        public int NumLabels => Labels.Length;

        public void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores)
        {
            Interlocked.Increment(ref Calls);
            inFlight?.Enter();
            MaxSeqLen = Math.Max(MaxSeqLen, seqLen);
            for (var i = 0; i < batch * seqLen; i++)
            {
                labels[i] = labelOfId.TryGetValue(inputIds[i], out var l) ? l : 0;
                scores[i] = 0.9f;
            }
            inFlight?.Leave();
        }

        public void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits) => throw new NotSupportedException();

        public void Dispose()
        {
        }
    }

    /// <summary>Counts calls running at the same time across backends.</summary>
    private sealed class InFlight
    {
        private int _now;
        public int Max;

        public void Enter()
        {
            var now = Interlocked.Increment(ref _now);
            int max;
            while (now > (max = Volatile.Read(ref Max)) && Interlocked.CompareExchange(ref Max, now, max) != max)
            {
            }
            Thread.Sleep(5); // long enough for a concurrent call to start
        }

        public void Leave() => Interlocked.Decrement(ref _now);
    }

    private static (NerModel Model, VocabBackend Backend) CreateModel()
    {
        var dir = TestPaths.NewTempDir();
        string[] vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Jane", "Do", "##e", "Paris", "in", "lives", ".", ",", "and", "x", "@", "jd", "##77"];
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), vocab);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":16}}""");
        var backend = new VocabBackend(new Dictionary<long, int> { [5] = 1, [6] = 2, [7] = 2, [8] = 3 });
        return (NerModel.Load(dir), backend);
    }

    // Runs the test model with a backend that labels vocabulary ids as given (others O).
    private static List<PiiScan.Detection.Detection> Analyze(string text, Dictionary<long, int> labelOfId)
    {
        var (model, _) = CreateModel();
        using var ner = new NerRecognizer(model, [new VocabBackend(labelOfId)]);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(text, results);
        return results;
    }

    [Fact]
    public void AnalyzeText_NameAndPlace_SpansInOriginalOffsets()
    {
        var (model, backend) = CreateModel();
        using var ner = new NerRecognizer(model, [backend]);
        var results = new List<PiiScan.Detection.Detection>();
        const string text = "😀 Jane  Doe lives in Paris.";
        ner.AnalyzeText(text, results);
        Assert.Equal(2, results.Count);
        Assert.Equal("Jane  Doe", text[results[0].Start..results[0].End]);
        Assert.Equal(EntityTypes.Person, results[0].Type);
        Assert.Equal("Paris", text[results[1].Start..results[1].End]);
        Assert.Equal(EntityTypes.Location, results[1].Type);
        Assert.Equal(NerRecognizer.RecognizerName, results[0].Recognizer);
    }

    [Fact]
    public void Annotate_LongValue_SlidingWindowsCoverEveryToken()
    {
        var (model, backend) = CreateModel();
        using var ner = new NerRecognizer(model, [backend], new NerOptions { WindowTokens = 16, OverlapTokens = 4 });
        var words = Enumerable.Repeat("x", 60).ToList();
        words[3] = "Paris";
        words[30] = "Paris";
        words[58] = "Paris";
        var text = string.Join(' ', words);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(text, results);
        Assert.Equal(3, results.Count);
        Assert.All(results, d => Assert.Equal("Paris", text[d.Start..d.End]));
        Assert.True(backend.MaxSeqLen <= 16);
    }

    [Fact]
    public void Annotate_LongValueWithSeveralBackends_BatchesShareThemWithTheSameResult()
    {
        // Many small batches of one value: idle backends run them at once, and the windows are merged in batch order.
        var words = Enumerable.Range(0, 400).Select(i => i % 7 == 3 ? "Paris" : i % 11 == 5 ? "Jane" : "x").ToList();
        var text = string.Join(' ', words);
        var options = new NerOptions { WindowTokens = 16, OverlapTokens = 4, MaxBatchSequences = 2 };
        var (model, single) = CreateModel();
        using var one = new NerRecognizer(model, [single], options);
        var expected = new List<PiiScan.Detection.Detection>();
        one.AnalyzeText(text, expected);
        var labels = new Dictionary<long, int> { [5] = 1, [6] = 2, [7] = 2, [8] = 3 };
        var inFlight = new InFlight();
        VocabBackend[] three = [new(labels, inFlight), new(labels, inFlight), new(labels, inFlight)];
        using var many = new NerRecognizer(model, three, options);
        var actual = new List<PiiScan.Detection.Detection>();
        many.AnalyzeText(text, actual);
        Assert.Equal(expected, actual);
        Assert.Equal(single.Calls, three.Sum(b => b.Calls));
        Assert.True(inFlight.Max > 1, "the batches of one value never ran at the same time");
    }

    [Fact]
    public void Annotate_BackendFailsWhileBatchesRunAtOnce_ItsOwnErrorSurfaces()
    {
        var text = string.Join(' ', Enumerable.Repeat("x Paris", 200));
        var (model, ok) = CreateModel();
        using var ner = new NerRecognizer(model, [ok, new FailingBackend(), ok], new NerOptions { WindowTokens = 16, OverlapTokens = 4, MaxBatchSequences = 2 });
        var e = Assert.Throws<InvalidOperationException>(() => ner.AnalyzeText(text, []));
        Assert.Equal("backend failed", e.Message);
    }

    private sealed class FailingBackend : IInferenceBackend
    {
        public string Name => "failing";
        public string Device => "fake";
        public int NumLabels => Labels.Length;

        public void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores) =>
            throw new InvalidOperationException("backend failed");

        public void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits) =>
            throw new InvalidOperationException("backend failed");

        public void Dispose()
        {
        }
    }

    [Fact]
    public void Annotate_Batch_DetectionsGroupedPerField()
    {
        var (model, backend) = CreateModel();
        using var ner = new NerRecognizer(model, [backend]);
        using var batch = new RecordBatch();
        batch.AddRecord(0, 0, 0, 0);
        batch.AddField("Jane Doe", "a", "a");
        batch.AddField("12345", "b", "b");
        batch.AddRecord(1, 0, 0, 0);
        batch.AddField("in Paris", "c", "c");
        ner.Annotate(batch);
        Assert.Equal(1, batch.Fields[0].DetectionCount);
        Assert.Equal(0, batch.Fields[1].DetectionCount);
        Assert.Equal(1, batch.Fields[2].DetectionCount);
        Assert.Equal(EntityTypes.Location, batch.FieldDetections(2)[0].Type);
        Assert.Equal(3, batch.FieldDetections(2)[0].Start);
    }

    [Fact]
    public void AnalyzeText_PiecesOfOneWordDisagree_WordTakesFirstPieceLabel()
    {
        // "Do" says B-PERSON, its continuation "##e" says B-LOCATION: the word stays one PERSON span.
        var results = Analyze("x Doe x", new Dictionary<long, int> { [6] = 1, [7] = 3 });
        var d = Assert.Single(results);
        Assert.Equal((2, 5, EntityTypes.Person), (d.Start, d.End, d.Type));
    }

    [Theory]
    // a mention keeps its `@` and may hold digits
    [InlineData("x @jd77 x", 1, "@jd77")]
    // the same word without `@` is not a person's name
    [InlineData("x jd77 x", 1, null)]
    public void AnalyzeText_HandleWithDigits_PersonOnlyAsMention(string text, int atLabel, string? expected)
    {
        var results = Analyze(text, new Dictionary<long, int> { [15] = atLabel, [16] = text.Contains('@') ? 2 : 1, [17] = 2 });
        Assert.Equal(expected, results.Count == 0 ? null : text[results[0].Start..results[0].End]);
        Assert.True(results.Count <= 1);
    }

    [Theory]
    // only unknown words (all [UNK]): dropped
    [InlineData("x Zorblax x", 1, null)]
    // a known word anchors the span; unknown words inside it stay
    [InlineData("x Jane Zorblax x", 2, "Jane Zorblax")]
    public void AnalyzeText_SpanOfUnknownWords_DroppedUnlessAnchoredByKnownWord(string text, int unkLabel, string? expected)
    {
        var results = Analyze(text, new Dictionary<long, int> { [1] = unkLabel, [5] = 1 });
        Assert.True(results.Count <= 1);
        Assert.Equal(expected, results.Count == 0 ? null : text[results[0].Start..results[0].End]);
    }

    [Fact]
    public void Load_MissingFiles_ClearError()
    {
        var ex = Assert.Throws<PiiScanException>(() => NerModel.Load(TestPaths.NewTempDir()));
        Assert.Contains("--model", ex.Message);
    }
}
