using System.Globalization;
using System.Text;
using PiiScan.Records;

namespace PiiScan.Sharding;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (0-based), as given by <c>--shard i/N</c>. Whole input files are
/// assigned to shards by a stable hash of their path relative to the scan root: FNV-1a (64-bit) of the UTF-8 bytes,
/// modulo <see cref="Count"/>. The assignment depends on nothing but the relative path, so every process of a
/// scale-out job agrees on it, and every record lands in exactly one shard. Files are never split.
/// </summary>
public sealed record ShardSpec(int Index, int Count)
{
    /// <summary>The single shard of an unsharded run.</summary>
    public static ShardSpec All { get; } = new(0, 1);

    /// <summary>Parses <c>i/N</c> with 0 ≤ i &lt; N.</summary>
    /// <exception cref="PiiScanException">The text is not of that form.</exception>
    public static ShardSpec Parse(string text)
    {
        var slash = text.IndexOf('/');
        if (slash > 0
            && int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            && count >= 1 && index < count)
        {
            return new ShardSpec(index, count);
        }
        throw new PiiScanException($"--shard '{text}' is not valid: use i/N with 0 <= i < N, e.g. --shard 0/4.");
    }

    /// <summary>The shard (0..<paramref name="count"/>-1) a relative path belongs to.</summary>
    public static int ShardOf(string relativePath, int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        return (int)(Fnv1a64(relativePath) % (ulong)count);
    }

    /// <summary>True when <paramref name="source"/> belongs to this shard.</summary>
    public bool Contains(SourceFile source) => Count == 1 || ShardOf(source.RelativePath, Count) == Index;

    /// <summary>The sources of this shard, in their original order.</summary>
    public IReadOnlyList<SourceFile> Select(IReadOnlyList<SourceFile> sources)
        => Count == 1 ? sources : sources.Where(Contains).ToList();

    /// <summary>64-bit FNV-1a of the UTF-8 encoding of <paramref name="text"/>.</summary>
    public static ulong Fnv1a64(string text)
    {
        const ulong offset = 14695981039346656037UL;
        const ulong prime = 1099511628211UL;
        var hash = offset;
        Span<byte> buffer = stackalloc byte[256];
        var bytes = Encoding.UTF8.GetByteCount(text) <= buffer.Length ? buffer[..Encoding.UTF8.GetBytes(text, buffer)] : Encoding.UTF8.GetBytes(text);
        foreach (var b in bytes)
        {
            hash ^= b;
            hash *= prime;
        }
        return hash;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Index}/{Count}";
}
