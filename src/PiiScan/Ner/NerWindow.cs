namespace PiiScan.Ner;

/// <summary>A run of consecutive tokens of one field that goes through the model as one sequence.</summary>
/// <param name="Field">Field index in the batch.</param>
/// <param name="TokenStart">First token (index into the flat token list).</param>
/// <param name="TokenCount">Number of tokens (special tokens excluded).</param>
internal readonly record struct NerWindow(int Field, int TokenStart, int TokenCount);
