using PiiScan.Records;

namespace PiiScan.Cli;

/// <summary>Parsed <c>scan</c> options.</summary>
internal sealed record ScanSettings
{
    public required string[] Inputs { get; init; }
    public required string Output { get; init; }
    public string[] Fields { get; init; } = [];
    public InputFormat? InputFormat { get; init; }
    public bool OutputParquet { get; init; }
    public int Threads { get; init; } = Environment.ProcessorCount;
    public string? Config { get; init; }
    public string? Operator { get; init; }
    public bool FindingsJsonl { get; init; }
    public bool FindingsIncludeText { get; init; }
    public bool FailOnFindings { get; init; }
    public bool Quiet { get; init; }
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;
    public bool WriteRedacted { get; init; } = true;
    public string? Model { get; init; }
    public bool NoNer { get; init; }
    public string? Keys { get; init; }
    public string? Device { get; init; }
    public bool InsecureKeyring { get; init; }
    public int MaxJsonDepth { get; init; } = 64;
    public string? Shard { get; init; }
    public bool Resume { get; init; }
    public string? TimeField { get; init; }
}
