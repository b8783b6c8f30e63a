using System.Text.Json;
using PiiScan.Writers;

namespace PiiScan.Dsr;

/// <summary><c>subjects.json</c>: the scan root and key id of a subject index (no values).</summary>
public sealed class SubjectIndexManifest
{
    /// <summary>File name in the scan output directory.</summary>
    public const string FileName = "subjects.json";

    /// <summary>Absolute scan root: sources are relative to it.</summary>
    public string Root { get; init; } = "";

    /// <summary>Keyring key id whose HMAC key hashed the subjects.</summary>
    public string KeyId { get; init; } = "";

    /// <summary>Default phone region used to normalize numbers.</summary>
    public string PhoneRegion { get; init; } = "US";

    /// <summary>Record time field given to the scan, if any.</summary>
    public string? TimeField { get; init; }

    /// <summary>When the index was written (UTC).</summary>
    public DateTimeOffset Created { get; init; }

    /// <summary>Number of rows in <c>subjects.parquet</c>.</summary>
    public long Rows { get; init; }

    /// <summary>Writes the manifest atomically into <paramref name="directory"/>.</summary>
    public void Save(string directory)
    {
        var file = AtomicFile.Create(Path.Combine(directory, FileName));
        try
        {
            using (var w = new Utf8JsonWriter(file.Stream, new JsonWriterOptions { Indented = true }))
            {
                w.WriteStartObject();
                w.WriteNumber("version", 1);
                w.WriteString("root", Root);
                w.WriteString("key_id", KeyId);
                w.WriteString("phone_region", PhoneRegion);
                w.WriteString("time_field", TimeField);
                w.WriteString("created", Created.UtcDateTime.ToString("O"));
                w.WriteNumber("rows", Rows);
                w.WriteEndObject();
            }
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
    }

    /// <summary>Reads the manifest of the index in <paramref name="directory"/>.</summary>
    /// <exception cref="PiiScanException">There is no subject index there.</exception>
    public static SubjectIndexManifest Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new PiiScanException($"No subject index in '{directory}': run 'piiscan scan ... --keys FILE --out {directory}' first (the index needs a keyring).");
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var r = doc.RootElement;
            return new SubjectIndexManifest
            {
                Root = r.GetProperty("root").GetString() ?? "",
                KeyId = r.GetProperty("key_id").GetString() ?? "",
                PhoneRegion = r.TryGetProperty("phone_region", out var p) ? p.GetString() ?? "US" : "US",
                TimeField = r.TryGetProperty("time_field", out var t) ? t.GetString() : null,
                Created = r.TryGetProperty("created", out var c) && c.TryGetDateTimeOffset(out var d) ? d : default,
                Rows = r.TryGetProperty("rows", out var n) ? n.GetInt64() : 0,
            };
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new PiiScanException($"'{path}' is not a PiiScan subject index manifest ({ex.GetType().Name}).");
        }
    }
}
