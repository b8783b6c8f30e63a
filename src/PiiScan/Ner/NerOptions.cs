namespace PiiScan.Ner;

/// <summary>How values are cut into model windows and batched.</summary>
public sealed record NerOptions
{
    /// <summary>Longest window in tokens, [CLS] and [SEP] included (capped by the model's max positions).</summary>
    public int WindowTokens { get; init; } = 256;

    /// <summary>Overlap between consecutive windows of a long value, in tokens.</summary>
    public int OverlapTokens { get; init; } = 64;

    /// <summary>Upper bound on batch × padded length per inference call.</summary>
    public int MaxBatchTokens { get; init; } = 8192;

    /// <summary>Upper bound on sequences per inference call.</summary>
    public int MaxBatchSequences { get; init; } = 64;

    /// <summary>
    /// Field keys whose values get no type hint from their key (compared without case and separators): the keys a
    /// policy's <c>field_types</c> switches off with <c>none</c>.
    /// </summary>
    public IReadOnlyCollection<string> KeysWithoutHints { get; init; } = [];
}
