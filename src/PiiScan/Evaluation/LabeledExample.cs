namespace PiiScan.Evaluation;

/// <summary>A text with gold spans (UTF-16 offsets, already mapped to canonical types).</summary>
public sealed record LabeledExample(string Text, IReadOnlyList<GoldSpan> Spans);
