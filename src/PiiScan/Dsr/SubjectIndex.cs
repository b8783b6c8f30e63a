using Parquet.Serialization;

namespace PiiScan.Dsr;

/// <summary>A loaded subject index (<c>subjects.parquet</c> + <c>subjects.json</c>) of a scan output directory.</summary>
public sealed class SubjectIndex
{
    private SubjectIndex(string directory, SubjectIndexManifest manifest, IList<SubjectRow> rows)
    {
        Directory = directory;
        Manifest = manifest;
        Rows = rows;
    }

    /// <summary>The scan output directory.</summary>
    public string Directory { get; }

    /// <summary>Root, key id, phone region.</summary>
    public SubjectIndexManifest Manifest { get; }

    /// <summary>All rows.</summary>
    public IList<SubjectRow> Rows { get; }

    /// <summary>Loads the index in <paramref name="directory"/>.</summary>
    /// <exception cref="PiiScanException">No index there, or it cannot be read.</exception>
    public static SubjectIndex Load(string directory)
    {
        directory = Path.GetFullPath(directory);
        var manifest = SubjectIndexManifest.Load(directory);
        var path = Path.Combine(directory, SubjectIndexSink.FileName);
        if (!File.Exists(path))
        {
            throw new PiiScanException($"'{path}' is missing: re-run the scan with a keyring to rebuild the subject index.");
        }
        try
        {
            using var stream = File.OpenRead(path);
            var rows = ParquetSerializer.DeserializeAsync<SubjectRow>(stream).GetAwaiter().GetResult().Data;
            return new SubjectIndex(directory, manifest, rows);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new PiiScanException($"'{path}' is not a PiiScan subject index ({ex.GetType().Name}).");
        }
    }

    /// <summary>Rows whose subject hash is in <paramref name="hashes"/>, in source, record, field, start order.</summary>
    public List<SubjectRow> Find(IReadOnlySet<string> hashes) =>
        Rows.Where(r => hashes.Contains(r.Subject))
            .OrderBy(r => r.Source, StringComparer.Ordinal).ThenBy(r => r.Record)
            .ThenBy(r => r.Field, StringComparer.Ordinal).ThenBy(r => r.Start)
            .ToList();
}
