namespace PiiScan.Ner;

/// <summary>A word piece: vocabulary id and its UTF-16 range in the original value.</summary>
public readonly record struct NerToken(int Id, int Start, int End);
