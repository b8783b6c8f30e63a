namespace PiiScan.Detection.Context;

/// <summary>Whether a pattern may report without supporting context.</summary>
public enum ContextRequirement
{
    /// <summary>Reports on its own; context only adjusts the score.</summary>
    Optional = 0,

    /// <summary>Reports only when supporting context is present (key name or nearby word).</summary>
    Required = 1,
}
