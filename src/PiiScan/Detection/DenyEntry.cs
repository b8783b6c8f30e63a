namespace PiiScan.Detection;

/// <summary>A value that is always reported as <paramref name="Type"/> wherever it occurs (ordinal match).</summary>
public sealed record DenyEntry(string Value, string Type, bool IgnoreCase = false);
