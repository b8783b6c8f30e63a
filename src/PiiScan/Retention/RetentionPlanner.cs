using System.Globalization;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Reports;

namespace PiiScan.Retention;

/// <summary>
/// Builds a retention plan: every input file under the root is read, each record is assigned a category and a
/// reference time (<see cref="RecordClassifier"/>), and records are grouped per source, category and day partition
/// with counts past retention, PII types (from the scan's findings) and the action apply will take.
/// </summary>
public sealed class RetentionPlanner(RetentionPolicy policy, string root, string? timeField, string config)
{
    /// <summary>Name used for records no category matches.</summary>
    public const string Unmatched = "(unmatched)";

    /// <summary>Plans for all files under the root at time <paramref name="now"/>; <paramref name="findingsPath"/> may be null.</summary>
    public List<RetentionPlanRow> Plan(DateTimeOffset now, string? findingsPath, IReadOnlyCollection<string> excludeDirectories)
    {
        var pii = new Dictionary<(string, long), SortedSet<string>>();
        if (findingsPath is not null && File.Exists(findingsPath))
        {
            foreach (var f in FindingsReader.ReadAllAsync(findingsPath).GetAwaiter().GetResult())
            {
                if (!pii.TryGetValue((f.Source, f.Record), out var set))
                {
                    pii[(f.Source, f.Record)] = set = new SortedSet<string>(StringComparer.Ordinal);
                }
                set.Add(f.Type);
            }
        }
        var (sources, _) = InputResolver.Resolve([root], null);
        var rows = new List<RetentionPlanRow>();
        foreach (var source in sources)
        {
            if (excludeDirectories.Any(d => source.FullPath.StartsWith(d + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                continue;
            }
            rows.AddRange(PlanSource(source, now, pii));
        }
        return rows;
    }

    /// <summary>The rules of a source: matching categories in policy order, then the unmatched default (kept).</summary>
    public IReadOnlyList<RecordClassifier.Rule> RulesFor(string relativePath, DateTimeOffset now)
    {
        var rules = new List<RecordClassifier.Rule>();
        for (var i = 0; i < policy.Categories.Count; i++)
        {
            var c = policy.Categories[i];
            if (!c.Path.IsMatch(relativePath))
            {
                continue;
            }
            var tf = c.TimeField ?? timeField;
            var basis = c.AfterField is not null ? "after:" + c.AfterField : tf is not null ? "field:" + tf : "mtime";
            rules.Add(new RecordClassifier.Rule(i, c.Name, c.Field, c.EqualsValue, basis, c.Cutoff(now), c.Action));
        }
        rules.Add(new RecordClassifier.Rule(-1, Unmatched, null, null, timeField is null ? "mtime" : "field:" + timeField, null, "keep"));
        return rules;
    }

    private List<RetentionPlanRow> PlanSource(SourceFile source, DateTimeOffset now, Dictionary<(string, long), SortedSet<string>> pii)
    {
        var fileTime = new DateTimeOffset(File.GetLastWriteTimeUtc(source.FullPath), TimeSpan.Zero);
        var classifier = new RecordClassifier(RulesFor(source.RelativePath, now), fileTime);
        var groups = new SortedDictionary<(int, string), Group>();
        long total = 0;
        long deleteExpired = 0;
        classifier.ForEach(source, (batch, i, o) =>
        {
            total++;
            var partition = o.FromRecord && o.Time is { } t ? t.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            var key = (o.Rule.Order, partition);
            if (!groups.TryGetValue(key, out var g))
            {
                groups[key] = g = new Group(o.Rule);
            }
            g.Records++;
            if (o.Expired)
            {
                g.Expired++;
                if (o.Rule.Action == "delete")
                {
                    deleteExpired++;
                }
            }
            if (o.FromRecord)
            {
                g.FromRecord++;
            }
            if (o.Time is { } time)
            {
                g.Oldest = g.Oldest is null || time < g.Oldest ? time : g.Oldest;
                g.Newest = g.Newest is null || time > g.Newest ? time : g.Newest;
            }
            else
            {
                g.WithoutTime++;
            }
            if (pii.TryGetValue((source.RelativePath, batch.Records[i].Index), out var types))
            {
                g.Types.UnionWith(types);
            }
        });
        var wholeFile = total > 0 && deleteExpired == total;
        var rows = new List<RetentionPlanRow>();
        foreach (var ((_, partition), g) in groups)
        {
            var r = g.Rule;
            var planned = g.Expired == 0 || r.Action == "keep" ? "none" : r.Action == "redact" ? "redact-records" : wholeFile ? "delete-file" : "delete-records";
            rows.Add(new RetentionPlanRow
            {
                Source = source.RelativePath,
                Partition = partition,
                Category = r.Name,
                CategoryOrder = r.Order,
                MatchField = r.Field ?? "",
                MatchEquals = r.EqualsValue ?? "",
                TimeBasis = r.TimeBasis,
                Retention = r.Order < 0 ? "" : policy.Categories[r.Order].Retain,
                Cutoff = r.Cutoff is { } c ? Iso(c) : "",
                Action = r.Action,
                Planned = planned,
                Records = g.Records,
                RecordsExpired = g.Expired,
                Oldest = g.Oldest is { } o ? Iso(o) : "",
                Newest = g.Newest is { } n ? Iso(n) : "",
                PiiTypes = string.Join(",", g.Types),
                Reason = Reason(g, planned),
                Root = Path.GetFullPath(root),
                Config = config,
            });
        }
        return rows;
    }

    private static string Reason(Group g, string planned)
    {
        var r = g.Rule;
        if (r.Order < 0)
        {
            return "no category matched: kept";
        }
        var period = r.Cutoff is { } c ? $"retention ends before {Iso(c)}" : "";
        var basis = r.TimeBasis == "mtime" ? "file modification time"
            : r.TimeBasis.StartsWith("after:", StringComparison.Ordinal) ? $"time in '{r.TimeBasis[6..]}'"
            : g.FromRecord == 0 ? $"file modification time (no '{r.TimeBasis[6..]}' in the records)"
            : g.FromRecord < g.Records ? $"record time '{r.TimeBasis[6..]}' (file modification time for {g.Records - g.FromRecord} records without it)"
            : $"record time '{r.TimeBasis[6..]}'";
        if (r.Action == "keep")
        {
            return $"category action is keep ({g.Expired} of {g.Records} records past retention)";
        }
        if (g.Expired == 0)
        {
            var open = g.WithoutTime > 0 && r.TimeBasis.StartsWith("after:", StringComparison.Ordinal) ? $"; {g.WithoutTime} records have no '{r.TimeBasis[6..]}' yet and never expire" : "";
            return $"within retention by {basis} ({period}){open}";
        }
        return $"{g.Expired} of {g.Records} records past retention by {basis} ({period}): {planned}";
    }

    private static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private sealed class Group(RecordClassifier.Rule rule)
    {
        public RecordClassifier.Rule Rule { get; } = rule;

        public long Records { get; set; }

        public long Expired { get; set; }

        public long WithoutTime { get; set; }

        public long FromRecord { get; set; }

        public DateTimeOffset? Oldest { get; set; }

        public DateTimeOffset? Newest { get; set; }

        public SortedSet<string> Types { get; } = new(StringComparer.Ordinal);
    }
}
