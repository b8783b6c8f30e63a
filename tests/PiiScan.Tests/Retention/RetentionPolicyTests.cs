using PiiScan.Readers;
using PiiScan.Retention;
using Xunit;

namespace PiiScan.Tests.Retention;

public class RetentionPolicyTests
{
    [Fact]
    public void Load_SamplePolicy_HasTypicalAiSaasCategories()
    {
        var policy = RetentionPolicy.Load(Path.Combine(TestPaths.RepoRoot, "samples", "retention-policy.yaml"));
        var byName = policy.Categories.ToDictionary(c => c.Name);
        Assert.Equal("30d", byName["inference-logs"].Retain);
        Assert.Equal("12m", byName["api-usage-logs"].Retain);
        Assert.Equal("2y", byName["support-tickets"].Retain);
        Assert.Equal("7y", byName["billing"].Retain);
        Assert.Equal("closed_at", byName["account-data"].AfterField);
        Assert.Equal("90d", byName["account-data"].Retain);
    }

    [Fact]
    public void Parse_UnknownKey_ErrorNamesLine()
    {
        var ex = Assert.Throws<PiiScanException>(() => RetentionPolicy.Parse(new StringReader("categories:\n  - name: a\n    match: {path: x}\n    retain: 3d\n    action: delete\n    colour: red\n"), "p.yaml"));
        Assert.Contains("line 6", ex.Message);
    }

    [Fact]
    public void Parse_BadPeriod_Throws()
    {
        Assert.Throws<PiiScanException>(() => RetentionPolicy.Parse(new StringReader("categories:\n  - {name: a, match: {path: x}, retain: soon, action: delete}\n")));
    }

    [Theory]
    [InlineData("logs/inference/**", "logs/inference/a/b.jsonl", true)]
    [InlineData("logs/inference/**", "logs/api/a.jsonl", false)]
    [InlineData("**/support*", "support-chat.txt", true)]
    [InlineData("**/support*", "x/y/support.csv", true)]
    [InlineData("billing/*.csv", "billing/sub/a.csv", false)]
    [InlineData("data?.csv", "data1.csv", true)]
    public void PathGlob_IsMatch_FollowsGlobRules(string glob, string path, bool expected)
    {
        Assert.Equal(expected, new PathGlob(glob).IsMatch(path));
    }

    [Theory]
    [InlineData("30d", "2026-11-01T00:00:00Z")]
    [InlineData("12m", "2025-12-01T00:00:00Z")]
    [InlineData("2y", "2024-12-01T00:00:00Z")]
    [InlineData("2w", "2026-11-17T00:00:00Z")]
    public void RetentionPeriod_Subtract_UsesCalendarUnits(string period, string expected)
    {
        var now = DateTimeOffset.Parse("2026-12-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), RetentionPeriod.Subtract(now, period));
    }

    [Theory]
    [InlineData("2026-10-01T12:00:00Z", 1790856000L)]
    [InlineData("2026-10-01T14:00:00+02:00", 1790856000L)]
    [InlineData("1790856000", 1790856000L)]
    [InlineData("1790856000000", 1790856000L)]
    [InlineData("1790856000.5", 1790856000L)]
    public void RecordTime_TryParse_AcceptsRfc3339AndEpoch(string value, long expectedSeconds)
    {
        Assert.True(RecordTime.TryParse(value, out var t));
        Assert.Equal(expectedSeconds, t.ToUnixTimeSeconds());
    }

    [Fact]
    public void RecordTime_TryParse_RejectsGarbage()
    {
        Assert.False(RecordTime.TryParse("yesterday", out _));
        Assert.False(RecordTime.TryParse("", out _));
    }
}
