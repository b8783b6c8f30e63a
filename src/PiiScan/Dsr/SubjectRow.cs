using System.Text.Json.Serialization;

namespace PiiScan.Dsr;

/// <summary>One row of <c>subjects.parquet</c>: a keyed subject hash and where it occurs (no plaintext).</summary>
public sealed class SubjectRow
{
    /// <summary>Hex HMAC-SHA256 of the normalized identifier.</summary>
    [JsonPropertyName("subject")]
    public string Subject { get; set; } = "";

    /// <summary>Entity type.</summary>
    [JsonPropertyName("type")]
    public string Type { get; set; } = "";

    /// <summary>Source path relative to the scan root.</summary>
    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    /// <summary>0-based record index.</summary>
    [JsonPropertyName("record")]
    public long Record { get; set; }

    /// <summary>Field path or column.</summary>
    [JsonPropertyName("field")]
    public string Field { get; set; } = "";

    /// <summary>Start code point (inclusive).</summary>
    [JsonPropertyName("start")]
    public int Start { get; set; }

    /// <summary>End code point (exclusive).</summary>
    [JsonPropertyName("end")]
    public int End { get; set; }
}
