using System.Security.Cryptography;

namespace PiiScan.Resume;

/// <summary>
/// What identifies an input file across runs: size, modification time (UTC ticks) and SHA-256 of its first and last
/// 64 KiB. A file whose identity changed since it was finished is scanned again.
/// </summary>
/// <param name="Size">Length in bytes.</param>
/// <param name="MtimeTicks">Last write time, UTC ticks.</param>
/// <param name="Head">Hex SHA-256 of the first 64 KiB (or the whole file when smaller).</param>
/// <param name="Tail">Hex SHA-256 of the last 64 KiB (or the whole file when smaller).</param>
public sealed record FileIdentity(long Size, long MtimeTicks, string Head, string Tail)
{
    /// <summary>Bytes hashed at each end.</summary>
    public const int BlockSize = 64 * 1024;

    /// <summary>True when <paramref name="path"/> has the size and modification time of <paramref name="identity"/> (no read).</summary>
    public static bool StatMatches(string path, FileIdentity identity)
    {
        var info = new FileInfo(path);
        return info.Exists && info.Length == identity.Size && info.LastWriteTimeUtc.Ticks == identity.MtimeTicks;
    }

    /// <summary>Computes the identity of <paramref name="path"/>, or null when it cannot be read.</summary>
    public static FileIdentity? TryCompute(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.None);
            var size = stream.Length;
            var mtime = File.GetLastWriteTimeUtc(path).Ticks;
            var buffer = new byte[(int)Math.Min(BlockSize, size)];
            stream.ReadExactly(buffer);
            var head = Convert.ToHexStringLower(SHA256.HashData(buffer));
            stream.Position = Math.Max(0, size - buffer.Length);
            stream.ReadExactly(buffer);
            var tail = Convert.ToHexStringLower(SHA256.HashData(buffer));
            return new FileIdentity(size, mtime, head, tail);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
