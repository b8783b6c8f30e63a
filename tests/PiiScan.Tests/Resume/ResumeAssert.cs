using PiiScan.Dsr;
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

    /// <summary>
    /// Asserts that the DSR subject index of <paramref name="actual"/> equals the uninterrupted run's: subjects.parquet
    /// byte for byte (same keyed hashes, same rows in the same order) and the row count in subjects.json.
    /// </summary>
    public static void SameSubjectIndex(string reference, string actual)
    {
        var expected = File.ReadAllBytes(Path.Combine(reference, "subjects.parquet"));
        Assert.True(expected.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, "subjects.parquet"))), "subjects.parquet differs");
        Assert.Equal(SubjectIndexManifest.Load(reference).Rows, SubjectIndexManifest.Load(actual).Rows);
    }

    /// <summary>
    /// Asserts that what the report sink collects (timeline, records with the most findings, records per source) and
    /// the tables of report.md and report.html equal the uninterrupted run's. Times and throughput are left out.
    /// </summary>
    public static void SameReportData(string reference, string actual)
    {
        Assert.Equal(MarkdownTables(reference), MarkdownTables(actual));
        foreach (var id in new[] { "summary-cards", "types", "sources", "fields", "timeline", "top-records", "quarantine" })
        {
            Assert.Equal(HtmlSection(reference, id), HtmlSection(actual, id));
        }
    }

    /// <summary>report.md from its first table to its settings: counts, timeline and top records, no times.</summary>
    public static string MarkdownTables(string outDir)
    {
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        var start = md.IndexOf("## Findings per type", StringComparison.Ordinal);
        var end = md.IndexOf("## Settings", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, "report.md has no tables");
        return md[start..end];
    }

    /// <summary>The <c>section</c> of report.html with the given id (<c>summary-cards</c>: the summary's cards only).</summary>
    public static string HtmlSection(string outDir, string id)
    {
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        if (id == "summary-cards")
        {
            var cards = html.IndexOf("<div class=\"cards\">", StringComparison.Ordinal);
            Assert.True(cards > 0, "report.html has no summary cards");
            return html[cards..html.IndexOf("</div><table>", cards, StringComparison.Ordinal)];
        }
        var start = html.IndexOf($"<section id=\"{id}\">", StringComparison.Ordinal);
        Assert.True(start > 0, $"report.html has no section {id}");
        var end = html.IndexOf("</section>", start, StringComparison.Ordinal);
        return html[start..end];
    }
}
