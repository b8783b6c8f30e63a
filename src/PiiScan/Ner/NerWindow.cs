namespace PiiScan.Ner;

/// <summary>A run of consecutive tokens of one field that goes through the model as one sequence.</summary>
/// <param name="Field">Field index in the batch.</param>
/// <param name="TokenStart">First token (index into the flat token list).</param>
/// <param name="TokenCount">Number of tokens (special tokens excluded).</param>
/// <param name="Prose">One of the own windows of a prose string inside a JSON value (<see cref="JsonText"/>): its
/// predictions win over those of the value's other windows.</param>
internal readonly record struct NerWindow(int Field, int TokenStart, int TokenCount, bool Prose = false);
