using System.Text.Json.Serialization;

namespace PiiScan.Retention;

/// <summary>
/// One row of <c>retention-plan.parquet</c>: a source (and day partition when record times are known) in one
/// category, its records past retention and the action planned. Times are RFC 3339 UTC text ("" when unknown).
/// </summary>
public sealed class RetentionPlanRow
{
    /// <summary>Source path relative to <see cref="Root"/>.</summary>
    [JsonPropertyName("source")]
    public string Source { get; set; } = "";

    /// <summary>UTC day (yyyy-MM-dd) of the records' time, or "" for records dated by the file modification time.</summary>
    [JsonPropertyName("partition")]
    public string Partition { get; set; } = "";

    /// <summary>Category name; <c>(unmatched)</c> for records no category matched.</summary>
    [JsonPropertyName("category")]
    public string Category { get; set; } = "";

    /// <summary>Position of the category in the policy (first match wins); -1 for unmatched.</summary>
    [JsonPropertyName("category_order")]
    public int CategoryOrder { get; set; }

    /// <summary>Field the category matches on ("" for none).</summary>
    [JsonPropertyName("match_field")]
    public string MatchField { get; set; } = "";

    /// <summary>Value the match field must equal.</summary>
    [JsonPropertyName("match_equals")]
    public string MatchEquals { get; set; } = "";

    /// <summary>How record age is measured: <c>field:PATH</c> (file mtime when missing), <c>after:PATH</c> (no expiry when missing) or <c>mtime</c>.</summary>
    [JsonPropertyName("time_basis")]
    public string TimeBasis { get; set; } = "";

    /// <summary>Retention period as written in the policy.</summary>
    [JsonPropertyName("retention")]
    public string Retention { get; set; } = "";

    /// <summary>Records older than this are past retention.</summary>
    [JsonPropertyName("cutoff")]
    public string Cutoff { get; set; } = "";

    /// <summary>Policy action: delete, redact or keep.</summary>
    [JsonPropertyName("action")]
    public string Action { get; set; } = "";

    /// <summary>What apply does: delete-file, delete-records, redact-records or none.</summary>
    [JsonPropertyName("planned")]
    public string Planned { get; set; } = "";

    /// <summary>Records of this row.</summary>
    [JsonPropertyName("records")]
    public long Records { get; set; }

    /// <summary>Records past retention.</summary>
    [JsonPropertyName("records_expired")]
    public long RecordsExpired { get; set; }

    /// <summary>Oldest record time.</summary>
    [JsonPropertyName("oldest")]
    public string Oldest { get; set; } = "";

    /// <summary>Newest record time.</summary>
    [JsonPropertyName("newest")]
    public string Newest { get; set; } = "";

    /// <summary>PII types found in these records (from the scan's findings), comma-separated.</summary>
    [JsonPropertyName("pii_types")]
    public string PiiTypes { get; set; } = "";

    /// <summary>Why this action.</summary>
    [JsonPropertyName("reason")]
    public string Reason { get; set; } = "";

    /// <summary>Absolute root of the inputs.</summary>
    [JsonPropertyName("root")]
    public string Root { get; set; } = "";

    /// <summary>Detection/operator policy used for redact ("" for defaults).</summary>
    [JsonPropertyName("config")]
    public string Config { get; set; } = "";
}
