using System.Security.Cryptography;
using System.Text;
using PiiScan.Pipeline;
using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Writers;

namespace PiiScan.Resume;

/// <summary>
/// A resumable scan (<c>scan --resume</c>). Files recorded as done in the manifest whose identity (size, mtime,
/// hashes of the first and last 64 KiB) is unchanged, and whose parts and redacted copy still exist, are skipped and
/// their outputs left untouched; every other file is (re)scanned from its start. Each scanned file leaves part files
/// under <c>parts/</c>; when the run ends, <c>findings.parquet</c>, <c>findings.jsonl</c>, <c>quarantine.jsonl</c>
/// and the counts of <c>report.json</c> are rebuilt from the parts of all files in input order, so a resumed run's
/// outputs equal an uninterrupted run's (the findings table byte for byte: same rows, same row groups). Sinks that
/// implement <see cref="IResumableSink"/> (the subject index, the HTML/Markdown report) keep parts of their own and
/// are rebuilt the same way.
/// </summary>
public sealed class ResumeSession : IDisposable
{
    internal const string FindingsSuffix = ".findings.bin";
    internal const string QuarantineSuffix = ".quarantine.jsonl";
    internal const string StatsSuffix = ".stats.json";

    private readonly ResumeManifest _manifest;
    private readonly IReadOnlyList<SourceFile> _all;
    private readonly Dictionary<string, FileIdentity?> _identities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _skipped = new(StringComparer.Ordinal);
    private readonly HashSet<string> _scanned = new(StringComparer.Ordinal);

    private readonly IReadOnlyList<IResumableSink> _resumable;

    /// <summary>Lock file name: one resumable run per output directory at a time.</summary>
    public const string LockFileName = ".piiscan-resume.lock";

    private FileStream? _lock;

    private ResumeSession(ScanOptions options, IReadOnlyList<SourceFile> all, ResumeManifest manifest, IReadOnlyList<IScanSink> inner)
    {
        Options = options;
        _all = all;
        _manifest = manifest;
        _resumable = inner.OfType<IResumableSink>().ToList();
        Sink = new ResumeSink(this, inner);
    }

    /// <summary>The scan options (output directory, findings options).</summary>
    public ScanOptions Options { get; }

    /// <summary>Sources still to scan, in input order.</summary>
    public IReadOnlyList<SourceFile> Pending { get; private set; } = [];

    /// <summary>Sources skipped because they were finished by an earlier run.</summary>
    public int SkippedCount => _skipped.Count;

    /// <summary>The sink to give the pipeline (alone): it forwards every call to the sinks passed to <see cref="Open"/>.</summary>
    public IScanSink Sink { get; }

    /// <summary>
    /// Opens the manifest in the output directory, removes temporary files left by a killed run and works out which
    /// of <paramref name="sources"/> are still to scan. <paramref name="fingerprint"/> identifies the options
    /// that shape the outputs; a manifest with another fingerprint is refused. <paramref name="sinks"/> are the
    /// pipeline's other sinks: those that implement <see cref="IResumableSink"/> keep and rebuild their outputs across
    /// runs; the others only see the files scanned by this run.
    /// </summary>
    public static ResumeSession Open(ScanOptions options, IReadOnlyList<SourceFile> sources, string fingerprint, IReadOnlyList<IScanSink>? sinks = null)
    {
        Directory.CreateDirectory(options.OutputDirectory);
        var lockFile = AcquireLock(options.OutputDirectory);
        ResumeSession session;
        try
        {
            RemoveStaleTemporaries(options.OutputDirectory);
            session = new ResumeSession(options, sources, ResumeManifest.Open(options.OutputDirectory, fingerprint), sinks ?? []) { _lock = lockFile };
        }
        catch
        {
            lockFile.Dispose();
            throw;
        }
        var pending = new List<SourceFile>();
        foreach (var source in sources)
        {
            // Size and mtime first (a stat); the hashes are read only for files that may be finished.
            if (!source.IsStdin
                && session._manifest.Entries.TryGetValue(source.RelativePath, out var entry)
                && FileIdentity.StatMatches(source.FullPath, entry.Identity)
                && FileIdentity.TryCompute(source.FullPath) is { } identity
                && session.IsFinished(source, identity))
            {
                session._skipped.Add(source.RelativePath);
            }
            else
            {
                pending.Add(source);
            }
        }
        session.Pending = pending;
        return session;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _manifest.Dispose();
        _lock?.Dispose();
        _lock = null;
    }

    // An exclusive lock (flock on Unix) held for the whole run: a second resumable run into the same directory would
    // delete the first one's temporaries and interleave manifest lines.
    private static FileStream AcquireLock(string outDir)
    {
        try
        {
            return new FileStream(Path.Combine(outDir, LockFileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException)
        {
            throw new PiiScanException($"--resume: another piiscan run is using '{outDir}': wait for it to end, or use another --out directory.");
        }
    }

    internal string PartPath(string relativePath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath));
        return Path.Combine(Options.OutputDirectory, "parts", Convert.ToHexStringLower(hash.AsSpan(0, 10)));
    }

    private string RedactedOutput(SourceFile source) =>
        Options.RedactedDirectory + "/" + Options.RedactedRelativePath(source);

    private bool IsFinished(SourceFile source, FileIdentity identity)
    {
        if (!_manifest.Entries.TryGetValue(source.RelativePath, out var entry) || entry.Identity != identity)
        {
            return false;
        }
        var part = PartPath(source.RelativePath);
        if (!File.Exists(part + StatsSuffix) || !File.Exists(part + FindingsSuffix) || !File.Exists(part + QuarantineSuffix)
            || _resumable.Any(s => s.PartSuffixes.Any(suffix => !File.Exists(part + suffix))))
        {
            return false;
        }
        var expected = Options.WriteRedacted ? [RedactedOutput(source)] : Array.Empty<string>();
        return expected.SequenceEqual(entry.Outputs, StringComparer.Ordinal)
            && entry.Outputs.All(o => File.Exists(Path.Combine(Options.OutputDirectory, o)));
    }

    // Called on the writer task when a file's first batch arrives: its identity as it is being read.
    internal void FileStarted(SourceFile source) =>
        _identities[source.RelativePath] = source.IsStdin ? null : FileIdentity.TryCompute(source.FullPath);

    // Called on the writer task once a file's redacted copy and part files are committed.
    internal void FileFinished(SourceFile source, bool completed)
    {
        foreach (var sink in _resumable)
        {
            sink.SavePart(source, PartPath(source.RelativePath));
        }
        _scanned.Add(source.RelativePath);
        if (!completed || source.IsStdin)
        {
            return;
        }
        if (Options.WriteRedacted)
        {
            TryDelete(Path.Combine(Options.OutputDirectory, RedactedOutput(source) + ".partial"));
        }
        var before = _identities.GetValueOrDefault(source.RelativePath);
        // A file that changed while it was read is not recorded: the next run scans it again.
        if (before is null || FileIdentity.TryCompute(source.FullPath) != before)
        {
            return;
        }
        var part = Path.GetFileName(PartPath(source.RelativePath));
        _manifest.Append(new ManifestEntry(source.RelativePath, before, part, Options.WriteRedacted ? [RedactedOutput(source)] : []));
    }

    /// <summary>Rebuilds the findings, quarantine log and report counts from the parts of all files, in input order.</summary>
    internal void Rebuild(RunReport report)
    {
        var parts = _all.Where(s => _scanned.Contains(s.RelativePath) || _skipped.Contains(s.RelativePath)).ToList();
        var outDir = Options.OutputDirectory;
        var findingsFile = AtomicFile.Create(Path.Combine(outDir, "findings.parquet"));
        var jsonlFile = Options.FindingsJsonl ? AtomicFile.Create(Path.Combine(outDir, "findings.jsonl")) : null;
        var quarantineFile = AtomicFile.Create(Path.Combine(outDir, "quarantine.jsonl"));
        try
        {
            var writer = new FindingsWriter(findingsFile.Stream, jsonlFile?.Stream, Options.FindingsIncludeText);
            foreach (var source in parts)
            {
                var part = PartPath(source.RelativePath);
                foreach (var batch in PartFindings.ReadBatches(part + FindingsSuffix, source.RelativePath))
                {
                    foreach (var row in batch)
                    {
                        writer.Add(row);
                    }
                    writer.FlushIfFullAsync().AsTask().GetAwaiter().GetResult();
                }
                using var q = File.OpenRead(part + QuarantineSuffix);
                q.CopyTo(quarantineFile.Stream);
            }
            writer.CompleteAsync().AsTask().GetAwaiter().GetResult();
            writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
            findingsFile.Commit();
            jsonlFile?.Commit();
            quarantineFile.Commit();
        }
        finally
        {
            findingsFile.Abort();
            jsonlFile?.Abort();
            quarantineFile.Abort();
        }
        ApplyStats(report, parts);
        var stems = parts.Select(s => (s, PartPath(s.RelativePath))).ToList();
        foreach (var sink in _resumable)
        {
            sink.Rebuild(stems, report);
        }
    }

    private void ApplyStats(RunReport report, List<SourceFile> parts)
    {
        report.RecordsRead = report.RecordsWritten = report.RecordsQuarantined = report.RecordsWithFindings = 0;
        report.BytesRead = report.FindingsTotal = 0;
        report.ByType.Clear();
        report.BySource.Clear();
        report.ByField.Clear();
        report.QuarantineByReason.Clear();
        report.FilesTotal = _all.Count;
        report.FilesCompleted = 0;
        foreach (var source in parts)
        {
            var stats = PartStats.Load(PartPath(source.RelativePath) + StatsSuffix);
            report.RecordsRead += stats.Read;
            report.RecordsWritten += stats.Written;
            report.RecordsQuarantined += stats.Quarantined;
            report.RecordsWithFindings += stats.WithFindings;
            report.BytesRead += stats.BytesRead;
            report.FindingsTotal += stats.Findings;
            report.FilesCompleted += stats.Completed ? 1 : 0;
            if (stats.Findings > 0)
            {
                report.BySource[source.RelativePath] = stats.Findings;
            }
            Add(report.ByType, stats.ByType);
            Add(report.ByField, stats.ByField);
            Add(report.QuarantineByReason, stats.QuarantineByReason);
        }
    }

    private static void Add(SortedDictionary<string, long> target, SortedDictionary<string, long> source)
    {
        foreach (var (k, v) in source)
        {
            target[k] = target.GetValueOrDefault(k) + v;
        }
    }

    // AtomicFile names temporaries ".NAME.tmp-PID"; those of another (killed) process are garbage.
    private static void RemoveStaleTemporaries(string outDir)
    {
        var own = ".tmp-" + Environment.ProcessId;
        foreach (var file in Directory.EnumerateFiles(outDir, ".*.tmp-*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None }))
        {
            var name = Path.GetFileName(file);
            var at = name.LastIndexOf(".tmp-", StringComparison.Ordinal);
            if (at > 0 && name.AsSpan(at + 5).IndexOfAnyExceptInRange('0', '9') < 0 && !name.EndsWith(own, StringComparison.Ordinal))
            {
                TryDelete(file);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
        }
    }
}
