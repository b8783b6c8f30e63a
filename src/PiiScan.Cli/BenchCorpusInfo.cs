namespace PiiScan.Cli;

/// <summary>A generated bench archive: its directory, file and record counts, uncompressed and on-disk sizes, whether an earlier one was reused.</summary>
internal sealed record BenchCorpusInfo(string Directory, int Files, long Records, long Bytes, long DiskBytes, bool Reused = false);
