namespace PiiScan.Inference;

/// <summary>
/// Runs the token-classification encoder on padded batches. Implementations (ONNX Runtime on CPU, ILGPU on CUDA or
/// on ILGPU's CPU accelerator) must return the same labels for the same input; one contract test runs on all.
/// Not thread-safe: one inference worker owns a backend.
/// </summary>
public interface IInferenceBackend : IDisposable
{
    /// <summary>Backend name for reports: <c>onnxruntime-cpu</c>, <c>ilgpu-cuda</c>, <c>ilgpu-cpu</c>.</summary>
    string Name { get; }

    /// <summary>Human-readable device description (e.g. GPU model), for the run report.</summary>
    string Device { get; }

    /// <summary>Number of output classes (BIO labels).</summary>
    int NumLabels { get; }

    /// <summary>
    /// Predicts the label of every token: <paramref name="inputIds"/> and <paramref name="attentionMask"/> are
    /// row-major <c>[batch, seqLen]</c> (mask 1 = token, 0 = padding); <paramref name="labels"/> receives the argmax
    /// class and <paramref name="scores"/> its softmax probability, both <c>[batch, seqLen]</c>.
    /// </summary>
    void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores);

    /// <summary>Raw logits, row-major <c>[batch, seqLen, NumLabels]</c> (contract tests and evaluation).</summary>
    void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits);
}
