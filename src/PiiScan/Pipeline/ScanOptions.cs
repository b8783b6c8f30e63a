using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Pipeline;

/// <summary>Everything a scan needs besides detection and operators.</summary>
public sealed record ScanOptions
{
    /// <summary>Output directory (created if missing).</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Scan root: <c>source</c> paths and <c>redacted/</c> paths are relative to it.</summary>
    public string Root { get; init; } = ".";

    /// <summary>Reader options (fields, limits, batch sizes).</summary>
    public ReaderOptions Reader { get; init; } = new();

    /// <summary>Write redacted outputs as Parquet instead of the input format.</summary>
    public bool OutputParquet { get; init; }

    /// <summary>Folder under the output directory for the transformed copies (<c>redacted</c>; <c>restored</c> for reidentify).</summary>
    public string RedactedDirectory { get; init; } = "redacted";

    /// <summary>Write redacted copies at all (false: findings and report only).</summary>
    public bool WriteRedacted { get; init; } = true;

    /// <summary>Detection parallelism (worker count).</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Also write <c>findings.jsonl</c>.</summary>
    public bool FindingsJsonl { get; init; }

    /// <summary>Add a <c>text</c> column with the detected values (evaluation only: it is PII).</summary>
    public bool FindingsIncludeText { get; init; }

    /// <summary>Options echoed into <c>report.json</c> (never values from the data).</summary>
    public IReadOnlyDictionary<string, object?> ReportedOptions { get; init; } = new Dictionary<string, object?>();

    /// <summary>Name of the NER model in use, or null.</summary>
    public string? Model { get; init; }

    /// <summary>Inference device description for the report.</summary>
    public string Device { get; init; } = "cpu";

    /// <summary>Tool version for the report.</summary>
    public string Version { get; init; } = typeof(ScanOptions).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>Output path for a source's redacted copy, relative to <c>redacted/</c>.</summary>
    public string RedactedRelativePath(SourceFile source)
    {
        if (!OutputParquet || source.Format == InputFormat.Parquet)
        {
            return source.RelativePath;
        }
        var path = source.RelativePath;
        foreach (var ext in CompressionSuffixes)
        {
            if (path.EndsWith(ext, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^ext.Length];
                break;
            }
        }
        return path + ".parquet";
    }

    private static readonly string[] CompressionSuffixes = [".gz", ".zst", ".zstd"];
}
