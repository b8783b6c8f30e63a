using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class BioTransitionsTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    [Theory]
    [InlineData(1, 1, 0.3f)]
    [InlineData(2, 3, 0.3f)]
    [InlineData(3, 4, 1f)]
    [InlineData(4, 5, 2.5f)]
    [InlineData(5, 6, 0.7f)]
    public void Decode_RandomScores_MatchesExhaustiveSearch(int seed, int words, float weight)
    {
        const int k = 3;
        var rng = new Random(seed);
        float[] Rand(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)-(rng.NextDouble() * 5))];
        var start = Rand(k);
        var matrix = Rand(k * k);
        var logProbs = Rand(words * k);
        var t = BioTransitions.Create(start, matrix, weight);
        var labels = new int[words];
        t.Decode(logProbs, words, labels, new int[words * k], new float[2 * k]);

        var best = float.NegativeInfinity;
        int[] bestPath = [];
        var path = new int[words];
        for (var code = 0; code < (int)Math.Pow(k, words); code++)
        {
            var c = code;
            for (var w = 0; w < words; w++)
            {
                path[w] = c % k;
                c /= k;
            }
            var score = logProbs[path[0]] + (weight * start[path[0]]);
            for (var w = 1; w < words; w++)
            {
                score += logProbs[(w * k) + path[w]] + (weight * matrix[(path[w - 1] * k) + path[w]]);
            }
            if (score > best)
            {
                best = score;
                bestPath = [.. path];
            }
        }
        Assert.Equal(bestPath, labels);
    }

    [Fact]
    public void Decode_WeightZero_IsPerWordArgmax()
    {
        var t = BioTransitions.Create([0f, -9f], [-9f, 0f, 0f, -9f], 0f);
        float[] logProbs = [-0.1f, -2f, -3f, -0.2f, -0.3f, -1f];
        var labels = new int[3];
        t.Decode(logProbs, 3, labels, new int[6], new float[4]);
        Assert.Equal([0, 1, 0], labels);
    }

    [Fact]
    public void Decode_UnlikelyTransition_OverridesWeakEvidence()
    {
        // Labels O, B, I: the second word says B (0.6) over I (0.4), but B -> B is rare and B -> I common.
        static float Ln(float x) => MathF.Log(x);
        var t = BioTransitions.Create([Ln(0.9f), Ln(0.1f), -20f], [Ln(0.9f), Ln(0.1f), -20f, Ln(0.3f), Ln(0.02f), Ln(0.68f), Ln(0.5f), Ln(0.1f), Ln(0.4f)], 0.5f);
        float[] logProbs = [-20f, Ln(0.99f), -20f, -20f, Ln(0.6f), Ln(0.4f)];
        var labels = new int[2];
        t.Decode(logProbs, 2, labels, new int[6], new float[6]);
        Assert.Equal([1, 2], labels);
    }

    [Fact]
    public void Load_NoFile_ReturnsNull() => Assert.Null(BioTransitions.Load(TestPaths.NewTempDir(), Labels));

    [Theory]
    [InlineData("""{"labels":["O","B-X"],"weight":0.3,"start":[0,0],"matrix":[[0,0],[0,0]]}""", "labels differ")]
    [InlineData("""{"labels":LABELS,"weight":0.3,"start":[0,0],"matrix":[[0,0],[0,0]]}""", "9 entries")]
    [InlineData("""{"labels":LABELS,"start":START,"matrix":MATRIX}""", "weight")]
    [InlineData("""{"labels":LABELS,"weight":-1,"start":START,"matrix":MATRIX}""", "weight")]
    [InlineData("""not json""", "not a valid transitions file")]
    public void Load_Malformed_ClearError(string json, string expected)
    {
        var dir = TestPaths.NewTempDir();
        var row = "[" + string.Join(",", Enumerable.Repeat("-1", 9)) + "]";
        json = json.Replace("LABELS", System.Text.Json.JsonSerializer.Serialize(Labels), StringComparison.Ordinal)
            .Replace("START", row, StringComparison.Ordinal)
            .Replace("MATRIX", "[" + string.Join(",", Enumerable.Repeat(row, 9)) + "]", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir, BioTransitions.FileName), json);
        var ex = Assert.Throws<PiiScanException>(() => BioTransitions.Load(dir, Labels));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("transitions file", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ShippedModel_ValidLogProbabilities()
    {
        var model = NerModel.Load(TestPaths.ShippedModel);
        var t = Assert.IsType<BioTransitions>(model.Transitions);
        Assert.Equal(model.Labels.Count, t.NumLabels);
        Assert.InRange(t.Weight, 0.01f, 2f);
    }

    [Theory]
    [InlineData("model.onnx")]
    [InlineData("vocab.txt")]
    [InlineData("labels.json")]
    [InlineData("config.json")]
    [InlineData(BioTransitions.FileName)]
    [InlineData(LexiconPrior.FileName)]
    [InlineData(HandleTypePrior.FileName)]
    public void ShippedModel_CopiedBesideExecutable_EveryRuntimeFile(string file)
    {
        // The CLI loads models/pii-ner beside piiscan.dll (copied at build and publish); a file left out of the copy
        // silently changes results (e.g. no transitions.json = per-word argmax decoding).
        var source = Path.Combine(TestPaths.ShippedModel, file);
        var beside = Path.Combine(AppContext.BaseDirectory, "models", "pii-ner", file);
        Assert.True(File.Exists(beside), $"{file} is not copied beside the executable (PiiScan.Cli.csproj)");
        Assert.Equal(File.ReadAllBytes(source), File.ReadAllBytes(beside));
    }
}
