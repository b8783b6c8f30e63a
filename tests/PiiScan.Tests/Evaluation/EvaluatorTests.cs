using PiiScan.Detection;
using PiiScan.Evaluation;
using Xunit;

namespace PiiScan.Tests.Evaluation;

public class EvaluatorTests
{
    private const string Text = "write ann@example.com or bob@example.org";
    private static readonly Evaluator PatternsOnly = new(new DetectionEngine(RecognizerCatalog.CreateDefault()), ner: null);

    [Fact]
    public void Evaluate_PredictionInsideUnscoredRange_NeitherHitNorFalsePositive()
    {
        var gold = new[] { new GoldSpan(6, 21, EntityTypes.EmailAddress) };
        var bob = Text.IndexOf("bob", StringComparison.Ordinal);
        var scored = new LabeledExample(Text, gold);
        var skipped = new LabeledExample(Text, gold, [new UnscoredRange(bob, Text.Length)]);

        var before = PatternsOnly.Evaluate([scored]);
        var after = PatternsOnly.Evaluate([skipped]);

        Assert.Equal((1, 1, 0), Counts(before.Exact[EntityTypes.EmailAddress]));
        Assert.Equal(0, before.UnscoredPredictions);
        Assert.Equal((1, 0, 0), Counts(after.Exact[EntityTypes.EmailAddress]));
        Assert.Equal(1, after.UnscoredPredictions);
    }

    [Fact]
    public void Evaluate_ExampleWithKey_ValueReadUnderItsKey()
    {
        // "Ibadan" under "city" is a place by its key (FieldKeyRecognizer); as plain text, patterns find nothing.
        var path = Path.Combine(TestPaths.NewTempDir(), "keyed.jsonl");
        File.WriteAllText(path, """
            {"key": "city", "text": "Ibadan", "spans": [{"start": 0, "end": 6, "type": "LOCATION"}]}
            {"text": "Ibadan", "spans": [{"start": 0, "end": 6, "type": "LOCATION"}]}
            """);
        var examples = LabeledDataReader.Read(path, new Dictionary<string, string>());
        Assert.Equal(["city", ""], examples.Select(e => e.Key));
        Assert.Equal((1, 0, 1), Counts(PatternsOnly.Evaluate(examples).Exact[EntityTypes.Location]));
    }

    [Fact]
    public void Evaluate_PredictionOnlyPartlyInsideUnscoredRange_StillScored()
    {
        var bob = Text.IndexOf("bob", StringComparison.Ordinal);
        var example = new LabeledExample(Text, [new GoldSpan(6, 21, EntityTypes.EmailAddress)], [new UnscoredRange(bob, bob + 3)]);

        var result = PatternsOnly.Evaluate([example]);

        Assert.Equal((1, 1, 0), Counts(result.Exact[EntityTypes.EmailAddress]));
        Assert.Equal(0, result.UnscoredPredictions);
    }

    private static (long Tp, long Fp, long Fn) Counts(TypeMetrics m) => (m.Tp, m.Fp, m.Fn);
}
