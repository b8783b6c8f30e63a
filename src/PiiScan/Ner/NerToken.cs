namespace PiiScan.Ner;

/// <summary>A word piece: vocabulary id, its UTF-16 range in the original value, and whether it continues a word.</summary>
/// <param name="Id">Vocabulary id.</param>
/// <param name="Start">UTF-16 start (inclusive).</param>
/// <param name="End">UTF-16 end (exclusive).</param>
/// <param name="Continuation">True for the second and later pieces of a word.</param>
public readonly record struct NerToken(int Id, int Start, int End, bool Continuation = false);
