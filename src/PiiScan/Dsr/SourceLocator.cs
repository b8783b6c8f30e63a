using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Dsr;

/// <summary>Finds the original input file of a <c>source</c> path under a scan root.</summary>
public static class SourceLocator
{
    /// <summary>
    /// Returns the source file for <paramref name="relative"/> under <paramref name="root"/>; format from the
    /// name, compression from magic bytes.
    /// </summary>
    /// <exception cref="PiiScanException">The file does not exist (moved, deleted, or a wrong --inputs root).</exception>
    public static SourceFile Locate(string root, string relative)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar)));
        if (!File.Exists(full))
        {
            throw new PiiScanException($"Original input '{relative}' is not under '{root}': pass --inputs ROOT (the directory that was scanned).");
        }
        var info = new FileInfo(full);
        return new SourceFile(full, relative, InputResolver.FormatFromName(full), CompressionStreams.DetectFile(full), info.Length);
    }
}
