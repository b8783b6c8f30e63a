using PiiScan.Detection;
using PiiScan.Ner;
using PiiScan.Records;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>A field's key as context for the network (<c>FieldKeyHints</c>): a short value under a hinting key leans to the key's type.</summary>
public class NerFieldKeyHintTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    /// <summary>
    /// By vocabulary id: "Como" O 0.9 / B-PERSON 0.04 / B-LOCATION 0.03 / B-ORGANIZATION 0.03 (a weak, wrong call:
    /// each type within e^5 of O), "Reed" sure O (p(O) 0.9999, beyond what the hint moves).
    /// </summary>
    private static TableLogitsBackend Backend() => new(Labels.Length, new Dictionary<long, float[]>
    {
        [5] = [0.9f, 0.04f, 0, 0.03f, 0, 0.03f],
        [6] = [0.9999f, 0.0001f],
    });

    private static NerModel CreateModel()
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Como", "Reed", "{", "}", "\"", ":", ","]);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":64}}""");
        var k = Labels.Length;
        var uniform = MathF.Log(1f / k);
        File.WriteAllText(Path.Combine(dir, BioTransitions.FileName), System.Text.Json.JsonSerializer.Serialize(new
        {
            labels = Labels,
            weight = 1.0,
            start = Enumerable.Repeat(uniform, k),
            matrix = Enumerable.Range(0, k).Select(_ => Enumerable.Repeat(uniform, k).ToArray()),
        }));
        return NerModel.Load(dir);
    }

    private static List<(string Text, string Type)> Analyze(string text, string path, string key, NerOptions? options = null)
    {
        using var ner = new NerRecognizer(CreateModel(), [Backend()], options);
        using var batch = new RecordBatch();
        batch.AddRecord(0, 0, 0, 0);
        batch.AddField(text, path, key);
        ner.Annotate(batch);
        return [.. batch.Detections.Select(d => (text[d.Start..d.End], d.Type))];
    }

    [Theory]
    [InlineData("location", "location", "Como", EntityTypes.Location)]
    [InlineData("travel.destination", "destination", "Como", EntityTypes.Location)]
    [InlineData("guest_name", "guest_name", "Como", EntityTypes.Person)]
    [InlineData("brand", "brand", "Como", EntityTypes.Organization)]
    [InlineData("vendor.name", "name", "Como", EntityTypes.Organization)] // a bare name under its object's key
    public void Annotate_HintingKey_WeakCallTakesKeysType(string path, string key, string value, string type) =>
        Assert.Equal([(value, type)], Analyze(value, path, key));

    [Theory]
    [InlineData("text", "", "Como")] // plain text: the network's O
    [InlineData("status", "status", "Como")] // a key that hints nothing
    [InlineData("name", "name", "Como")] // a bare name hints nothing
    [InlineData("location", "location", "Reed")] // a sure O stays O
    [InlineData("tenant", "tenant", "Como")] // a SaaS tenant is an account, no person
    public void Annotate_NoHintOrSureO_NoEntity(string path, string key, string value) =>
        Assert.Empty(Analyze(value, path, key));

    [Theory]
    [InlineData("location", "location")]
    [InlineData("Location", "LOCATION")] // compared without case and separators
    [InlineData("vendor.name", "name")] // a bare name under a key switched off
    [InlineData("prompt", "prompt")] // inside JSON held as text
    public void Annotate_KeySwitchedOffByPolicy_NoHint(string path, string key)
    {
        var text = key == "prompt" ? "{\"location\": \"Como\"}" : "Como";
        var options = new NerOptions { KeysWithoutHints = ["LOCATION", "vendor"] };
        Assert.Empty(Analyze(text, path, key, options));
    }

    [Fact]
    public void Annotate_JsonHeldAsText_HintPerKeyedString()
    {
        const string text = "{\"location\": \"Como\", \"status\": \"Como\"}";
        var found = Analyze(text, "prompt", "prompt");
        var (span, type) = Assert.Single(found);
        Assert.Equal(EntityTypes.Location, type);
        Assert.Equal(14, text.IndexOf(span, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("customer_name", "", EntityTypes.Person)]
    [InlineData("contactFirstName", "", EntityTypes.Person)]
    [InlineData("BILLING_CITY", "", EntityTypes.Location)]
    [InlineData("org", "", EntityTypes.Organization)]
    [InlineData("name", "contact", EntityTypes.Person)]
    [InlineData("name", "", null)]
    [InlineData("ship_to_name", "", null)]
    [InlineData("user", "", null)]
    [InlineData("state", "", null)]
    [InlineData("customer_id", "", null)]
    public void TypeOf_HeadOfKey(string key, string parent, string? expected) =>
        Assert.Equal(expected, FieldKeyHints.TypeOf(key, parent));

    [Theory]
    [InlineData("ticket.contact.name", "contact")]
    [InlineData("attendees[2].name", "attendees")]
    [InlineData("a[0][1].name", "a")]
    [InlineData("name", "")]
    public void ParentOf_ObjectKeyOfPath(string path, string expected) =>
        Assert.Equal(expected, FieldKeyParts.ParentOf(path).ToString());
}
