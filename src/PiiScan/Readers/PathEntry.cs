namespace PiiScan.Readers;

/// <summary>An interned field path, its key, and whether the selector selects it.</summary>
internal sealed record PathEntry(string Path, string Key, bool Selected);
