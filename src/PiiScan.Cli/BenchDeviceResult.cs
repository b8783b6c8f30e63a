using PiiScan.Pipeline;

namespace PiiScan.Cli;

/// <summary>One measured run of <c>piiscan bench</c> on one device.</summary>
internal sealed record BenchDeviceResult
{
    public required string Device { get; init; }
    public required string Backend { get; init; }
    public required bool Ner { get; init; }
    public required double Seconds { get; init; }
    public required long BytesRead { get; init; }
    public required long Records { get; init; }
    public required long Findings { get; init; }
    public required long NerTokens { get; init; }
    public required long PeakRssBytes { get; init; }
    public required string PeakRssMethod { get; init; }
    public required StageTimings Stages { get; init; }
    public required string FindingsPath { get; init; }
    public required int WarmupRuns { get; init; }

    public double MegabytesPerSecond => BytesRead / 1e6 / Seconds;
    public double RecordsPerSecond => Records / Seconds;
    public double NerTokensPerSecond => NerTokens / Seconds;
}
