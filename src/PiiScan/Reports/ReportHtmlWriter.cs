using System.Globalization;
using System.Net;
using System.Text;

namespace PiiScan.Reports;

/// <summary>
/// Renders <c>report.html</c>: one self-contained page (inline CSS and SVG, no scripts, no network) for a privacy
/// officer. It shows counts, types, paths, record numbers and settings only: values from the data never reach it.
/// </summary>
public static class ReportHtmlWriter
{
    private const int MaxBars = 25;
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private const string Css = """
        body{font-family:-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;background:#f4f6f8;color:#1f2933}
        header{background:#1f3a5f;color:#fff;padding:20px 32px}header h1{margin:0;font-size:24px}header p{margin:4px 0 0;opacity:.85}
        main{padding:8px 32px 40px;max-width:1000px}
        section{background:#fff;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.08);padding:16px 20px;margin:16px 0}
        h2{font-size:18px;margin:0 0 12px;color:#1f3a5f}
        .cards{display:flex;flex-wrap:wrap;gap:12px}.card{flex:1 1 110px;background:#eef3f8;border-radius:6px;padding:10px 14px}
        .card b{display:block;font-size:22px}.card span{font-size:12px;color:#52606d;text-transform:uppercase;letter-spacing:.04em}
        table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e4e7eb}
        th{background:#f5f7fa}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
        .chart{max-width:100%;height:auto}.chart .lbl{font-size:12px;fill:#323f4b}.chart .val{font-size:11px;fill:#52606d}
        .note{color:#52606d;font-size:13px}.status-completed{color:#1b7f3b}.status-cancelled,.status-failed{color:#b42318}
        """;

    /// <summary>Renders the page.</summary>
    public static string Render(RunReport report, ReportExtras extras)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        sb.Append("<title>PiiScan report</title><style>").Append(Css).Append("</style></head><body>");
        sb.Append("<header><h1>PiiScan privacy scan report</h1><p>");
        sb.Append(E($"{report.StartedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC · {report.DurationSeconds:0.0} s · piiscan {report.Version} · status "));
        sb.Append("<b class=\"status-").Append(E(report.Status)).Append("\">").Append(E(report.Status)).Append("</b></p></header><main>");

        Summary(sb, report);
        Types(sb, report);
        Sources(sb, report, extras);
        Fields(sb, report);
        Timeline(sb, extras);
        TopRecords(sb, extras);
        Quarantine(sb, report);
        Settings(sb, report);

        sb.Append("<p class=\"note\">This report holds counts, entity types, file paths, field names and record numbers only; no detected value is included.</p>");
        sb.Append("</main></body></html>\n");
        return sb.ToString();
    }

    private static void Summary(StringBuilder sb, RunReport r)
    {
        sb.Append("<section id=\"summary\"><h2>Run summary</h2><div class=\"cards\">");
        Card(sb, "records read", r.RecordsRead.ToString("N0", Inv));
        Card(sb, "records with PII", r.RecordsWithFindings.ToString("N0", Inv));
        Card(sb, "findings", r.FindingsTotal.ToString("N0", Inv));
        Card(sb, "PII per 1,000 records", Density(r.FindingsTotal, r.RecordsRead));
        Card(sb, "files", $"{r.FilesCompleted:N0} / {r.FilesTotal:N0}");
        Card(sb, "quarantined", r.RecordsQuarantined.ToString("N0", Inv));
        sb.Append("</div><table><tr><th>Started</th><td>").Append(E(r.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Inv))).Append(" UTC</td></tr>");
        sb.Append("<tr><th>Finished</th><td>").Append(E(r.FinishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", Inv))).Append(" UTC</td></tr>");
        sb.Append("<tr><th>Records written</th><td>").Append(r.RecordsWritten.ToString("N0", Inv)).Append("</td></tr>");
        sb.Append("<tr><th>Data read</th><td>").Append(E($"{r.BytesRead / 1e6:N1} MB at {r.MegabytesPerSecond:N1} MB/s")).Append("</td></tr>");
        if (r.PartialFiles.Count > 0)
        {
            sb.Append("<tr><th>Partial files</th><td>").Append(E(string.Join(", ", r.PartialFiles))).Append("</td></tr>");
        }
        if (r.Error is not null)
        {
            sb.Append("<tr><th>Error</th><td>").Append(E(r.Error)).Append("</td></tr>");
        }
        sb.Append("</table></section>");
    }

    private static void Types(StringBuilder sb, RunReport r)
    {
        sb.Append("<section id=\"types\"><h2>Findings per type</h2>");
        Chart(sb, "Findings per type", r.ByType);
        sb.Append("</section>");
    }

    private static void Sources(StringBuilder sb, RunReport r, ReportExtras x)
    {
        sb.Append("<section id=\"sources\"><h2>Findings per source</h2>");
        Chart(sb, "Findings per source", r.BySource);
        if (x.RecordsBySource.Count > 0)
        {
            var density = x.RecordsBySource
                .Select(p => (p.Key, p.Value > 0 ? r.BySource.GetValueOrDefault(p.Key) * 1000.0 / p.Value : 0))
                .OrderByDescending(p => p.Item2).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxBars).ToList();
            sb.Append("<h2>PII density per 1,000 records</h2>");
            sb.Append(SvgChart.HorizontalBars("PII per 1,000 records by source", density, "#c2410c", "N1"));
        }
        sb.Append("</section>");
    }

    private static void Fields(StringBuilder sb, RunReport r)
    {
        sb.Append("<section id=\"fields\"><h2>Findings per field</h2>");
        Chart(sb, "Findings per field", r.ByField);
        sb.Append("</section>");
    }

    private static void Timeline(StringBuilder sb, ReportExtras x)
    {
        sb.Append("<section id=\"timeline\"><h2>Timeline</h2>");
        if (x.TimeField is null)
        {
            sb.Append("<p class=\"note\">No record time field was given (scan with <code>--time-field PATH</code> to see records and findings per day).</p></section>");
            return;
        }
        sb.Append("<p class=\"note\">Per UTC day of <code>").Append(E(x.TimeField)).Append("</code>");
        if (x.RecordsWithoutTime > 0)
        {
            sb.Append(E($"; {x.RecordsWithoutTime:N0} {(x.RecordsWithoutTime == 1 ? "record has" : "records have")} no parseable time"));
        }
        sb.Append(".</p>");
        if (x.Timeline.Count > 0)
        {
            sb.Append(SvgChart.Timeline(ContinuousDays(x.Timeline)));
        }
        sb.Append("</section>");
    }

    /// <summary>Every day from the first to the last (gaps as zero) when the range is at most two years.</summary>
    private static List<(DateOnly, long, long)> ContinuousDays(SortedDictionary<DateOnly, (long Records, long Findings)> timeline)
    {
        var first = timeline.Keys.First();
        var last = timeline.Keys.Last();
        if (last.DayNumber - first.DayNumber > 731)
        {
            return timeline.Select(p => (p.Key, p.Value.Records, p.Value.Findings)).ToList();
        }
        var days = new List<(DateOnly, long, long)>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var (r, f) = timeline.GetValueOrDefault(d);
            days.Add((d, r, f));
        }
        return days;
    }

    private static void TopRecords(StringBuilder sb, ReportExtras x)
    {
        sb.Append("<section id=\"top-records\"><h2>Records with the most findings</h2>");
        if (x.TopRecords.Count == 0)
        {
            sb.Append("<p class=\"note\">No findings.</p></section>");
            return;
        }
        sb.Append("<table><tr><th>#</th><th>Source</th><th class=\"n\">Record</th><th class=\"n\">Findings</th></tr>");
        for (var i = 0; i < x.TopRecords.Count; i++)
        {
            var (source, record, findings) = x.TopRecords[i];
            sb.Append(Inv, $"<tr><td>{i + 1}</td><td>{E(source)}</td><td class=\"n\">{record}</td><td class=\"n\">{findings:N0}</td></tr>");
        }
        sb.Append("</table></section>");
    }

    private static void Quarantine(StringBuilder sb, RunReport r)
    {
        sb.Append("<section id=\"quarantine\"><h2>Quarantine</h2>");
        if (r.QuarantineByReason.Count == 0)
        {
            sb.Append("<p class=\"note\">No record was quarantined.</p></section>");
            return;
        }
        sb.Append("<table><tr><th>Reason</th><th>Records</th></tr>");
        foreach (var (k, v) in r.QuarantineByReason)
        {
            sb.Append(Inv, $"<tr><td>{E(k)}</td><td class=\"n\">{v:N0}</td></tr>");
        }
        sb.Append("</table><p class=\"note\">Details per record (source, record, byte offset, reason) are in quarantine.jsonl.</p></section>");
    }

    private static void Settings(StringBuilder sb, RunReport r)
    {
        sb.Append("<section id=\"settings\"><h2>Model, device, thresholds and operators</h2><table>");
        sb.Append("<tr><th>NER model</th><td>").Append(E(r.Model ?? "none (patterns only)")).Append("</td></tr>");
        sb.Append("<tr><th>Device</th><td>").Append(E(r.Device)).Append("</td></tr>");
        sb.Append("<tr><th>Thresholds</th><td>").Append(E(string.Join(", ", r.Thresholds.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} {p.Value.ToString("0.##", Inv)}")))).Append("</td></tr>");
        sb.Append("<tr><th>Operators</th><td>").Append(E(string.Join(", ", r.Operators.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key} → {p.Value}")))).Append("</td></tr>");
        sb.Append("</table></section>");
    }

    private static void Chart(StringBuilder sb, string title, IReadOnlyDictionary<string, long> map)
    {
        if (map.Count == 0)
        {
            sb.Append("<p class=\"note\">No findings.</p>");
            return;
        }
        var items = map.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(MaxBars).Select(p => (p.Key, (double)p.Value)).ToList();
        sb.Append(SvgChart.HorizontalBars(title, items));
        if (map.Count > MaxBars)
        {
            sb.Append(Inv, $"<p class=\"note\">Top {MaxBars} of {map.Count}; all are in report.json.</p>");
        }
    }

    private static void Card(StringBuilder sb, string label, string value) =>
        sb.Append("<div class=\"card\"><b>").Append(E(value)).Append("</b><span>").Append(E(label)).Append("</span></div>");

    internal static string Density(long findings, long records) => records > 0 ? (findings * 1000.0 / records).ToString("N1", Inv) : "0";

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
