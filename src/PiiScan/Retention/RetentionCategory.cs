namespace PiiScan.Retention;

/// <summary>
/// A data category of a retention policy: which sources (path glob, optionally a field value) belong to it, how long
/// its records are kept and what happens after.
/// </summary>
public sealed class RetentionCategory
{
    /// <summary>Category name (e.g. <c>inference-logs</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Source path glob, relative to the scan root.</summary>
    public required PathGlob Path { get; init; }

    /// <summary>Optional record field that must equal <see cref="EqualsValue"/>.</summary>
    public string? Field { get; init; }

    /// <summary>Value <see cref="Field"/> must have.</summary>
    public string? EqualsValue { get; init; }

    /// <summary>Retention period as written (<c>30d</c>, <c>12m</c>, <c>2y</c>).</summary>
    public required string Retain { get; init; }

    /// <summary><c>delete</c>, <c>redact</c> or <c>keep</c>.</summary>
    public required string Action { get; init; }

    /// <summary>Record time field for this category (overrides the policy's <c>time_field</c>).</summary>
    public string? TimeField { get; init; }

    /// <summary>
    /// When set, the period counts from this field's time (e.g. the account closure time); records without it
    /// (e.g. open accounts) never expire.
    /// </summary>
    public string? AfterField { get; init; }

    /// <summary>Free text shown in plans.</summary>
    public string? Description { get; init; }

    /// <summary>The cutoff: records older than this (by their reference time) are past retention.</summary>
    public DateTimeOffset Cutoff(DateTimeOffset now) => RetentionPeriod.Subtract(now, Retain);
}
