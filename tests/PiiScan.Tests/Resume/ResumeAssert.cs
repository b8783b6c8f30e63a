using PiiScan.Tests.Sharding;
using Xunit;

namespace PiiScan.Tests.Resume;

/// <summary>Checks shared by the resume tests.</summary>
internal static class ResumeAssert
{
    /// <summary>
    /// Asserts that the output directory <paramref name="actual"/> equals the uninterrupted run <paramref name="reference"/>:
    /// findings.parquet and quarantine.jsonl byte for byte, the redacted tree file by file, and the report counts.
    /// </summary>
    public static void SameOutputs(string reference, string actual)
    {
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, "findings.parquet")), File.ReadAllBytes(Path.Combine(actual, "findings.parquet")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(reference, "quarantine.jsonl")), File.ReadAllBytes(Path.Combine(actual, "quarantine.jsonl")));
        var expectedTree = ScaleData.Tree(Path.Combine(reference, "redacted"));
        var actualTree = ScaleData.Tree(Path.Combine(actual, "redacted"));
        Assert.Equal(expectedTree.Keys, actualTree.Keys);
        foreach (var (k, v) in expectedTree)
        {
            Assert.True(v.AsSpan().SequenceEqual(actualTree[k]), k + " differs");
        }
        Assert.Equal(ScaleData.ReportCounts(reference), ScaleData.ReportCounts(actual));
    }
}
