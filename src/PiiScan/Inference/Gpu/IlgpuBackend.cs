using ILGPU;
using ILGPU.Runtime;

namespace PiiScan.Inference.Gpu;

/// <summary>
/// The encoder on ILGPU (CUDA, or ILGPU's CPU accelerator): weights uploaded once from <c>model.onnx</c> through the
/// <c>config.json</c> weight map, activation buffers allocated once for the largest batch seen (grown on demand),
/// page-locked staging buffers and one stream. A forward pass enqueues every kernel of every layer on the stream
/// and synchronises once, after the final copy to the host. Not thread-safe.
/// </summary>
public sealed class IlgpuBackend : IInferenceBackend
{
    private const int DefaultInitialTokens = 4096;

    private readonly Context _context;
    private readonly Accelerator _accelerator;
    private readonly AcceleratorStream _stream;
    private readonly IlgpuKernels _kernels;
    private readonly IlgpuEncoderWeights _weights;
    private readonly EncoderConfig _config;
    private IlgpuWorkspace? _workspace;
    private bool _disposed;

    /// <summary>Loads <c>config.json</c> and the ONNX file it names from <paramref name="modelDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="kind"/> is CUDA and no CUDA device exists.</exception>
    public IlgpuBackend(string modelDirectory, IlgpuDeviceKind kind)
        : this(EncoderWeights.LoadDirectory(modelDirectory), kind)
    {
    }

    /// <summary>Loads the configuration and ONNX weights from explicit paths.</summary>
    public IlgpuBackend(string configPath, string onnxPath, IlgpuDeviceKind kind)
        : this(EncoderWeights.Load(EncoderConfig.Load(configPath), onnxPath), kind)
    {
    }

    /// <summary>Uploads already-resolved weights.</summary>
    /// <param name="weights">Encoder weights.</param>
    /// <param name="kind">Accelerator to run on.</param>
    /// <param name="initialTokens">Batch × sequence tokens to size the activation buffers for up front.</param>
    public IlgpuBackend(EncoderWeights weights, IlgpuDeviceKind kind, int initialTokens = DefaultInitialTokens)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _config = weights.Config;
        var created = kind == IlgpuDeviceKind.Cuda
            ? IlgpuAccelerators.TryCreateCuda() ?? throw new InvalidOperationException("no CUDA device is available to ILGPU")
            : IlgpuAccelerators.CreateCpu();
        (_context, _accelerator) = created;
        try
        {
            Name = kind == IlgpuDeviceKind.Cuda ? "ilgpu-cuda" : "ilgpu-cpu";
            Device = _accelerator.Name;
            _stream = _accelerator.CreateStream();
            _kernels = new IlgpuKernels(_accelerator);
            _weights = new IlgpuEncoderWeights(_accelerator, weights);
            _workspace = new IlgpuWorkspace(_accelerator, _config, Math.Max(1, initialTokens));
        }
        catch
        {
            _workspace?.Dispose();
            _weights?.Dispose();
            _stream?.Dispose();
            _accelerator.Dispose();
            _context.Dispose();
            throw;
        }
    }

    /// <summary>A CUDA backend for <paramref name="modelDirectory"/>, or null when no CUDA device exists.</summary>
    public static IlgpuBackend? TryCreateCuda(string modelDirectory) =>
        CudaAvailable() ? new IlgpuBackend(modelDirectory, IlgpuDeviceKind.Cuda) : null;

    /// <summary>A CUDA backend over resolved weights, or null when no CUDA device exists.</summary>
    public static IlgpuBackend? TryCreateCuda(EncoderWeights weights) =>
        CudaAvailable() ? new IlgpuBackend(weights, IlgpuDeviceKind.Cuda) : null;

    /// <summary>True when ILGPU finds at least one CUDA device (probed once; never throws).</summary>
    public static bool CudaAvailable() => IlgpuAccelerators.CudaAvailable;

    /// <summary>The name of the first CUDA device, or null when there is none.</summary>
    public static string? CudaDeviceName()
    {
        if (IlgpuAccelerators.TryCreateCuda() is not { } cuda)
        {
            return null;
        }
        using var context = cuda.Context;
        using var accelerator = cuda.Accelerator;
        return accelerator.Name;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Device { get; }

    /// <inheritdoc />
    public int NumLabels => _config.NumLabels;

    /// <summary>Tokens (batch × seq) the current activation buffers hold.</summary>
    public int Capacity => _workspace?.Capacity ?? 0;

    /// <inheritdoc />
    public void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores)
    {
        var tokens = Prepare(inputIds, attentionMask, batch, seqLen);
        if (labels.Length < tokens || scores.Length < tokens)
        {
            throw new ArgumentException($"labels and scores need {tokens} elements");
        }
        var ws = Forward(batch, seqLen, tokens);
        _kernels.Argmax(_stream, ws.Logits, ws.Labels, ws.Scores, tokens, NumLabels);
        ws.Labels.SubView(0, tokens).CopyTo(_stream, ws.LabelsHost.ArrayView.SubView(0, tokens));
        ws.Scores.SubView(0, tokens).CopyTo(_stream, ws.ScoresHost.ArrayView.SubView(0, tokens));
        _stream.Synchronize();
        ws.LabelsHost.Span[..tokens].CopyTo(labels);
        ws.ScoresHost.Span[..tokens].CopyTo(scores);
    }

    /// <inheritdoc />
    public void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits)
    {
        var tokens = Prepare(inputIds, attentionMask, batch, seqLen);
        var count = tokens * NumLabels;
        if (logits.Length < count)
        {
            throw new ArgumentException($"logits needs {count} elements", nameof(logits));
        }
        var ws = Forward(batch, seqLen, tokens);
        ws.Logits.SubView(0, count).CopyTo(_stream, ws.LogitsHost.ArrayView.SubView(0, count));
        _stream.Synchronize();
        ws.LogitsHost.Span[..count].CopyTo(logits);
    }

    /// <summary>Validates the inputs, grows the workspace if needed and stages ids + mask in page-locked memory.</summary>
    private int Prepare(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (batch <= 0 || seqLen <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(batch), "batch and seqLen must be positive");
        }
        if (seqLen > _config.MaxPositions || seqLen > AttentionKernels.MaxSeqLen)
        {
            throw new ArgumentOutOfRangeException(nameof(seqLen),
                $"sequence length {seqLen} exceeds max_positions {_config.MaxPositions}");
        }
        var tokens = checked(batch * seqLen);
        if (inputIds.Length < tokens || attentionMask.Length < tokens)
        {
            throw new ArgumentException($"inputIds and attentionMask need {tokens} elements");
        }
        if (_workspace is null || _workspace.Capacity < tokens)
        {
            var capacity = Math.Max(tokens, (_workspace?.Capacity ?? 0) * 2);
            _stream.Synchronize();
            _workspace?.Dispose();
            _workspace = null;
            _workspace = new IlgpuWorkspace(_accelerator, _config, capacity);
        }
        var host = _workspace.InputHost.Span;
        var vocab = _config.VocabSize;
        for (var t = 0; t < tokens; t++)
        {
            var id = inputIds[t];
            if ((ulong)id >= (ulong)vocab)
            {
                throw new ArgumentOutOfRangeException(nameof(inputIds), $"token id {id} at {t} is outside the vocabulary ({vocab})");
            }
            host[t] = (int)id;
            host[tokens + t] = attentionMask[t] != 0 ? 1 : 0;
        }
        return tokens;
    }

    /// <summary>Enqueues the whole forward pass up to the logits; no host synchronisation.</summary>
    private IlgpuWorkspace Forward(int batch, int seqLen, int tokens)
    {
        var ws = _workspace!;
        var c = _config;
        var k = _kernels;
        var s = _stream;
        int h = c.Hidden, f = c.Ffn;
        ws.Input.SubView(0, 2 * tokens).CopyFrom(s, ws.InputHost.ArrayView.SubView(0, 2 * tokens));
        var ids = ws.Input.SubView(0, tokens);
        var mask = ws.Input.SubView(tokens, tokens);
        k.Embed(s, ids, _weights.Token, _weights.Position, ws.X, tokens, seqLen, h);
        foreach (var l in _weights.Layers)
        {
            k.LayerNorm(s, ws.X, ws.Y, l.Ln1Weight, l.Ln1Bias, tokens, h, c.LayerNormEps);
            k.Gemm(s, ws.Y, l.Qkv, l.QkvBias, ws.Qkv, tokens, 3 * h, h, GemmKernels.EpilogueBias);
            k.Attention(s, ws.Qkv, mask, ws.Attn, batch, seqLen, h, c.Heads, c.AttentionScale, c.AttentionMaskBias);
            k.Gemm(s, ws.Attn, l.O, l.OBias, ws.X, tokens, h, h, GemmKernels.EpilogueBiasResidual);
            k.LayerNorm(s, ws.X, ws.Y, l.Ln2Weight, l.Ln2Bias, tokens, h, c.LayerNormEps);
            k.Gemm(s, ws.Y, l.FfnIn, l.FfnInBias, ws.Ffn, tokens, f, h, GemmKernels.EpilogueBiasGelu);
            k.Gemm(s, ws.Ffn, l.FfnOut, l.FfnOutBias, ws.X, tokens, h, f, GemmKernels.EpilogueBiasResidual);
        }
        k.LayerNorm(s, ws.X, ws.Y, _weights.FinalLnWeight, _weights.FinalLnBias, tokens, h, c.LayerNormEps);
        k.Gemm(s, ws.Y, _weights.Classifier, _weights.ClassifierBias, ws.Logits, tokens, c.NumLabels, h, GemmKernels.EpilogueBias);
        return ws;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        _stream.Synchronize();
        _workspace?.Dispose();
        _weights.Dispose();
        _stream.Dispose();
        _accelerator.Dispose();
        _context.Dispose();
    }
}
