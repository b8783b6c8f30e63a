namespace PiiScan.Tests.Readers;

/// <summary>A record as read in a test.</summary>
internal sealed record ReadRecord(long Index, long ByteOffset, string? Quarantine, List<ReadField> Fields);
