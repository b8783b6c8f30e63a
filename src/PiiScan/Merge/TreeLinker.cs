using System.Runtime.InteropServices;

namespace PiiScan.Merge;

/// <summary>
/// Places the files of several directory trees into one: hard links where the file system allows it (same
/// device, Linux), copies otherwise. Two trees holding the same relative path is an error (overlapping shards).
/// </summary>
internal static partial class TreeLinker
{
    /// <summary>Links or copies every file under each of <paramref name="trees"/> into <paramref name="target"/>.</summary>
    /// <returns>The number of files placed.</returns>
    public static int LinkAll(IReadOnlyList<string> trees, string target)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var count = 0;
        foreach (var tree in trees)
        {
            if (!Directory.Exists(tree))
            {
                continue;
            }
            foreach (var file in Directory.EnumerateFiles(tree, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.None }))
            {
                var relative = Path.GetRelativePath(tree, file);
                var name = Path.GetFileName(relative);
                if (name.StartsWith('.') && name.Contains(".tmp-", StringComparison.Ordinal))
                {
                    continue; // a temporary file of a scan that is still running or was killed
                }
                if (seen.TryGetValue(relative, out var other))
                {
                    throw new PiiScanException($"'{relative}' is in both '{other}' and '{tree}': the merged outputs overlap (merge each shard once).");
                }
                seen.Add(relative, tree);
                var destination = Path.Combine(target, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
                if (File.Exists(destination))
                {
                    File.Delete(destination);
                }
                if (!TryHardLink(file, destination))
                {
                    File.Copy(file, destination);
                }
                count++;
            }
        }
        return count;
    }

    private static bool TryHardLink(string source, string destination)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }
        try
        {
            return Link(source, destination) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "link", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Link(string oldPath, string newPath);
}
