using System.Text.Json;
using CsCheck;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>The handle-type prior (<see cref="HandleTypePrior"/>, <c>handle-types.json</c>).</summary>
public class HandleTypePriorTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    private static HandleTypePrior Prior(Dictionary<string, float[]> features, float weight = 1) =>
        HandleTypePrior.Create(["PERSON", "ORGANIZATION"], [0.5f, 0f], features, Labels, weight);

    [Theory]
    [InlineData("jane_doe88", true)]
    [InlineData("BBCNews", true)]
    [InlineData("x", true)]
    [InlineData("", false)]
    [InlineData("2024", false)]
    [InlineData("___", false)]
    [InlineData("Zoë", false)]
    [InlineData("ann.bob", false)]
    [InlineData("a12345678901234567890123456789012345678901234567890123456789012345", false)] // 66 characters
    public void IsScorable_Table(string handle, bool expected)
    {
        Assert.Equal(expected, HandleTypePrior.IsScorable(handle));
    }

    [Fact]
    public void Score_Features_AddUpAsLogisticRegression()
    {
        // ^b b^ ... : "c:^bb" +1 ORG, part "news" +2 ORG, last part "news" +1 ORG, shape "s:cap" +0.25 PERSON
        var prior = Prior(new()
        {
            ["c:^bb"] = [0f, 1f],
            ["p:news"] = [0f, 2f],
            ["l:news"] = [0f, 1f],
            ["s:cap"] = [0.25f, 0f],
            ["n:2"] = [0.1f, 0f],
        });
        Span<float> lp = stackalloc float[2];
        Assert.True(prior.Score("BBCNews", lp));
        var person = 0.5f + 0.25f + 0.1f;
        var organization = 4f;
        var log = MathF.Log(MathF.Exp(person) + MathF.Exp(organization));
        Assert.Equal(person - log, lp[0], 5);
        Assert.Equal(organization - log, lp[1], 5);
        Assert.False(prior.Score("Zoë", lp));
    }

    [Fact]
    public void Apply_AddsCenteredLogProbabilitiesToTypeLabels_LeavesOthers()
    {
        var prior = Prior(new() { ["p:acme"] = [0f, 3f] });
        var row = new float[Labels.Length];
        prior.Apply("acme", row);
        Span<float> lp = stackalloc float[2];
        prior.Score("acme", lp);
        var shift = (lp[0] - lp[1]) / 2;
        Assert.Equal(0f, row[0]);
        Assert.Equal(shift, row[1], 5);
        Assert.Equal(shift, row[2], 5);
        Assert.Equal(-shift, row[5], 5);
        Assert.Equal(-shift, row[6], 5);
        Assert.Equal([0f, 0f, 0f, 0f], row[3..5].Concat(row[7..]));

        var off = new float[Labels.Length];
        Prior(new() { ["p:acme"] = [0f, 3f] }, weight: 0).Apply("acme", off);
        Prior(new() { ["p:acme"] = [0f, 3f] }).Apply("acme.io", off);
        Assert.All(off, v => Assert.Equal(0f, v));
    }

    [Fact]
    public void Score_ShippedModel_MatchesPythonReference()
    {
        // handle_types.py stores the log-probabilities of invented handles it computed: same features, same sums.
        var path = Path.Combine(TestPaths.ShippedModel, HandleTypePrior.FileName);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var types = doc.RootElement.GetProperty("types").GetArrayLength();
        var prior = HandleTypePrior.Load(TestPaths.ShippedModel, Labels);
        Assert.NotNull(prior);
        var checkedHandles = 0;
        Span<float> lp = stackalloc float[types];
        foreach (var entry in doc.RootElement.GetProperty("reference").EnumerateObject())
        {
            Assert.True(prior.Score(entry.Name, lp), entry.Name);
            var t = 0;
            foreach (var expected in entry.Value.EnumerateArray())
            {
                Assert.True(Math.Abs(expected.GetSingle() - lp[t]) < 1e-3, $"{entry.Name} type {t}: {expected.GetSingle()} vs {lp[t]}");
                t++;
            }
            checkedHandles++;
        }
        Assert.True(checkedHandles >= 10);
    }

    [Fact]
    public void Score_AnyText_ProbabilitiesOrNoChange()
    {
        // Any text: a scorable handle gets a distribution (log-probabilities that sum to 1 in probability), any other
        // leaves the row alone; O and STREET_ADDRESS labels never move.
        var prior = HandleTypePrior.Load(TestPaths.ShippedModel, Labels)!;
        var text = Gen.Frequency((8, Gen.Char["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"]), (1, Gen.Char['\u0020', '\u2FFF'])).Array[0, 80].Select(c => new string(c));
        text.Sample(handle =>
        {
            Span<float> lp = stackalloc float[3];
            var scored = prior.Score(handle, lp);
            Assert.Equal(HandleTypePrior.IsScorable(handle), scored);
            if (scored)
            {
                Assert.Equal(1f, MathF.Exp(lp[0]) + MathF.Exp(lp[1]) + MathF.Exp(lp[2]), 4);
            }
            var row = new float[Labels.Length];
            prior.Apply(handle, row);
            Assert.Equal(0f, row[0]);
            Assert.Equal(0f, row[7]);
            Assert.Equal(0f, row[8]);
            Assert.Equal(0f, row.Sum(), 3);
        }, iter: 2000, seed: "0N0XIzNsQ0O2");
    }

    [Fact]
    public void Load_NoFile_Null()
    {
        Assert.Null(HandleTypePrior.Load(TestPaths.NewTempDir(), Labels));
    }

    [Theory]
    [InlineData("""{"types":["PERSON"],"bias":[0]}""")]
    [InlineData("""{"types":["PERSON","ORGANIZATION"],"bias":[0],"features":{}}""")]
    [InlineData("""{"types":["PERSON"],"bias":[0],"features":{"p:ann":[1,2]}}""")]
    [InlineData("""{"types":["PRODUCT"],"bias":[0],"features":{}}""")]
    [InlineData("""{"types":["PERSON"],"bias":[0],"features":{},"weight":-1}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""{"types":""")]
    public void Load_Malformed_ClearError(string json)
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(dir, HandleTypePrior.FileName), json);
        var ex = Assert.Throws<PiiScanException>(() => HandleTypePrior.Load(dir, Labels));
        Assert.Contains(HandleTypePrior.FileName, ex.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", ex.Message, StringComparison.Ordinal);
    }
}
