using System.Text;
using System.Text.Json;
using PiiScan.Reports;
using PiiScan.Writers;

namespace PiiScan.Merge;

/// <summary>
/// <c>piiscan merge</c>: combines the output directories of several scans over disjoint inputs (the shards of a
/// scale-out job) into what one scan over all inputs writes. Findings and quarantine entries are put in the
/// canonical order (sources in ordinal order of their relative path; within a source the order of the scan, i.e.
/// record, then field in record order, then start), which is the order of a single run because shards hold whole
/// files. Report counts and maps are summed, <c>subjects.parquet</c> (when present) is the union of the rows, and
/// the <c>redacted/</c> trees are hard-linked (or copied) side by side. <c>report.html</c> and <c>report.md</c> are
/// rendered from the combined report when every shard's report.json carries the pages' data.
/// </summary>
public static class OutputMerger
{
    /// <summary>Merges <paramref name="inputs"/> (scan output directories) into <paramref name="outDir"/>.</summary>
    /// <exception cref="PiiScanException">An input is not a scan output, or inputs overlap.</exception>
    public static async Task<MergeResult> MergeAsync(IReadOnlyList<string> inputs, string outDir, CancellationToken cancellationToken = default)
    {
        if (inputs.Count == 0)
        {
            throw new PiiScanException("merge needs at least one scan output directory.");
        }
        var dirs = inputs.Select(i => Path.TrimEndingDirectorySeparator(Path.GetFullPath(i))).ToList();
        outDir = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outDir));
        foreach (var dir in dirs)
        {
            if (!Directory.Exists(dir) || !File.Exists(Path.Combine(dir, "report.json")))
            {
                throw new PiiScanException($"'{dir}' is not a scan output directory (no report.json): pass the --out directories of finished scans.");
            }
            if (string.Equals(dir, outDir, StringComparison.Ordinal))
            {
                throw new PiiScanException($"--out '{outDir}' is also an input: merge into a new directory.");
            }
        }
        if (dirs.Distinct(StringComparer.Ordinal).Count() != dirs.Count)
        {
            throw new PiiScanException("The same directory is given twice: merge each shard once.");
        }
        Directory.CreateDirectory(outDir);
        // report.json is written last: a merge that fails half-way leaves none (not a stale one from an earlier merge).
        foreach (var name in ReportFiles)
        {
            File.Delete(Path.Combine(outDir, name));
        }

        var report = ReportMerger.Merge(dirs.Select(d => Path.Combine(d, "report.json")).ToList(), outDir);
        var findings = await MergeFindingsAsync(dirs, outDir, cancellationToken).ConfigureAwait(false);
        var quarantine = MergeQuarantine(dirs, outDir);
        var subjects = dirs.Select(d => Path.Combine(d, "subjects.parquet")).Where(File.Exists).ToList();
        if (subjects.Count > 0)
        {
            await ParquetUnion.WriteAsync(subjects, Path.Combine(outDir, "subjects.parquet"), cancellationToken).ConfigureAwait(false);
        }
        var redacted = TreeLinker.LinkAll(dirs.Select(d => Path.Combine(d, "redacted")).ToList(), Path.Combine(outDir, "redacted"));
        if (report.Extras is not null)
        {
            ReportSink.Write(report, report.Extras, outDir);
        }

        var file = AtomicFile.Create(Path.Combine(outDir, "report.json"));
        try
        {
            report.WriteJson(file.Stream);
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
        return new MergeResult(report, findings, quarantine, redacted, subjects.Count > 0);
    }

    private static readonly string[] ReportFiles = ["report.json", "report.html", "report.md"];

    internal static async Task<long> MergeFindingsAsync(List<string> dirs, string outDir, CancellationToken cancellationToken) =>
        await TryMergeSortedAsync(dirs, outDir, cancellationToken).ConfigureAwait(false)
        ?? await MergeInMemoryAsync(dirs, outDir, cancellationToken).ConfigureAwait(false);

    // A scan writes its findings grouped by source in ordinal order, so the shards are merged like sorted runs: one
    // row group per shard in memory. Returns null (nothing committed) when a shard turns out not to be in that order.
    private static async Task<long?> TryMergeSortedAsync(List<string> dirs, string outDir, CancellationToken cancellationToken)
    {
        var cursors = new List<FindingsCursor>(dirs.Count);
        try
        {
            var anyText = false;
            var allJsonl = true;
            foreach (var dir in dirs)
            {
                var path = Path.Combine(dir, "findings.parquet");
                var cursor = await FindingsCursor.OpenAsync(path, FindingsTable.MissingMessage(path), cancellationToken).ConfigureAwait(false);
                cursors.Add(cursor);
                anyText |= cursor.HasText;
                allJsonl &= File.Exists(Path.Combine(dir, "findings.jsonl"));
            }
            var live = new bool[cursors.Count];
            for (var i = 0; i < cursors.Count; i++)
            {
                live[i] = await cursors[i].MoveNextAsync(cancellationToken).ConfigureAwait(false);
            }
            var owner = new Dictionary<string, string>(StringComparer.Ordinal);
            long count = 0;
            var sorted = await WriteFindingsAsync(outDir, anyText, allJsonl, async writer =>
            {
                while (true)
                {
                    var best = -1;
                    for (var i = 0; i < cursors.Count; i++)
                    {
                        if (live[i] && (best < 0 || string.CompareOrdinal(cursors[i].Current.Source, cursors[best].Current.Source) < 0))
                        {
                            best = i;
                        }
                    }
                    if (best < 0)
                    {
                        return true;
                    }
                    var cursor = cursors[best];
                    var source = cursor.Current.Source;
                    CheckOwner(owner, source, dirs[best]);
                    do
                    {
                        writer.Add(cursor.Current);
                        count++;
                        await writer.FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
                        live[best] = await cursor.MoveNextAsync(cancellationToken).ConfigureAwait(false);
                    }
                    while (live[best] && string.Equals(cursor.Current.Source, source, StringComparison.Ordinal));
                    if (live[best] && string.CompareOrdinal(cursor.Current.Source, source) < 0)
                    {
                        return false;
                    }
                }
            }, cancellationToken).ConfigureAwait(false);
            return sorted ? count : null;
        }
        finally
        {
            foreach (var cursor in cursors)
            {
                await cursor.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    // Fallback for shards whose findings are not grouped by source in ordinal order: holds every finding in memory.
    private static async Task<long> MergeInMemoryAsync(List<string> dirs, string outDir, CancellationToken cancellationToken)
    {
        var all = new List<FindingRow>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        var anyText = false;
        var allJsonl = true;
        foreach (var dir in dirs)
        {
            var (rows, hasText) = await FindingsTable.ReadAsync(Path.Combine(dir, "findings.parquet"), cancellationToken).ConfigureAwait(false);
            anyText |= hasText;
            allJsonl &= File.Exists(Path.Combine(dir, "findings.jsonl"));
            foreach (var row in rows)
            {
                CheckOwner(owner, row.Source, dir);
            }
            all.AddRange(rows);
        }
        // Stable: rows of one source keep the scan's order (record, field, start).
        var ordered = all.OrderBy(r => r.Source, StringComparer.Ordinal);
        await WriteFindingsAsync(outDir, anyText, allJsonl, async writer =>
        {
            foreach (var row in ordered)
            {
                writer.Add(row);
                await writer.FlushIfFullAsync(cancellationToken).ConfigureAwait(false);
            }
            return true;
        }, cancellationToken).ConfigureAwait(false);
        return all.Count;
    }

    // findings.parquet (and findings.jsonl when every shard has one), committed only when fill returns true.
    private static async Task<bool> WriteFindingsAsync(string outDir, bool anyText, bool allJsonl, Func<FindingsWriter, Task<bool>> fill, CancellationToken cancellationToken)
    {
        var parquet = AtomicFile.Create(Path.Combine(outDir, "findings.parquet"));
        var jsonl = allJsonl ? AtomicFile.Create(Path.Combine(outDir, "findings.jsonl")) : null;
        try
        {
            await using (var writer = new FindingsWriter(parquet.Stream, jsonl?.Stream, anyText))
            {
                if (!await fill(writer).ConfigureAwait(false))
                {
                    return false;
                }
                await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
            parquet.Commit();
            jsonl?.Commit();
            return true;
        }
        finally
        {
            parquet.Abort();
            jsonl?.Abort();
        }
    }

    private static long MergeQuarantine(List<string> dirs, string outDir)
    {
        var lines = new List<(string Source, string Line)>();
        var owner = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var dir in dirs)
        {
            var path = Path.Combine(dir, "quarantine.jsonl");
            if (!File.Exists(path))
            {
                continue;
            }
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                if (line.Length == 0)
                {
                    continue;
                }
                string source;
                try
                {
                    using var doc = JsonDocument.Parse(line);
                    source = doc.RootElement.GetProperty("source").GetString() ?? "";
                }
                catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    throw new PiiScanException($"'{path}' is not a PiiScan quarantine log ({ex.GetType().Name}).");
                }
                CheckOwner(owner, source, dir);
                lines.Add((source, line));
            }
        }
        var file = AtomicFile.Create(Path.Combine(outDir, "quarantine.jsonl"));
        try
        {
            var newline = "\n"u8.ToArray();
            foreach (var (_, line) in lines.OrderBy(l => l.Source, StringComparer.Ordinal))
            {
                file.Stream.Write(Encoding.UTF8.GetBytes(line));
                file.Stream.Write(newline);
            }
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
        return lines.Count;
    }

    private static void CheckOwner(Dictionary<string, string> owner, string source, string dir)
    {
        if (owner.TryGetValue(source, out var other))
        {
            if (!string.Equals(other, dir, StringComparison.Ordinal))
            {
                throw new PiiScanException($"Source '{source}' is in both '{other}' and '{dir}': the merged outputs overlap (merge each shard once).");
            }
            return;
        }
        owner.Add(source, dir);
    }
}
