using PiiScan.Detection;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>The recognizer with a model that ships <c>transitions.json</c>: labels come from the Viterbi path.</summary>
public class NerViterbiDecodingTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    /// <summary>By vocabulary id: "Jane" sure B-PERSON, "Doe" B-PERSON 0.6 / I-PERSON 0.4, "Paris" B-LOCATION.</summary>
    private static TableLogitsBackend Backend() => new(Labels.Length, new Dictionary<long, float[]>
    {
        [5] = [0, 1],
        [6] = [0, 0.6f, 0.4f],
        [8] = [0, 0, 0, 1],
    });

    private static NerModel CreateModel(bool withTransitions)
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Jane", "Doe", "x", "Paris", "in", "lives", "."]);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":16}}""");
        if (withTransitions)
        {
            // B-PERSON -> B-PERSON is rare, B-PERSON -> I-PERSON common; everything else uniform.
            var k = Labels.Length;
            var uniform = MathF.Log(1f / k);
            var rows = new List<float[]>();
            for (var i = 0; i < k; i++)
            {
                var row = Enumerable.Repeat(uniform, k).ToArray();
                if (i == 1)
                {
                    row[1] = MathF.Log(0.01f);
                    row[2] = MathF.Log(0.6f);
                }
                rows.Add(row);
            }
            File.WriteAllText(Path.Combine(dir, BioTransitions.FileName), System.Text.Json.JsonSerializer.Serialize(new
            {
                labels = Labels,
                weight = 1.0,
                start = Enumerable.Repeat(uniform, k),
                matrix = rows,
            }));
        }
        return NerModel.Load(dir);
    }

    private static List<(string Text, string Type, float Score)> Analyze(string text, bool withTransitions, NerOptions? options = null)
    {
        using var ner = new NerRecognizer(CreateModel(withTransitions), [Backend()], options);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(text, results);
        return [.. results.Select(d => (text[d.Start..d.End], d.Type, d.Score))];
    }

    [Fact]
    public void AnalyzeText_NoTransitions_SecondNameWordStartsNewSpan()
    {
        // Two spaces: the rule that joins a surname to a one-word name after a single space does not apply.
        var found = Analyze("Jane  Doe lives in Paris.", withTransitions: false);
        Assert.Equal(["Jane", "Doe", "Paris"], found.Select(f => f.Text));
    }

    [Fact]
    public void AnalyzeText_NoTransitions_SurnameAfterOneSpaceJoinsTheName()
    {
        var found = Analyze("Jane Doe lives in Paris.", withTransitions: false);
        Assert.Equal(["Jane Doe", "Paris"], found.Select(f => f.Text));
    }

    [Fact]
    public void AnalyzeText_Transitions_RareBeginAfterBeginReadAsContinuation()
    {
        var found = Analyze("Jane Doe lives in Paris.", withTransitions: true);
        Assert.Equal(["Jane Doe", "Paris"], found.Select(f => f.Text));
        Assert.Equal(EntityTypes.Person, found[0].Type);
        // A word's score is its type's probability, B- and I- together: "Doe" is PERSON with ~1.0.
        Assert.InRange(found[0].Score, 0.99f, 1.0f);
        Assert.Equal(EntityTypes.Location, found[1].Type);
    }

    [Fact]
    public void AnalyzeText_TransitionsAcrossWindows_SameSpansAsOneWindow()
    {
        var text = string.Join(' ', Enumerable.Repeat("x", 40)) + " Jane Doe lives in Paris. " + string.Join(' ', Enumerable.Repeat("x", 40));
        var windowed = Analyze(text, withTransitions: true, new NerOptions { WindowTokens = 16, OverlapTokens = 4 });
        Assert.Equal(["Jane Doe", "Paris"], windowed.Select(f => f.Text));
    }

    [Fact]
    public void Load_TransitionsLabelsDiffer_ClearError()
    {
        var model = CreateModel(withTransitions: true);
        var path = Path.Combine(model.Directory, "labels.json");
        File.WriteAllText(path, """["O","B-PERSON","I-PERSON"]""");
        var ex = Assert.Throws<PiiScanException>(() => NerModel.Load(model.Directory));
        Assert.Contains("labels differ from labels.json", ex.Message, StringComparison.Ordinal);
    }
}
