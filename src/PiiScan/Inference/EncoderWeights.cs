using System.Globalization;

namespace PiiScan.Inference;

/// <summary>
/// All encoder weights, resolved from the ONNX initializers through the <see cref="EncoderConfig.Weights"/> map,
/// shape-checked and converted to the layouts the engines use (linear weights <c>[in, out]</c>).
/// </summary>
public sealed class EncoderWeights
{
    /// <summary>The configuration the weights were resolved with.</summary>
    public required EncoderConfig Config { get; init; }

    /// <summary>Token embedding [vocab, hidden].</summary>
    public required float[] TokenEmbedding { get; init; }

    /// <summary>Position embedding [max_positions, hidden].</summary>
    public required float[] PositionEmbedding { get; init; }

    /// <summary>Per-layer weights.</summary>
    public required IReadOnlyList<EncoderLayerWeights> Layers { get; init; }

    /// <summary>Final LayerNorm scale [hidden].</summary>
    public required float[] FinalLnWeight { get; init; }

    /// <summary>Final LayerNorm shift [hidden].</summary>
    public required float[] FinalLnBias { get; init; }

    /// <summary>Classifier [hidden, labels].</summary>
    public required float[] ClassifierWeight { get; init; }

    /// <summary>Classifier bias [labels].</summary>
    public required float[] ClassifierBias { get; init; }

    /// <summary>Reads <paramref name="onnxPath"/> and resolves the weights named by <paramref name="config"/>.</summary>
    public static EncoderWeights Load(EncoderConfig config, string onnxPath)
    {
        try
        {
            return FromTensors(config, OnnxWeights.Load(onnxPath));
        }
        catch (InvalidDataException e) when (!e.Message.StartsWith(onnxPath, StringComparison.Ordinal))
        {
            throw new InvalidDataException($"{onnxPath}: {e.Message}", e);
        }
    }

    /// <summary>Loads <c>config.json</c> and the ONNX file it names from a model directory.</summary>
    public static EncoderWeights LoadDirectory(string modelDirectory)
    {
        var config = EncoderConfig.Load(Path.Combine(modelDirectory, "config.json"));
        return Load(config, Path.Combine(modelDirectory, config.OnnxFile));
    }

    /// <summary>Resolves the weights from already-read initializers.</summary>
    /// <exception cref="InvalidDataException">A weight is missing or has the wrong shape.</exception>
    public static EncoderWeights FromTensors(EncoderConfig config, IReadOnlyDictionary<string, OnnxTensor> tensors)
    {
        var r = new Resolver(config, tensors);
        int h = config.Hidden, f = config.Ffn;
        var layers = new EncoderLayerWeights[config.Layers];
        for (var i = 0; i < layers.Length; i++)
        {
            var p = "layers." + i.ToString(CultureInfo.InvariantCulture) + ".";
            layers[i] = new EncoderLayerWeights
            {
                Ln1Weight = r.Vector(p + "ln1.weight", h),
                Ln1Bias = r.Vector(p + "ln1.bias", h),
                QWeight = r.Linear(p + "attn.q.weight", h, h),
                QBias = r.Vector(p + "attn.q.bias", h),
                KWeight = r.Linear(p + "attn.k.weight", h, h),
                KBias = r.Vector(p + "attn.k.bias", h),
                VWeight = r.Linear(p + "attn.v.weight", h, h),
                VBias = r.Vector(p + "attn.v.bias", h),
                OWeight = r.Linear(p + "attn.o.weight", h, h),
                OBias = r.Vector(p + "attn.o.bias", h),
                Ln2Weight = r.Vector(p + "ln2.weight", h),
                Ln2Bias = r.Vector(p + "ln2.bias", h),
                FfnInWeight = r.Linear(p + "ffn.in.weight", h, f),
                FfnInBias = r.Vector(p + "ffn.in.bias", f),
                FfnOutWeight = r.Linear(p + "ffn.out.weight", f, h),
                FfnOutBias = r.Vector(p + "ffn.out.bias", h),
            };
        }
        return new EncoderWeights
        {
            Config = config,
            TokenEmbedding = r.Rows("embeddings.token", config.VocabSize, h),
            PositionEmbedding = r.Rows("embeddings.position", config.MaxPositions, h),
            Layers = layers,
            FinalLnWeight = r.Vector("final_ln.weight", h),
            FinalLnBias = r.Vector("final_ln.bias", h),
            ClassifierWeight = r.Linear("classifier.weight", h, config.NumLabels),
            ClassifierBias = r.Vector("classifier.bias", config.NumLabels),
        };
    }

    private sealed class Resolver(EncoderConfig config, IReadOnlyDictionary<string, OnnxTensor> tensors)
    {
        private OnnxTensor Get(string logical, out EncoderWeightSpec spec)
        {
            if (!config.Weights.TryGetValue(logical, out spec!))
            {
                throw new InvalidDataException($"config.json weights map has no entry for '{logical}'");
            }
            if (!tensors.TryGetValue(spec.Initializer, out var t))
            {
                throw new InvalidDataException(
                    $"weight '{logical}': ONNX initializer '{spec.Initializer}' not found (or not FLOAT)");
            }
            if (spec.Shape is not null && !spec.Shape.SequenceEqual(t.Dims))
            {
                throw new InvalidDataException(
                    $"weight '{logical}': config.json shape [{string.Join(", ", spec.Shape)}] != ONNX {t.ShapeText}");
            }
            return t;
        }

        public float[] Vector(string logical, int n)
        {
            var t = Get(logical, out _);
            if (t.Data.Length != n || t.Dims.Count(d => d != 1) > 1)
            {
                throw new InvalidDataException($"weight '{logical}': expected [{n}], got {t.ShapeText}");
            }
            return t.Data;
        }

        public float[] Rows(string logical, int rows, int cols)
        {
            var t = Get(logical, out _);
            if (t.Dims.Length != 2 || t.Dims[0] != rows || t.Dims[1] != cols)
            {
                throw new InvalidDataException($"weight '{logical}': expected [{rows}, {cols}], got {t.ShapeText}");
            }
            return t.Data;
        }

        /// <summary>Returns the weight as [in, out].</summary>
        public float[] Linear(string logical, int nIn, int nOut)
        {
            var t = Get(logical, out var spec);
            var outIn = spec.Layout switch
            {
                "out_in" => true,
                "in_out" => false,
                _ => throw new InvalidDataException(
                    $"weight '{logical}': layout '{spec.Layout}' is not supported for a linear weight (out_in or in_out)"),
            };
            long d0 = outIn ? nOut : nIn, d1 = outIn ? nIn : nOut;
            if (t.Dims.Length != 2 || t.Dims[0] != d0 || t.Dims[1] != d1)
            {
                throw new InvalidDataException(
                    $"weight '{logical}' ({spec.Layout}): expected [{d0}, {d1}], got {t.ShapeText}");
            }
            if (!outIn)
            {
                return t.Data;
            }
            var w = new float[nIn * nOut];
            for (var o = 0; o < nOut; o++)
            {
                for (var i = 0; i < nIn; i++)
                {
                    w[i * nOut + o] = t.Data[o * nIn + i];
                }
            }
            return w;
        }
    }
}
