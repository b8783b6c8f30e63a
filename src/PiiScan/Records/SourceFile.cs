namespace PiiScan.Records;

/// <summary>An input file (or stdin) and how to read it.</summary>
/// <param name="FullPath">Absolute path, or <c>-</c> for standard input.</param>
/// <param name="RelativePath">Path relative to the scan root with <c>/</c> separators (the <c>source</c> column).</param>
/// <param name="Format">Record format.</param>
/// <param name="Compression">Compression detected from magic bytes.</param>
/// <param name="Length">Size on disk in bytes (0 for stdin).</param>
public sealed record SourceFile(string FullPath, string RelativePath, InputFormat Format, Compression Compression, long Length)
{
    /// <summary>True for standard input.</summary>
    public bool IsStdin => FullPath == "-";
}
