namespace PiiScan.Inference;

/// <summary>
/// Weights of one encoder layer. Linear weights are row-major <c>[in, out]</c> (y = x·W + b), whatever the
/// layout in the ONNX file.
/// </summary>
public sealed class EncoderLayerWeights
{
    /// <summary>LayerNorm before attention: scale [hidden].</summary>
    public required float[] Ln1Weight { get; init; }

    /// <summary>LayerNorm before attention: shift [hidden].</summary>
    public required float[] Ln1Bias { get; init; }

    /// <summary>Query projection [hidden, hidden].</summary>
    public required float[] QWeight { get; init; }

    /// <summary>Query bias [hidden].</summary>
    public required float[] QBias { get; init; }

    /// <summary>Key projection [hidden, hidden].</summary>
    public required float[] KWeight { get; init; }

    /// <summary>Key bias [hidden].</summary>
    public required float[] KBias { get; init; }

    /// <summary>Value projection [hidden, hidden].</summary>
    public required float[] VWeight { get; init; }

    /// <summary>Value bias [hidden].</summary>
    public required float[] VBias { get; init; }

    /// <summary>Attention output projection [hidden, hidden].</summary>
    public required float[] OWeight { get; init; }

    /// <summary>Attention output bias [hidden].</summary>
    public required float[] OBias { get; init; }

    /// <summary>LayerNorm before the feed-forward block: scale [hidden].</summary>
    public required float[] Ln2Weight { get; init; }

    /// <summary>LayerNorm before the feed-forward block: shift [hidden].</summary>
    public required float[] Ln2Bias { get; init; }

    /// <summary>Feed-forward input projection [hidden, ffn].</summary>
    public required float[] FfnInWeight { get; init; }

    /// <summary>Feed-forward input bias [ffn].</summary>
    public required float[] FfnInBias { get; init; }

    /// <summary>Feed-forward output projection [ffn, hidden].</summary>
    public required float[] FfnOutWeight { get; init; }

    /// <summary>Feed-forward output bias [hidden].</summary>
    public required float[] FfnOutBias { get; init; }
}
