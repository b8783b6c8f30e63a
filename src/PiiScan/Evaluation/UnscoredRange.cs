namespace PiiScan.Evaluation;

/// <summary>
/// A stretch of an example's text (UTF-16 offsets) the gold annotation never covered: a prediction lying inside it
/// is neither a hit nor a false positive.
/// </summary>
public readonly record struct UnscoredRange(int Start, int End);
