namespace PiiScan.Evaluation;

/// <summary>
/// A text with gold spans (UTF-16 offsets, already mapped to canonical types) and, optionally, ranges left out of
/// scoring (<see cref="UnscoredRange"/>).
/// </summary>
public sealed record LabeledExample(string Text, IReadOnlyList<GoldSpan> Spans, IReadOnlyList<UnscoredRange>? Unscored = null);
