namespace PiiScan.Tests.Readers;

/// <summary>A field as read in a test (Raw is the UTF-8 text of its raw span).</summary>
internal sealed record ReadField(string Path, string Key, string Text, string Raw, string? NewValue);
