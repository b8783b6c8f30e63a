namespace PiiScan.Reports;

/// <summary>One row of the findings table. Offsets are code points into the original value (end exclusive).</summary>
/// <param name="Source">Input path relative to the scan root, <c>/</c> separators.</param>
/// <param name="Record">0-based record index.</param>
/// <param name="Field">Field path or column name.</param>
/// <param name="Start">Start code point (inclusive).</param>
/// <param name="End">End code point (exclusive).</param>
/// <param name="Type">Canonical entity type.</param>
/// <param name="Score">Score in 0..1.</param>
/// <param name="Recognizer">Recognizer that produced the finding.</param>
/// <param name="Operator">Operator applied.</param>
/// <param name="Text">The detected text; only with <c>--findings-include-text</c>.</param>
public readonly record struct FindingRow(
    string Source, long Record, string Field, int Start, int End, string Type, float Score, string Recognizer, string Operator, string? Text);
