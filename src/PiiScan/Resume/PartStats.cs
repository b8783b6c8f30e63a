using System.Text.Json;

namespace PiiScan.Resume;

/// <summary>One input file's contribution to <c>report.json</c>, kept in <c>parts/NAME.stats.json</c>.</summary>
public sealed class PartStats
{
    /// <summary>Records read.</summary>
    public long Read { get; set; }

    /// <summary>Records written.</summary>
    public long Written { get; set; }

    /// <summary>Records quarantined.</summary>
    public long Quarantined { get; set; }

    /// <summary>Records with at least one finding.</summary>
    public long WithFindings { get; set; }

    /// <summary>Decompressed bytes read.</summary>
    public long BytesRead { get; set; }

    /// <summary>Findings.</summary>
    public long Findings { get; set; }

    /// <summary>True when the file was read to its end (false: cut short by cancellation).</summary>
    public bool Completed { get; set; }

    /// <summary>Findings per type.</summary>
    public SortedDictionary<string, long> ByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Findings per folded field path.</summary>
    public SortedDictionary<string, long> ByField { get; } = new(StringComparer.Ordinal);

    /// <summary>Quarantined records per reason kind.</summary>
    public SortedDictionary<string, long> QuarantineByReason { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes the stats as JSON.</summary>
    public void Write(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteNumber("read", Read);
        w.WriteNumber("written", Written);
        w.WriteNumber("quarantined", Quarantined);
        w.WriteNumber("with_findings", WithFindings);
        w.WriteNumber("bytes_read", BytesRead);
        w.WriteNumber("findings", Findings);
        w.WriteBoolean("completed", Completed);
        WriteMap(w, "by_type", ByType);
        WriteMap(w, "by_field", ByField);
        WriteMap(w, "quarantine_by_reason", QuarantineByReason);
        w.WriteEndObject();
    }

    /// <summary>Reads stats written by <see cref="Write"/>.</summary>
    public static PartStats Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var stats = new PartStats
        {
            Read = root.GetProperty("read").GetInt64(),
            Written = root.GetProperty("written").GetInt64(),
            Quarantined = root.GetProperty("quarantined").GetInt64(),
            WithFindings = root.GetProperty("with_findings").GetInt64(),
            BytesRead = root.GetProperty("bytes_read").GetInt64(),
            Findings = root.GetProperty("findings").GetInt64(),
            Completed = root.GetProperty("completed").GetBoolean(),
        };
        ReadMap(root.GetProperty("by_type"), stats.ByType);
        ReadMap(root.GetProperty("by_field"), stats.ByField);
        ReadMap(root.GetProperty("quarantine_by_reason"), stats.QuarantineByReason);
        return stats;
    }

    private static void WriteMap(Utf8JsonWriter w, string name, SortedDictionary<string, long> map)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in map)
        {
            w.WriteNumber(k, v);
        }
        w.WriteEndObject();
    }

    private static void ReadMap(JsonElement element, SortedDictionary<string, long> map)
    {
        foreach (var p in element.EnumerateObject())
        {
            map[p.Name] = p.Value.GetInt64();
        }
    }
}
