using System.Text.Json;

namespace PiiScan.Scrub;

/// <summary>Outcome counts of a dataset scrub: records kept or dropped per reason, and values scrubbed per type.</summary>
public sealed class ScrubCounts
{
    /// <summary>Records per outcome: <c>kept</c>, <c>dropped_no_consent</c>, <c>dropped_unparseable</c>, <c>dropped_unknown_format</c>, <c>dropped_unsafe</c>, <c>dropped_too_large</c>.</summary>
    public SortedDictionary<string, long> Records { get; } = new(StringComparer.Ordinal);

    /// <summary>Scrubbed values per entity type.</summary>
    public SortedDictionary<string, long> ValuesByType { get; } = new(StringComparer.Ordinal);

    /// <summary>Records read (non-blank lines).</summary>
    public long Read { get; set; }

    /// <summary>Adds one record outcome.</summary>
    public void Add(string outcome) => Records[outcome] = Records.GetValueOrDefault(outcome) + 1;

    /// <summary>Records kept.</summary>
    public long Kept => Records.GetValueOrDefault("kept");

    /// <summary>Writes the counts as JSON (no values).</summary>
    public void WriteJson(Stream stream, string input, string output)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("input", input);
        w.WriteString("output", output);
        w.WriteString("time", DateTimeOffset.UtcNow.UtcDateTime.ToString("O"));
        w.WriteNumber("read", Read);
        w.WriteStartObject("records");
        foreach (var (k, v) in Records)
        {
            w.WriteNumber(k, v);
        }
        w.WriteEndObject();
        w.WriteStartObject("scrubbed_by_type");
        foreach (var (k, v) in ValuesByType)
        {
            w.WriteNumber(k, v);
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
