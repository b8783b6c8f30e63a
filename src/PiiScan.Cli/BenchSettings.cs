namespace PiiScan.Cli;

/// <summary>Parsed <c>bench</c> options.</summary>
internal sealed record BenchSettings
{
    public long SizeBytes { get; init; } = 200_000_000;
    public string SizeText { get; init; } = "200MB";

    /// <summary>The --devices list, or null for the default (cpu, plus cuda when a GPU is present).</summary>
    public string[]? Devices { get; init; }
    public int Seed { get; init; } = 42;
    public string? Json { get; init; }
    public int Threads { get; init; } = Environment.ProcessorCount;
    public string? Keep { get; init; }
    public bool NoNer { get; init; }
    public string? Model { get; init; }
    public bool Quiet { get; init; }
}
