using System.Globalization;
using System.Text;

namespace PiiScan.Reports;

/// <summary>Renders <c>report.md</c>: the HTML report's summary as Markdown for terminals and tickets (no values).</summary>
public static class ReportMarkdownWriter
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Renders the Markdown text.</summary>
    public static string Render(RunReport r, ReportExtras x)
    {
        var sb = new StringBuilder();
        sb.Append("# PiiScan report\n\n");
        sb.Append(Inv, $"- Status: **{r.Status}**; started {r.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC, {r.DurationSeconds:0.0} s, piiscan {r.Version}\n");
        sb.Append(Inv, $"- Records: {r.RecordsRead:N0} read, {r.RecordsWritten:N0} written, {r.RecordsQuarantined:N0} quarantined, {r.RecordsWithFindings:N0} with PII\n");
        sb.Append(Inv, $"- Findings: {r.FindingsTotal:N0} ({ReportHtmlWriter.Density(r.FindingsTotal, r.RecordsRead)} per 1,000 records)\n");
        sb.Append(Inv, $"- Files: {r.FilesCompleted:N0} of {r.FilesTotal:N0} completed\n");
        sb.Append(Inv, $"- Model: {r.Model ?? "none (patterns only)"}; device: {r.Device}\n\n");
        Table(sb, "Findings per type", "type", r.ByType);
        Table(sb, "Findings per source", "source", r.BySource);
        Table(sb, "Findings per field", "field", r.ByField);
        if (x.TimeField is not null)
        {
            sb.Append(Inv, $"## Timeline (`{Escape(x.TimeField)}`, UTC days)\n\n| day | records | findings |\n| --- | ---: | ---: |\n");
            foreach (var (day, (records, findings)) in x.Timeline)
            {
                sb.Append(Inv, $"| {day:yyyy-MM-dd} | {records:N0} | {findings:N0} |\n");
            }
            if (x.RecordsWithoutTime > 0)
            {
                sb.Append(Inv, $"| (no time) | {x.RecordsWithoutTime:N0} | |\n");
            }
            sb.Append('\n');
        }
        if (x.TopRecords.Count > 0)
        {
            sb.Append("## Records with the most findings\n\n| source | record | findings |\n| --- | ---: | ---: |\n");
            foreach (var (source, record, findings) in x.TopRecords)
            {
                sb.Append(Inv, $"| {Escape(source)} | {record} | {findings:N0} |\n");
            }
            sb.Append('\n');
        }
        Table(sb, "Quarantine", "reason", r.QuarantineByReason);
        sb.Append("## Settings\n\n");
        sb.Append("- Thresholds: ").Append(string.Join(", ", r.Thresholds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.ToString("0.##", Inv)}"))).Append('\n');
        sb.Append("- Operators: ").Append(string.Join(", ", r.Operators.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} → {p.Value}"))).Append("\n\n");
        sb.Append("No detected value is included in this report.\n");
        return sb.ToString();
    }

    private static void Table(StringBuilder sb, string title, string column, IReadOnlyDictionary<string, long> map)
    {
        sb.Append("## ").Append(title).Append("\n\n");
        if (map.Count == 0)
        {
            sb.Append("None.\n\n");
            return;
        }
        sb.Append("| ").Append(column).Append(" | count |\n| --- | ---: |\n");
        foreach (var (k, v) in map.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
        {
            sb.Append(Inv, $"| {Escape(k)} | {v:N0} |\n");
        }
        sb.Append('\n');
    }

    private static string Escape(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
