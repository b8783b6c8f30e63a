using System.Text.Json;
using PiiScan.Reports;

namespace PiiScan.Merge;

/// <summary>
/// Combines the <c>report.json</c> of several scan outputs (shards) into the report a single run over all their
/// inputs would have written: counts, per-type/source/field maps, quarantine reasons, files and bytes are summed;
/// the run spans the earliest start to the latest end. The report pages' data (<c>report_data</c>: timeline, records
/// per source, records with the most findings) is combined when every shard has it, else the merged report has none.
/// </summary>
public static class ReportMerger
{
    /// <summary>Merges the reports at <paramref name="reportPaths"/>.</summary>
    /// <exception cref="PiiScanException">A report is missing, unreadable, or was made with other operators or thresholds.</exception>
    public static RunReport Merge(IReadOnlyList<string> reportPaths, string mergedOut)
    {
        ArgumentOutOfRangeException.ThrowIfZero(reportPaths.Count);
        var merged = new RunReport { StartedAt = DateTimeOffset.MaxValue, FinishedAt = DateTimeOffset.MinValue };
        string? signature = null;
        var statuses = new List<string>();
        var withData = 0;
        for (var i = 0; i < reportPaths.Count; i++)
        {
            var path = reportPaths[i];
            if (!File.Exists(path))
            {
                throw new PiiScanException($"'{path}' does not exist: every input of merge must be a scan output directory with a report.");
            }
            JsonDocument doc;
            try
            {
                doc = JsonDocument.Parse(File.ReadAllBytes(path));
            }
            catch (JsonException ex)
            {
                throw new PiiScanException($"'{path}' is not a PiiScan report ({ex.Message}).");
            }
            using (doc)
            {
                var root = doc.RootElement;
                var sig = Signature(root.GetProperty("operators")) + "\n" + Signature(root.GetProperty("thresholds"));
                if (signature is not null && signature != sig)
                {
                    throw new PiiScanException($"'{path}' was scanned with other operators or thresholds than '{reportPaths[0]}': merge only shards of one job.");
                }
                signature = sig;
                if (i == 0)
                {
                    merged.Version = root.GetProperty("version").GetString() ?? "";
                    merged.Model = root.TryGetProperty("model", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
                    merged.Device = root.TryGetProperty("device", out var d) ? d.GetString() ?? "cpu" : "cpu";
                    merged.Thresholds = root.GetProperty("thresholds").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetSingle(), StringComparer.Ordinal);
                    merged.Operators = root.GetProperty("operators").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString() ?? "", StringComparer.Ordinal);
                    merged.Options = ConvertOptions(root.GetProperty("options"), reportPaths, mergedOut);
                }
                statuses.Add(root.GetProperty("status").GetString() ?? "failed");
                var started = DateTimeOffset.Parse(root.GetProperty("started_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                var finished = DateTimeOffset.Parse(root.GetProperty("finished_at").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
                merged.StartedAt = started < merged.StartedAt ? started : merged.StartedAt;
                merged.FinishedAt = finished > merged.FinishedAt ? finished : merged.FinishedAt;
                var records = root.GetProperty("records");
                merged.RecordsRead += records.GetProperty("read").GetInt64();
                merged.RecordsWritten += records.GetProperty("written").GetInt64();
                merged.RecordsQuarantined += records.GetProperty("quarantined").GetInt64();
                merged.RecordsWithFindings += records.GetProperty("with_findings").GetInt64();
                var findings = root.GetProperty("findings");
                merged.FindingsTotal += findings.GetProperty("total").GetInt64();
                AddMap(merged.ByType, findings.GetProperty("by_type"));
                AddMap(merged.BySource, findings.GetProperty("by_source"));
                AddMap(merged.ByField, findings.GetProperty("by_field"));
                var files = root.GetProperty("files");
                merged.FilesTotal += files.GetProperty("total").GetInt32();
                merged.FilesCompleted += files.GetProperty("completed").GetInt32();
                foreach (var p in files.GetProperty("partial").EnumerateArray())
                {
                    merged.PartialFiles.Add(p.GetString() ?? "");
                }
                AddMap(merged.QuarantineByReason, root.GetProperty("quarantine_by_reason"));
                merged.BytesRead += root.GetProperty("bytes_read").GetInt64();
                if (root.TryGetProperty("report_data", out var data) && data.ValueKind == JsonValueKind.Object)
                {
                    AddData(merged, ReadData(data, path), path, reportPaths[0]);
                    withData++;
                }
            }
        }
        if (withData < reportPaths.Count)
        {
            merged.Extras = null;
        }
        merged.PartialFiles.Sort(StringComparer.Ordinal);
        merged.Status = statuses.Contains("failed") ? "failed" : statuses.Contains("cancelled") ? "cancelled" : "completed";
        if (merged.Status == "failed")
        {
            merged.Error = "at least one merged output comes from a failed scan; rerun that shard (with --resume)";
        }
        return merged;
    }

    // Names and values, not the layout of the JSON text.
    private static string Signature(JsonElement map) =>
        string.Join(",", map.EnumerateObject().Select(p => p.Name + "=" + p.Value.GetRawText()).Order(StringComparer.Ordinal));

    private static ReportExtras ReadData(JsonElement data, string path)
    {
        try
        {
            return ReportExtras.ReadJson(data);
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new PiiScanException($"'{path}' has a malformed report_data section ({ex.Message}).");
        }
    }

    private static void AddData(RunReport merged, ReportExtras data, string path, string first)
    {
        if (merged.Extras is null)
        {
            merged.Extras = new ReportExtras { TimeField = data.TimeField };
        }
        else if (!string.Equals(merged.Extras.TimeField, data.TimeField, StringComparison.Ordinal))
        {
            throw new PiiScanException($"'{path}' was scanned with another --time-field than '{first}': merge only shards of one job.");
        }
        merged.Extras.Add(data);
    }

    private static void AddMap(SortedDictionary<string, long> target, JsonElement map)
    {
        foreach (var p in map.EnumerateObject())
        {
            target[p.Name] = target.GetValueOrDefault(p.Name) + p.Value.GetInt64();
        }
    }

    // Options as plain values (the report serializer knows strings, numbers, booleans and string lists); the shard
    // and output directory of the first input are replaced by the merge's own.
    private static Dictionary<string, object?> ConvertOptions(JsonElement options, IReadOnlyList<string> reportPaths, string mergedOut)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var p in options.EnumerateObject())
        {
            if (p.Name is "shard" or "out")
            {
                continue;
            }
            result[p.Name] = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                JsonValueKind.Number when p.Value.TryGetInt64(out var l) => l,
                JsonValueKind.Number => p.Value.GetDouble(),
                JsonValueKind.Array => p.Value.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() ?? "" : e.GetRawText()).ToList(),
                JsonValueKind.Null or JsonValueKind.Undefined => null,
                _ => p.Value.GetRawText(),
            };
        }
        result["out"] = mergedOut;
        result["merged_from"] = reportPaths.Select(p => Path.GetDirectoryName(p) ?? p).ToList();
        return result;
    }
}
