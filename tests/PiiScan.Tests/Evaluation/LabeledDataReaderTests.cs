using PiiScan.Evaluation;
using Xunit;

namespace PiiScan.Tests.Evaluation;

public class LabeledDataReaderTests
{
    private static readonly Dictionary<string, string> BtcMap = LabeledDataReader.ParseLabelMap("PER=PERSON,LOC=LOCATION,ORG=ORGANIZATION");

    private static List<LabeledExample> ReadLine(string json, bool join)
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "labeled.jsonl");
        File.WriteAllText(path, json + "\n");
        return LabeledDataReader.Read(path, BtcMap, join);
    }

    private static string Spans(LabeledExample e) =>
        string.Join(" | ", e.Spans.Select(g => $"{e.Text[g.Start..g.End]}={g.Type}"));

    [Theory]
    // BTC: `@` and the handle tagged as two B- entities
    [InlineData("""{"tokens":["RT","@","SportsCenter",":","go"],"tags":["O","B-ORG","B-ORG","O","O"]}""", false, "@=ORGANIZATION | SportsCenter=ORGANIZATION")]
    [InlineData("""{"tokens":["RT","@","SportsCenter",":","go"],"tags":["O","B-ORG","B-ORG","O","O"]}""", true, "@SportsCenter=ORGANIZATION")]
    // `@` left O, handle tagged
    [InlineData("""{"tokens":["hi","@","jdoe77"],"tags":["O","O","B-PER"]}""", true, "@jdoe77=PERSON")]
    // handle not an entity: nothing to join
    [InlineData("""{"tokens":["hi","@","bot"],"tags":["O","O","O"]}""", true, "")]
    // `@` inside a running entity stays part of it
    [InlineData("""{"tokens":["Ann","@","Home"],"tags":["B-ORG","I-ORG","I-ORG"]}""", true, "Ann @Home=ORGANIZATION")]
    // two adjacent mentions stay two spans
    [InlineData("""{"tokens":["@","ann","@","bob"],"tags":["B-PER","B-PER","B-PER","B-PER"]}""", true, "@ann=PERSON | @bob=PERSON")]
    public void Read_TokenForm_JoinsSplitMentionsOnlyWhenAsked(string json, bool join, string expected)
    {
        var example = Assert.Single(ReadLine(json, join));
        Assert.Equal(expected, Spans(example));
    }

    [Theory]
    // the tweet's text comes back whatever the tags say: a handle is glued to its '@'
    [InlineData("""{"tokens":["RT","@","SportsCenter",":","go"],"tags":["O","B-ORG","B-ORG","O","O"]}""", true, "RT @SportsCenter : go")]
    [InlineData("""{"tokens":["hi","@","bot_7"],"tags":["O","O","O"]}""", true, "hi @bot_7")]
    // not a handle: the '@' stays a word of its own
    [InlineData("""{"tokens":["meet","@","5",":","30"],"tags":["O","O","O","O","O"]}""", true, "meet @5 : 30")]
    [InlineData("""{"tokens":["see","@","!"],"tags":["O","O","O"]}""", true, "see @ !")]
    [InlineData("""{"tokens":["RT","@","SportsCenter"],"tags":["O","B-ORG","B-ORG"]}""", false, "RT @ SportsCenter")]
    public void Read_TokenForm_JoinSplitMentions_GluesHandleToAt(string json, bool join, string expected)
    {
        Assert.Equal(expected, Assert.Single(ReadLine(json, join)).Text);
    }

    [Theory]
    // BTC: a glued handle tagged O is left out of scoring; the split mention beside it is gold
    [InlineData("""{"tokens":["@","ann","@bob","hi"],"tags":["B-PER","B-PER","O","O"]}""", true, "@bob")]
    [InlineData("""{"tokens":["@","ann","@bob","hi"],"tags":["B-PER","B-PER","O","O"]}""", false, "")]
    // an annotated glued handle stays gold
    [InlineData("""{"tokens":["hi","@bob"],"tags":["O","B-PER"]}""", true, "")]
    // not a whole handle: an e-mail-like or punctuated token, a lone '@'
    [InlineData("""{"tokens":["mail","@bob.x","@","!"],"tags":["O","O","O","O"]}""", true, "")]
    [InlineData("""{"tokens":["RT","@dev_team_7",":"],"tags":["O","O","O"]}""", true, "@dev_team_7")]
    public void Read_TokenForm_SkipGluedHandles_MarksOnlyUnannotatedGluedHandles(string json, bool skip, string expected)
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "labeled.jsonl");
        File.WriteAllText(path, json + "\n");
        var example = Assert.Single(LabeledDataReader.Read(path, BtcMap, joinSplitMentions: true, skipGluedHandles: skip));
        Assert.Equal(expected, string.Join(" | ", (example.Unscored ?? []).Select(r => example.Text[r.Start..r.End])));
    }

    [Fact]
    public void Read_TokensAndTagsOfDifferentLength_FailsWithLineNumber()
    {
        var ex = Assert.Throws<PiiScanException>(() => ReadLine("""{"tokens":["a","b"],"tags":["O"]}""", false));
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
    }
}
