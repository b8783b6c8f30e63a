namespace PiiScan.Evaluation;

/// <summary>A gold or predicted span: UTF-16 offsets and a canonical type.</summary>
public readonly record struct GoldSpan(int Start, int End, string Type);
