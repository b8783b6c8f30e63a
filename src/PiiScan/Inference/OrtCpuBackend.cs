using Microsoft.ML.OnnxRuntime;

namespace PiiScan.Inference;

/// <summary>
/// ONNX Runtime on the CPU: one session created once, <see cref="OrtValue"/> inputs over reused buffers, argmax and
/// softmax probability computed here. The session is thread-safe, the buffers are not: one instance per worker,
/// or share the session through <see cref="OrtCpuBackend(OrtCpuBackend)"/>.
/// </summary>
public sealed class OrtCpuBackend : IInferenceBackend
{
    private readonly InferenceSession _session;
    private readonly bool _ownsSession;
    private readonly string[] _inputNames = ["input_ids", "attention_mask"];
    private readonly string[] _outputNames = ["logits"];
    private long[] _ids = [];
    private long[] _mask = [];
    private float[] _logits = [];
    private readonly string _name = "onnxruntime-cpu";

    /// <summary>Creates a session over <paramref name="onnxPath"/> with <paramref name="intraOpThreads"/> threads per run.</summary>
    /// <param name="onnxPath">The model.</param>
    /// <param name="intraOpThreads">Threads per run.</param>
    /// <param name="numLabels">Output classes (0: from the model's metadata).</param>
    /// <param name="cudaDevice">CUDA device for ONNX Runtime's CUDA execution provider; only in builds made with
    /// <c>-p:OrtGpu=true</c>, otherwise a clear error.</param>
    public OrtCpuBackend(string onnxPath, int intraOpThreads = 1, int numLabels = 0, int? cudaDevice = null)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = Math.Max(1, intraOpThreads),
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        if (cudaDevice is { } gpu)
        {
#if ORT_GPU
            options.AppendExecutionProvider_CUDA(gpu);
            _name = "onnxruntime-cuda";
#else
            throw new PiiScanException($"This build has no ONNX Runtime GPU support (device {gpu} requested): rebuild with -p:OrtGpu=true, or use --device cuda (ILGPU).");
#endif
        }
        try
        {
            _session = new InferenceSession(onnxPath, options);
        }
        catch (OnnxRuntimeException ex)
        {
            throw new PiiScanException($"Cannot load model '{onnxPath}' ({ex.Message.Split('\n')[0]}): check the model directory.");
        }
        _ownsSession = true;
        var dims = _session.OutputMetadata["logits"].Dimensions;
        NumLabels = numLabels > 0 ? numLabels : dims[^1];
        if (NumLabels <= 0)
        {
            throw new PiiScanException($"Model '{onnxPath}' does not declare its number of labels: pass it explicitly.");
        }
    }

    /// <summary>Creates a second backend over the same session (its own buffers), for another worker.</summary>
    public OrtCpuBackend(OrtCpuBackend shared)
    {
        _session = shared._session;
        _ownsSession = false;
        NumLabels = shared.NumLabels;
        _name = shared._name;
    }

    /// <inheritdoc />
    public string Name => _name;

    /// <inheritdoc />
    public string Device => $"CPU ({Environment.ProcessorCount} logical cores)";

    /// <inheritdoc />
    public int NumLabels { get; }

    /// <inheritdoc />
    public void Predict(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<int> labels, Span<float> scores)
    {
        var n = batch * seqLen;
        EnsureLogits(n * NumLabels);
        Logits(inputIds, attentionMask, batch, seqLen, _logits.AsSpan(0, n * NumLabels));
        ArgmaxSoftmax(_logits.AsSpan(0, n * NumLabels), NumLabels, labels[..n], scores[..n]);
    }

    /// <inheritdoc />
    public void Logits(ReadOnlySpan<long> inputIds, ReadOnlySpan<long> attentionMask, int batch, int seqLen, Span<float> logits)
    {
        var n = batch * seqLen;
        if (_ids.Length < n)
        {
            _ids = new long[n];
            _mask = new long[n];
        }
        inputIds[..n].CopyTo(_ids);
        attentionMask[..n].CopyTo(_mask);
        long[] shape = [batch, seqLen];
        using var ids = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _ids.AsMemory(0, n), shape);
        using var mask = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, _mask.AsMemory(0, n), shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, [ids, mask], _outputNames);
        outputs[0].GetTensorDataAsSpan<float>()[..(n * NumLabels)].CopyTo(logits);
    }

    /// <summary>Per row of <paramref name="numLabels"/> logits: the argmax class and its softmax probability.</summary>
    public static void ArgmaxSoftmax(ReadOnlySpan<float> logits, int numLabels, Span<int> labels, Span<float> scores)
    {
        for (var t = 0; t < labels.Length; t++)
        {
            var row = logits.Slice(t * numLabels, numLabels);
            var best = 0;
            var max = row[0];
            for (var c = 1; c < row.Length; c++)
            {
                if (row[c] > max)
                {
                    max = row[c];
                    best = c;
                }
            }
            var sum = 0f;
            for (var c = 0; c < row.Length; c++)
            {
                sum += MathF.Exp(row[c] - max);
            }
            labels[t] = best;
            scores[t] = 1f / sum;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsSession)
        {
            _session.Dispose();
        }
    }

    private void EnsureLogits(int length)
    {
        if (_logits.Length < length)
        {
            _logits = new float[length];
        }
    }
}
