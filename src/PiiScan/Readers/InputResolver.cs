using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// Turns user inputs (files, directories searched recursively, globs such as <c>logs/**/*.jsonl.gz</c> or
/// <c>data/*.csv</c>, or <c>-</c> for standard input) into an ordinal-sorted list of <see cref="SourceFile"/>.
/// <see cref="SourceFile.RelativePath"/> is relative to the scan root: the directory given, the file's directory for
/// a single file, or the common ancestor of several inputs. Compression comes from magic bytes; the format from the
/// extension after stripping <c>.gz</c>/<c>.zst</c>/<c>.zstd</c>, unless overridden. Directory walks and globs skip
/// hidden entries (names starting with <c>.</c>) and anything that is not a regular file (FIFOs, sockets, devices);
/// a hidden file named explicitly is read.
/// </summary>
public static class InputResolver
{
    /// <summary>Resolves inputs relative to the current directory.</summary>
    /// <param name="inputs">Paths, directories, globs, or <c>-</c>.</param>
    /// <param name="formatOverride">Format for every input (required for <c>-</c>).</param>
    /// <returns>The sources in ordinal order of <see cref="SourceFile.RelativePath"/> (stdin first), and the scan root.</returns>
    /// <exception cref="PiiScanException">An input is missing, a glob matches nothing, or stdin has no format.</exception>
    public static (IReadOnlyList<SourceFile> Sources, string Root) Resolve(IReadOnlyList<string> inputs, InputFormat? formatOverride = null)
        => Resolve(inputs, formatOverride, Directory.GetCurrentDirectory());

    /// <summary>Resolves inputs relative to <paramref name="workingDirectory"/>.</summary>
    public static (IReadOnlyList<SourceFile> Sources, string Root) Resolve(IReadOnlyList<string> inputs, InputFormat? formatOverride, string workingDirectory)
    {
        if (inputs.Count == 0)
        {
            throw new PiiScanException("No input given; pass one or more files, directories, globs, or '-' for stdin.");
        }
        var files = new List<string>();
        var explicitFiles = new HashSet<string>(StringComparer.Ordinal);
        var roots = new List<string>();
        var stdin = false;
        foreach (var input in inputs)
        {
            if (input == "-")
            {
                if (formatOverride is null)
                {
                    throw new PiiScanException("Reading from stdin ('-') needs an explicit --format (jsonl, csv, tsv, parquet or text).");
                }
                stdin = true;
                continue;
            }
            var full = Path.GetFullPath(input, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
                explicitFiles.Add(full);
                roots.Add(Path.GetDirectoryName(full)!);
            }
            else if (Directory.Exists(full))
            {
                AddDirectory(full, files);
                roots.Add(Path.TrimEndingDirectorySeparator(full));
            }
            else if (input.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                var root = ExpandGlob(full, files);
                roots.Add(root);
            }
            else
            {
                throw new PiiScanException($"Input '{input}' does not exist; check the path.");
            }
        }
        var result = new List<SourceFile>(files.Count + 1);
        if (stdin)
        {
            result.Add(new SourceFile("-", "-", formatOverride!.Value, Compression.None, 0));
        }
        if (files.Count == 0)
        {
            return (result, Path.GetFullPath(workingDirectory));
        }
        var scanRoot = CommonAncestor(roots);
        files.Sort(StringComparer.Ordinal);
        string? previous = null;
        foreach (var file in files)
        {
            if (file == previous)
            {
                continue;
            }
            previous = file;
            var info = new FileInfo(file);
            var relative = Path.GetRelativePath(scanRoot, file).Replace('\\', '/');
            var format = formatOverride ?? FormatFromName(file);
            if (!IsRegularFile(info))
            {
                // A named pipe given explicitly (e.g. process substitution) is read like stdin: compression is
                // detected from its first bytes when it is opened. Special files found by walks are skipped.
                if (info.Exists && explicitFiles.Contains(file))
                {
                    result.Add(new SourceFile(file, relative, format, Compression.None, 0));
                }
                continue;
            }
            Compression compression;
            try
            {
                compression = CompressionStreams.DetectFile(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new PiiScanException($"Cannot read input '{relative}'; check that it is readable.", e);
            }
            result.Add(new SourceFile(file, relative, format, compression, info.Length));
        }
        result.Sort(static (a, b) => string.CompareOrdinal(a.RelativePath, b.RelativePath));
        return (result, scanRoot);
    }

    /// <summary>Format from a file name: the extension after stripping <c>.gz</c>, <c>.zst</c> or <c>.zstd</c>.</summary>
    public static InputFormat FormatFromName(string path)
    {
        var name = Path.GetFileName(path.AsSpan());
        foreach (var suffix in CompressionSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                name = name[..^suffix.Length];
                break;
            }
        }
        var ext = Path.GetExtension(name);
        if (ext.Equals(".jsonl", StringComparison.OrdinalIgnoreCase) || ext.Equals(".ndjson", StringComparison.OrdinalIgnoreCase)
            || ext.Equals(".json", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Jsonl;
        }
        if (ext.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Csv;
        }
        if (ext.Equals(".tsv", StringComparison.OrdinalIgnoreCase) || ext.Equals(".tab", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Tsv;
        }
        if (ext.Equals(".parquet", StringComparison.OrdinalIgnoreCase) || ext.Equals(".pq", StringComparison.OrdinalIgnoreCase))
        {
            return InputFormat.Parquet;
        }
        return InputFormat.Text;
    }

    private static readonly string[] CompressionSuffixes = [".gz", ".zst", ".zstd"];

    private static bool IsRegularFile(FileInfo info)
    {
        if (!info.Exists || (info.Attributes & FileAttributes.Directory) != 0)
        {
            return false;
        }
        return UnixFileType.IsRegularOrUnknown(info.FullName);
    }

    private static void AddDirectory(string directory, List<string> files)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = true,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            MatchType = MatchType.Simple,
        };
        files.AddRange(Directory.EnumerateFiles(directory, "*", options));
    }

    // Expands a glob (absolute, '*', '?', '**' segments). Returns the static directory prefix (the scan root).
    private static string ExpandGlob(string fullPattern, List<string> files)
    {
        var pattern = fullPattern.Replace('\\', '/');
        var segments = pattern.Split('/');
        var firstWild = 0;
        while (firstWild < segments.Length && segments[firstWild].AsSpan().IndexOfAny('*', '?') < 0)
        {
            firstWild++;
        }
        var root = string.Join('/', segments, 0, firstWild);
        if (root.Length == 0)
        {
            root = "/";
        }
        root = Path.GetFullPath(root);
        if (!Directory.Exists(root))
        {
            throw new PiiScanException($"The directory of glob '{fullPattern}' does not exist; check the path.");
        }
        var before = files.Count;
        MatchGlob(root, segments, firstWild, files);
        if (files.Count == before)
        {
            throw new PiiScanException($"Glob '{fullPattern}' matches no files; check the pattern.");
        }
        return Path.TrimEndingDirectorySeparator(root);
    }

    private static void MatchGlob(string directory, string[] segments, int index, List<string> files)
    {
        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            if (last)
            {
                AddDirectory(directory, files);
                return;
            }
            MatchGlob(directory, segments, index + 1, files);
            foreach (var sub in SafeEnumerate(directory, directories: true))
            {
                MatchGlob(sub, segments, index, files);
            }
            return;
        }
        foreach (var entry in SafeEnumerate(directory, directories: !last))
        {
            if (!GlobMatch(segment, Path.GetFileName(entry.AsSpan())))
            {
                continue;
            }
            if (last)
            {
                files.Add(entry);
            }
            else
            {
                MatchGlob(entry, segments, index + 1, files);
            }
        }
    }

    private static IEnumerable<string> SafeEnumerate(string directory, bool directories)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return directories ? Directory.EnumerateDirectories(directory, "*", options) : Directory.EnumerateFiles(directory, "*", options);
    }

    /// <summary>Matches a single path segment against a pattern with <c>*</c> and <c>?</c> (ordinal).</summary>
    internal static bool GlobMatch(ReadOnlySpan<char> pattern, ReadOnlySpan<char> name)
    {
        int p = 0, n = 0, star = -1, mark = 0;
        while (n < name.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || pattern[p] == name[n]))
            {
                p++;
                n++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                mark = n;
            }
            else if (star >= 0)
            {
                p = star + 1;
                n = ++mark;
            }
            else
            {
                return false;
            }
        }
        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }
        return p == pattern.Length;
    }

    private static string CommonAncestor(List<string> directories)
    {
        var common = directories[0];
        for (var i = 1; i < directories.Count; i++)
        {
            var other = directories[i];
            while (!IsUnder(other, common))
            {
                var parent = Path.GetDirectoryName(common);
                if (parent is null)
                {
                    break;
                }
                common = parent;
            }
        }
        return common;
    }

    private static bool IsUnder(string path, string directory)
    {
        if (path.Length == directory.Length)
        {
            return string.Equals(path, directory, StringComparison.Ordinal);
        }
        var dir = Path.EndsInDirectorySeparator(directory) ? directory : directory + Path.DirectorySeparatorChar;
        return path.StartsWith(dir, StringComparison.Ordinal);
    }
}
