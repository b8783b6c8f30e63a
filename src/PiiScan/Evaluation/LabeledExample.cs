namespace PiiScan.Evaluation;

/// <summary>
/// A text with gold spans (UTF-16 offsets, already mapped to canonical types) and, optionally, ranges left out of
/// scoring (<see cref="UnscoredRange"/>) and the key or column name the value sits under in its record (empty for
/// plain text), which detection reads as context as in a scan.
/// </summary>
public sealed record LabeledExample(string Text, IReadOnlyList<GoldSpan> Spans, IReadOnlyList<UnscoredRange>? Unscored = null, string Key = "");
