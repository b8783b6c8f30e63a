using PiiScan.Detection;
using Xunit;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Tests.Detection;

public class DetectionEngineTests
{
    private sealed class FixedRecognizer(params Det[] detections) : IRecognizer
    {
        public string Name => "Fixed";
        public IReadOnlyList<string> SupportedTypes => [EntityTypes.EmailAddress];
        public void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Det> results) => results.AddRange(detections);
    }

    [Fact]
    public void DetectField_BelowThreshold_Dropped()
    {
        var engine = new DetectionEngine(
            [new FixedRecognizer(new Det(0, 3, EntityTypes.Person, 0.6f, "x", "x"), new Det(4, 7, EntityTypes.EmailAddress, 0.6f, "x", "x"))],
            new DetectionPolicy(0.5f, new Dictionary<string, float> { [EntityTypes.Person] = 0.7f }));
        var results = new List<Det>();
        engine.DetectField("abc def", FieldContext.PlainText, results);
        Assert.Equal(EntityTypes.EmailAddress, Assert.Single(results).Type);
    }

    [Fact]
    public void DetectField_AllowListedValue_Dropped()
    {
        var engine = new DetectionEngine(
            [new FixedRecognizer(new Det(0, 19, EntityTypes.EmailAddress, 0.9f, "x", "x"))],
            new DetectionPolicy(allowList: ["support@example.com"]));
        var results = new List<Det>();
        engine.DetectField("support@example.com", FieldContext.PlainText, results);
        Assert.Empty(results);
    }

    [Fact]
    public void DetectField_DenyList_FindsEveryOccurrence()
    {
        var engine = new DetectionEngine([], new DetectionPolicy(denyList: [new DenyEntry("bluebird", EntityTypes.Organization, IgnoreCase: true)]));
        var results = new List<Det>();
        engine.DetectField("Bluebird and BLUEBIRD", FieldContext.PlainText, results);
        Assert.Equal([0, 13], results.Select(d => d.Start));
        Assert.All(results, d => Assert.Equal("DenyList", d.Recognizer));
    }

    [Fact]
    public void DetectField_DisabledType_Dropped()
    {
        var engine = new DetectionEngine(
            [new FixedRecognizer(new Det(0, 3, EntityTypes.EmailAddress, 0.9f, "x", "x"))],
            new DetectionPolicy(disabledTypes: ["email_address"]));
        var results = new List<Det>();
        engine.DetectField("abc", FieldContext.PlainText, results);
        Assert.Empty(results);
    }
}
