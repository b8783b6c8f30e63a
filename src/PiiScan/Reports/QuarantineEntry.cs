namespace PiiScan.Reports;

/// <summary>A record that could not be parsed or processed. The reason never contains record text.</summary>
/// <param name="Source">Input path relative to the scan root.</param>
/// <param name="Record">0-based record index.</param>
/// <param name="ByteOffset">Offset in the decompressed input, or -1 when unknown.</param>
/// <param name="Reason">Why the record was quarantined.</param>
public readonly record struct QuarantineEntry(string Source, long Record, long ByteOffset, string Reason);
