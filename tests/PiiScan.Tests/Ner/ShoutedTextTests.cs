using PiiScan.Detection;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>ALL-CAPS values and runs are tokenized in lower case (<see cref="ShoutedText"/>); offsets stay the original's.</summary>
public class ShoutedTextTests
{
    [Theory]
    [InlineData("JOHN SMITH CALLED FROM TORONTO", true)]
    [InlineData("URGENT: REFUND ORDER 1234 FOR MARIA LOPEZ", true)]
    [InlineData("PLEASE CALL ME BACK TOMORROW, ok", true)]
    [InlineData("PLEASE CALL ME Back", false)]
    [InlineData("John Smith called from Toronto", false)]
    [InlineData("NASA", false)]
    [InlineData("NASA ESA", false)]
    [InlineData("HTTP 500 ERROR on GET /api", false)]
    [InlineData("12345 67890", false)]
    [InlineData("", false)]
    public void IsShouted_Table(string text, bool expected)
    {
        Assert.Equal(expected, ShoutedText.IsShouted(text));
    }

    [Theory]
    [InlineData("urgent: PLEASE CALL JOHN SMITH asap", "urgent: please call john smith asap")]
    [InlineData("so PLEASE I NEED JOHN now", "so please i need john now")] // a one-letter word inside a run
    [InlineData("TORONTO FRIDAY APRIL 25 IM here", "toronto friday april 25 im here")] // numbers do not break a run
    [InlineData("I love NYC", null)] // one capital word
    [InlineData("the IBM PC was fine", null)] // two: acronyms, not shouting
    [InlineData("ok I A B C", null)] // one-letter words never start a run
    [InlineData("plain text", null)]
    public void TryLowerRuns_Table(string text, string? expected)
    {
        var s = new NerScratch();
        var found = ShoutedText.TryLowerRuns(text, s, out var lowered);
        Assert.Equal(expected is not null, found);
        if (expected is not null)
        {
            Assert.Equal(expected, lowered.ToString());
        }
    }

    private static readonly string[] Labels = NerTestLabels.All;

    [Fact]
    public void AnalyzeText_ShoutedValue_ModelReadsLowerCaseAndSpansKeepOriginalOffsets()
    {
        // Only lower-case pieces are in the vocabulary: "jane" is a sure B-PERSON, "doe" I-PERSON.
        var dir = TestPaths.NewTempDir();
        string[] vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "jane", "doe", "called", "from", "home", "again"];
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), vocab);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":32}}""");
        var backend = new TableLogitsBackend(Labels.Length, new Dictionary<long, float[]> { [5] = [0, 1], [6] = [0, 0, 1] });
        using var ner = new NerRecognizer(NerModel.Load(dir), [backend]);

        var shouted = "JANE DOE CALLED FROM HOME AGAIN";
        var found = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(shouted, found);
        var d = Assert.Single(found);
        Assert.Equal("JANE DOE", shouted[d.Start..d.End]);
        Assert.Equal(EntityTypes.Person, d.Type);

        // Mixed case is read as written: "Jane" is not in the vocabulary.
        found.Clear();
        ner.AnalyzeText("Jane Doe called from home again", found);
        Assert.Empty(found);
    }
}
