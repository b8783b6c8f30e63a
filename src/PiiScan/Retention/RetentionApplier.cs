using System.Globalization;
using System.Text;
using System.Text.Json;
using PiiScan.Detection;
using PiiScan.Dsr;
using PiiScan.Operators;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Writers;

namespace PiiScan.Retention;

/// <summary>
/// Performs a retention plan: <c>delete-file</c> removes the file, <c>delete-records</c> rewrites it without the
/// expired records, <c>redact-records</c> rewrites it with detection and the scan's operators applied to the expired
/// records only. Rewrites are atomic and keep the file's modification time. Without execute nothing changes and the
/// actions are only described. Each run appends to <c>retention-audit.jsonl</c> beside the plan (no values).
/// </summary>
public sealed class RetentionApplier(IList<RetentionPlanRow> plan, string planPath)
{
    /// <summary>Audit file name (beside the plan).</summary>
    public const string AuditFileName = "retention-audit.jsonl";

    /// <summary>Detection used for redact (required when the plan redacts).</summary>
    public DetectionEngine? Engine { get; init; }

    /// <summary>Operators used for redact.</summary>
    public OperatorPolicy? Operators { get; init; }

    /// <summary>Optional model annotation before pattern detection (NER).</summary>
    public Action<RecordBatch>? BeforeDetect { get; init; }

    /// <summary>True when some row redacts.</summary>
    public bool NeedsDetection => plan.Any(r => r.Planned == "redact-records");

    /// <summary>Applies (or with <paramref name="execute"/> false describes) the plan; returns (source, action, records) per source acted on.</summary>
    public List<(string Source, string Action, long Records)> Apply(bool execute, TextWriter log)
    {
        var results = new List<(string, string, long)>();
        foreach (var g in plan.Where(r => r.Planned != "none").GroupBy(r => (r.Root, r.Source)).OrderBy(g => g.Key.Source, StringComparer.Ordinal))
        {
            var (root, relative) = g.Key;
            var rows = plan.Where(r => r.Root == root && r.Source == relative).ToList();
            var expired = g.Sum(r => r.RecordsExpired);
            var deleteFile = g.Any(r => r.Planned == "delete-file");
            var action = deleteFile ? "delete-file" : string.Join("+", g.Select(r => r.Planned).Distinct().Order(StringComparer.Ordinal));
            if (!execute)
            {
                log.WriteLine($"would {action}: {relative} ({expired:N0} records past retention)");
                results.Add((relative, action, expired));
                continue;
            }
            var source = SourceLocator.Locate(root, relative);
            if (deleteFile)
            {
                // Re-check now: a file that received newer records since the plan is rewritten instead.
                var (total, expiredNow) = CountExpiredDeletes(source, rows);
                if (total > 0 && expiredNow == total)
                {
                    File.Delete(source.FullPath);
                    log.WriteLine($"deleted file: {relative} ({total:N0} records)");
                    results.Add((relative, action, total));
                    continue;
                }
                action = "delete-records";
            }
            var n = Rewrite(source, rows);
            log.WriteLine($"{action}: {relative} ({n:N0} records)");
            results.Add((relative, action, n));
        }
        Audit(execute, results);
        return results;
    }

    private static (long Total, long ExpiredDeletes) CountExpiredDeletes(SourceFile source, List<RetentionPlanRow> rows)
    {
        long total = 0;
        long expired = 0;
        Classifier(source, rows).ForEach(source, (_, _, o) =>
        {
            total++;
            if (o.Expired && o.Rule.Action == "delete")
            {
                expired++;
            }
        });
        return (total, expired);
    }

    private static RecordClassifier Classifier(SourceFile source, List<RetentionPlanRow> rows)
    {
        var rules = rows.GroupBy(r => r.CategoryOrder).Select(g => g.First())
            .OrderBy(r => r.CategoryOrder < 0 ? int.MaxValue : r.CategoryOrder)
            .Select(r => new RecordClassifier.Rule(r.CategoryOrder, r.Category, r.MatchField.Length > 0 ? r.MatchField : null, r.MatchEquals, r.TimeBasis,
                r.Cutoff.Length > 0 ? DateTimeOffset.Parse(r.Cutoff, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal) : null, r.Action))
            .ToList();
        if (rules[^1].Order >= 0)
        {
            rules.Add(new RecordClassifier.Rule(-1, RetentionPlanner.Unmatched, null, null, "mtime", null, "keep"));
        }
        return new RecordClassifier(rules, new DateTimeOffset(File.GetLastWriteTimeUtc(source.FullPath), TimeSpan.Zero));
    }

    private long Rewrite(SourceFile source, List<RetentionPlanRow> rows)
    {
        var mtime = File.GetLastWriteTimeUtc(source.FullPath);
        var classifier = Classifier(source, rows);
        var values = new RecordValueReader();
        var applier = Operators is null ? null : new OperatorApplier(Operators);
        var scratch = new List<Detection.Detection>();
        var sb = new StringBuilder();
        var changed = SourceRewriter.Rewrite(source, batch =>
        {
            values.Observe(batch);
            var redact = new bool[batch.RecordCount];
            var any = false;
            long n = 0;
            for (var i = 0; i < batch.RecordCount; i++)
            {
                var o = classifier.Classify(values, batch, i);
                if (!o.Expired)
                {
                    continue;
                }
                if (o.Rule.Action == "delete")
                {
                    batch.Records[i].QuarantineReason = "retention delete";
                    n++;
                }
                else if (o.Rule.Action == "redact")
                {
                    redact[i] = true;
                    any = true;
                }
            }
            if (any)
            {
                if (Engine is null || applier is null)
                {
                    throw new PiiScanException("The plan redacts records: detection and operators are required.");
                }
                BeforeDetect?.Invoke(batch);
                Engine.Detect(batch, scratch);
                applier.Apply(batch, sb);
                var fields = batch.Fields;
                for (var f = 0; f < fields.Length; f++)
                {
                    if (!redact[fields[f].Record])
                    {
                        fields[f].NewValue = null;
                    }
                }
                n += redact.Count(r => r);
            }
            return n;
        });
        if (changed > 0)
        {
            File.SetLastWriteTimeUtc(source.FullPath, mtime);
        }
        return changed;
    }

    private void Audit(bool execute, List<(string Source, string Action, long Records)> results)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(planPath))!;
        using var stream = new FileStream(Path.Combine(dir, AuditFileName), FileMode.Append, FileAccess.Write, FileShare.Read);
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("time", DateTimeOffset.UtcNow.UtcDateTime.ToString("O"));
            w.WriteString("user", Environment.UserName);
            w.WriteString("plan", Path.GetFullPath(planPath));
            w.WriteBoolean("executed", execute);
            w.WriteStartArray("actions");
            foreach (var (source, action, records) in results)
            {
                w.WriteStartObject();
                w.WriteString("source", source);
                w.WriteString("action", action);
                w.WriteNumber("records", records);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("records", results.Sum(r => r.Records));
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }
}
