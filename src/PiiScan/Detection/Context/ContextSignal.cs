namespace PiiScan.Detection.Context;

/// <summary>What the surroundings of a candidate say about it.</summary>
public enum ContextSignal
{
    /// <summary>No context word found near the candidate nor in the field key.</summary>
    None = 0,

    /// <summary>A supporting word (e.g. <c>phone</c>, <c>ssn</c>) was found; the score is raised.</summary>
    Positive = 1,

    /// <summary>A contradicting word (e.g. <c>order</c>, <c>version</c>) was found; the candidate is suppressed or lowered.</summary>
    Negative = 2,
}
