namespace PiiScan.Records;

/// <summary>Stream compression, detected by magic bytes; outputs use the same.</summary>
public enum Compression
{
    /// <summary>Not compressed.</summary>
    None,

    /// <summary>gzip (RFC 1952), magic <c>1f 8b</c>.</summary>
    Gzip,

    /// <summary>Zstandard, magic <c>28 b5 2f fd</c>.</summary>
    Zstd,
}
