using ILGPU;
using ILGPU.Runtime;

namespace PiiScan.Inference.Gpu;

/// <summary>Encoder weights uploaded once to an accelerator; Q, K and V are fused into one [hidden, 3·hidden] matrix.</summary>
internal sealed class IlgpuEncoderWeights : IDisposable
{
    private readonly List<MemoryBuffer1D<float, Stride1D.Dense>> _buffers = [];
    private readonly Accelerator _accelerator;

    public IlgpuEncoderWeights(Accelerator accelerator, EncoderWeights weights)
    {
        _accelerator = accelerator;
        try
        {
            var h = weights.Config.Hidden;
            Token = Upload(weights.TokenEmbedding);
            Position = Upload(weights.PositionEmbedding);
            Layers = weights.Layers.Select(l => new Layer
            {
                Ln1Weight = Upload(l.Ln1Weight),
                Ln1Bias = Upload(l.Ln1Bias),
                Qkv = Upload(FuseColumns(h, h, l.QWeight, l.KWeight, l.VWeight)),
                QkvBias = Upload([.. l.QBias, .. l.KBias, .. l.VBias]),
                O = Upload(l.OWeight),
                OBias = Upload(l.OBias),
                Ln2Weight = Upload(l.Ln2Weight),
                Ln2Bias = Upload(l.Ln2Bias),
                FfnIn = Upload(l.FfnInWeight),
                FfnInBias = Upload(l.FfnInBias),
                FfnOut = Upload(l.FfnOutWeight),
                FfnOutBias = Upload(l.FfnOutBias),
            }).ToArray();
            FinalLnWeight = Upload(weights.FinalLnWeight);
            FinalLnBias = Upload(weights.FinalLnBias);
            Classifier = Upload(weights.ClassifierWeight);
            ClassifierBias = Upload(weights.ClassifierBias);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public ArrayView<float> Token { get; }

    public ArrayView<float> Position { get; }

    public IReadOnlyList<Layer> Layers { get; } = [];

    public ArrayView<float> FinalLnWeight { get; }

    public ArrayView<float> FinalLnBias { get; }

    public ArrayView<float> Classifier { get; }

    public ArrayView<float> ClassifierBias { get; }

    /// <summary>Concatenates [rows, cols] matrices side by side into [rows, cols·parts].</summary>
    public static float[] FuseColumns(int rows, int cols, params float[][] parts)
    {
        var width = cols * parts.Length;
        var fused = new float[rows * width];
        for (var r = 0; r < rows; r++)
        {
            for (var p = 0; p < parts.Length; p++)
            {
                Array.Copy(parts[p], r * cols, fused, r * width + p * cols, cols);
            }
        }
        return fused;
    }

    private ArrayView<float> Upload(float[] data)
    {
        var buffer = _accelerator.Allocate1D(data);
        _buffers.Add(buffer);
        return buffer.View.BaseView;
    }

    public void Dispose()
    {
        foreach (var b in _buffers)
        {
            b.Dispose();
        }
        _buffers.Clear();
    }

    /// <summary>Device views of one layer (linear weights [in, out]).</summary>
    internal sealed class Layer
    {
        public required ArrayView<float> Ln1Weight { get; init; }
        public required ArrayView<float> Ln1Bias { get; init; }
        public required ArrayView<float> Qkv { get; init; }
        public required ArrayView<float> QkvBias { get; init; }
        public required ArrayView<float> O { get; init; }
        public required ArrayView<float> OBias { get; init; }
        public required ArrayView<float> Ln2Weight { get; init; }
        public required ArrayView<float> Ln2Bias { get; init; }
        public required ArrayView<float> FfnIn { get; init; }
        public required ArrayView<float> FfnInBias { get; init; }
        public required ArrayView<float> FfnOut { get; init; }
        public required ArrayView<float> FfnOutBias { get; init; }
    }
}
