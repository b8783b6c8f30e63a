using PiiScan.Evaluation.Fixtures;
using PiiScan.Tests.Pipeline;
using Xunit;

namespace PiiScan.Tests.Cli;

public class EvalFixtureCliTests
{
    [Fact]
    public void Eval_fixtures_generates_in_memory_and_prints_the_table()
    {
        var (code, stdout, stderr) = CliHarness.Run("eval", "--fixtures", "200", "--seed", "5", "--no-ner");
        Assert.True(code == 0, stderr);
        Assert.Contains("200 examples", stdout);
        Assert.Contains("CREDIT_CARD", stdout);
        Assert.Contains("micro", stdout);
    }

    [Fact]
    public void Eval_write_fixtures_writes_the_generator_output()
    {
        var path = Path.Combine(TestPaths.NewTempDir(), "f.jsonl");
        var (code, _, stderr) = CliHarness.Run("eval", "--write-fixtures", path, "--seed", "5", "--count", "120");
        Assert.True(code == 0, stderr);
        using var expected = new MemoryStream();
        FixtureCorpusGenerator.WriteJsonl(new FixtureCorpusGenerator(5).Generate(120), expected);
        Assert.Equal(expected.ToArray(), File.ReadAllBytes(path));

        var (evalCode, stdout, evalErr) = CliHarness.Run("eval", "--data", path, "--no-ner", "--json");
        Assert.True(evalCode == 0, evalErr);
        Assert.Contains("\"micro\"", stdout);
    }

    [Theory]
    [InlineData(false, "\"fp\": 1", "\"unscored_predictions\": 0")]
    [InlineData(true, "\"fp\": 0", "\"unscored_predictions\": 1")]
    public void Eval_skip_glued_handles_leaves_the_glued_mention_unscored(bool skip, string fp, string unscored)
    {
        // BTC-style: the split mention is gold, the glued one (which the model reports too) was never annotated
        var path = Path.Combine(TestPaths.NewTempDir(), "tweets.jsonl");
        File.WriteAllText(path, """{"tokens":["@","ann_lee","thanks","@JohnSmith"],"tags":["B-PER","B-PER","O","O"]}""" + "\n");
        string[] args = ["eval", "--data", path, "--label-map", "PER=PERSON", "--join-split-mentions", "--json", "--device", "cpu"];
        var (code, stdout, stderr) = CliHarness.Run(skip ? [.. args, "--skip-glued-handles"] : args);
        Assert.True(code == 0, stderr);
        Assert.Contains(unscored, stdout);
        Assert.Contains("\"tp\": 1", stdout);
        Assert.Contains(fp, stdout);
    }

    [Fact]
    public void Eval_without_data_or_fixtures_is_a_usage_error()
    {
        var (code, _, stderr) = CliHarness.Run("eval", "--no-ner");
        Assert.Equal(2, code);
        Assert.Contains("--data", stderr);
        Assert.Contains("--fixtures", stderr);
        Assert.Single(stderr.Trim().Split('\n'));
    }

    [Fact]
    public void Eval_with_data_and_fixtures_is_a_usage_error()
    {
        var (code, _, stderr) = CliHarness.Run("eval", "--data", "x.jsonl", "--fixtures", "10", "--no-ner");
        Assert.Equal(2, code);
        Assert.Contains("not both", stderr);
    }
}
