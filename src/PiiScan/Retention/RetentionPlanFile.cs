using System.Text;
using Parquet.Serialization;
using PiiScan.Writers;

namespace PiiScan.Retention;

/// <summary>Reads and writes <c>retention-plan.parquet</c> and its Markdown summary <c>retention-plan.md</c>.</summary>
public static class RetentionPlanFile
{
    /// <summary>Plan table file name.</summary>
    public const string FileName = "retention-plan.parquet";

    /// <summary>Writes the plan table and the Markdown summary into <paramref name="directory"/>; returns the table path.</summary>
    public static string Write(string directory, IReadOnlyList<RetentionPlanRow> rows, DateTimeOffset now, string policyPath)
    {
        var path = Path.Combine(directory, FileName);
        var file = AtomicFile.Create(path);
        try
        {
            ParquetSerializer.SerializeAsync(rows, file.Stream).GetAwaiter().GetResult();
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
        var md = AtomicFile.Create(Path.Combine(directory, "retention-plan.md"));
        try
        {
            md.Stream.Write(new UTF8Encoding(false).GetBytes(Markdown(rows, now, policyPath)));
            md.Commit();
        }
        finally
        {
            md.Abort();
        }
        return path;
    }

    /// <summary>Reads a plan table.</summary>
    public static IList<RetentionPlanRow> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException($"Plan '{path}' does not exist: create one with 'piiscan retention plan'.");
        }
        try
        {
            using var stream = File.OpenRead(path);
            return ParquetSerializer.DeserializeAsync<RetentionPlanRow>(stream).GetAwaiter().GetResult().Data;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new PiiScanException($"'{path}' is not a PiiScan retention plan ({ex.GetType().Name}).");
        }
    }

    /// <summary>The plan as Markdown: summary per source, then rows.</summary>
    public static string Markdown(IReadOnlyList<RetentionPlanRow> rows, DateTimeOffset now, string policyPath)
    {
        var sb = new StringBuilder();
        sb.Append("# Retention plan\n\n");
        sb.Append($"- Evaluated at: {now.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\n- Policy: `{policyPath}`\n");
        sb.Append($"- Sources: {rows.Select(r => r.Source).Distinct().Count()}, records: {rows.Sum(r => r.Records)}, past retention: {rows.Sum(r => r.RecordsExpired)}\n");
        foreach (var g in rows.Where(r => r.Planned != "none").GroupBy(r => r.Planned).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            sb.Append($"- {g.Key}: {g.Sum(r => r.RecordsExpired)} records in {g.Select(r => r.Source).Distinct().Count()} sources\n");
        }
        sb.Append("\n| source | partition | category | oldest | newest | records | past retention | PII types | action | reason |\n");
        sb.Append("| --- | --- | --- | --- | --- | ---: | ---: | --- | --- | --- |\n");
        foreach (var r in rows)
        {
            sb.Append($"| {Esc(r.Source)} | {r.Partition} | {Esc(r.Category)} | {r.Oldest} | {r.Newest} | {r.Records} | {r.RecordsExpired} | {r.PiiTypes.Replace(",", ", ", StringComparison.Ordinal)} | {r.Planned} | {Esc(r.Reason)} |\n");
        }
        return sb.ToString();
    }

    private static string Esc(string s) => s.Replace("|", "\\|", StringComparison.Ordinal);
}
