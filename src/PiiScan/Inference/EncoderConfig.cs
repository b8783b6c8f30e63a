using System.Globalization;
using System.Text.Json;

namespace PiiScan.Inference;

/// <summary>
/// Architecture and weight map of the pre-LayerNorm Transformer token classifier, read from the model's
/// <c>config.json</c>. Architecture numbers are read from an <c>architecture</c> object (or the root when absent):
/// <c>vocab_size</c>, <c>hidden</c>, <c>layers</c>, <c>heads</c>, <c>ffn</c>, <c>max_positions</c>,
/// <c>layer_norm_eps</c>, <c>activation</c> (must be <c>gelu_tanh</c>), <c>pre_ln</c> (must be true), optional
/// <c>attention_mask_bias</c> (default -10000) and <c>attention_scale</c> (default 1/sqrt(head_dim)).
/// <c>labels</c> (root or architecture) names the classes. <c>weights</c> maps logical names
/// (<c>embeddings.token</c>, <c>layers.{i}.attn.q.weight</c>, ...) to <c>{ "initializer" | "name", "shape", "layout" }</c>.
/// </summary>
public sealed class EncoderConfig
{
    /// <summary>Vocabulary size (rows of the token embedding).</summary>
    public required int VocabSize { get; init; }

    /// <summary>Model width.</summary>
    public required int Hidden { get; init; }

    /// <summary>Number of encoder layers.</summary>
    public required int Layers { get; init; }

    /// <summary>Number of attention heads.</summary>
    public required int Heads { get; init; }

    /// <summary>Width of one head (<see cref="Hidden"/> / <see cref="Heads"/>).</summary>
    public int HeadDim => Hidden / Heads;

    /// <summary>Inner width of the feed-forward block.</summary>
    public required int Ffn { get; init; }

    /// <summary>Rows of the learned position embedding (longest sequence).</summary>
    public required int MaxPositions { get; init; }

    /// <summary>LayerNorm epsilon.</summary>
    public required float LayerNormEps { get; init; }

    /// <summary>Additive attention score for padded keys.</summary>
    public float AttentionMaskBias { get; init; } = -10000f;

    /// <summary>Scale applied to QK^T.</summary>
    public required float AttentionScale { get; init; }

    /// <summary>Class names; <see cref="NumLabels"/> is their count.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    /// <summary>Number of output classes.</summary>
    public int NumLabels => Labels.Count;

    /// <summary>ONNX file name relative to the model directory.</summary>
    public string OnnxFile { get; init; } = "model.onnx";

    /// <summary>Logical weight name → ONNX initializer.</summary>
    public required IReadOnlyDictionary<string, EncoderWeightSpec> Weights { get; init; }

    /// <summary>Reads and validates <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">A required entry is missing or the architecture is unsupported.</exception>
    public static EncoderConfig Load(string path)
    {
        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or FormatException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses config.json text.</summary>
    public static EncoderConfig Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var arch = root.TryGetProperty("architecture", out var a) && a.ValueKind == JsonValueKind.Object ? a : root;

        var activation = GetString(arch, "activation") ?? "gelu_tanh";
        if (!string.Equals(activation, "gelu_tanh", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"activation '{activation}' is not supported (expected gelu_tanh)");
        }
        if (arch.TryGetProperty("pre_ln", out var preLn) && preLn.ValueKind == JsonValueKind.False)
        {
            throw new InvalidDataException("only pre-LayerNorm encoders (pre_ln: true) are supported");
        }

        var hidden = GetInt(arch, "hidden");
        var heads = GetInt(arch, "heads");
        if (hidden <= 0 || heads <= 0 || hidden % heads != 0)
        {
            throw new InvalidDataException($"hidden ({hidden}) must be a positive multiple of heads ({heads})");
        }
        if (arch.TryGetProperty("head_dim", out var hd) && hd.GetInt32() != hidden / heads)
        {
            throw new InvalidDataException($"head_dim {hd.GetInt32()} != hidden / heads ({hidden / heads})");
        }

        var labels = ReadLabels(root) ?? ReadLabels(arch);
        if (labels is null)
        {
            var n = GetInt(arch, "num_labels");
            labels = Enumerable.Range(0, n).Select(i => "LABEL_" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        }
        if (labels.Count == 0)
        {
            throw new InvalidDataException("no labels");
        }

        if (!root.TryGetProperty("weights", out var w) || w.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("missing 'weights' map (logical name → ONNX initializer)");
        }
        var weights = new Dictionary<string, EncoderWeightSpec>(StringComparer.Ordinal);
        foreach (var p in w.EnumerateObject())
        {
            var init = GetString(p.Value, "initializer") ?? GetString(p.Value, "name")
                ?? throw new InvalidDataException($"weights.{p.Name}: missing 'initializer' (or 'name')");
            long[]? shape = p.Value.TryGetProperty("shape", out var s) && s.ValueKind == JsonValueKind.Array
                ? s.EnumerateArray().Select(e => e.GetInt64()).ToArray()
                : null;
            var layout = GetString(p.Value, "layout") ?? (shape is { Length: 1 } ? "vector" : "out_in");
            weights[p.Name] = new EncoderWeightSpec(init, shape, layout);
        }

        var onnxFile = root.TryGetProperty("onnx", out var o) && o.ValueKind == JsonValueKind.Object
            ? GetString(o, "file") ?? "model.onnx"
            : "model.onnx";

        var config = new EncoderConfig
        {
            VocabSize = GetInt(arch, "vocab_size"),
            Hidden = hidden,
            Layers = GetInt(arch, "layers"),
            Heads = heads,
            Ffn = GetInt(arch, "ffn"),
            MaxPositions = GetInt(arch, "max_positions"),
            LayerNormEps = arch.TryGetProperty("layer_norm_eps", out var eps) ? eps.GetSingle() : 1e-5f,
            AttentionMaskBias = arch.TryGetProperty("attention_mask_bias", out var mb) ? mb.GetSingle() : -10000f,
            AttentionScale = arch.TryGetProperty("attention_scale", out var sc)
                ? sc.GetSingle()
                : 1f / MathF.Sqrt(hidden / heads),
            Labels = labels,
            OnnxFile = onnxFile,
            Weights = weights,
        };
        if (config.VocabSize <= 0 || config.Layers <= 0 || config.Ffn <= 0 || config.MaxPositions <= 0)
        {
            throw new InvalidDataException("vocab_size, layers, ffn and max_positions must be positive");
        }
        return config;
    }

    private static List<string>? ReadLabels(JsonElement e)
    {
        if (!e.TryGetProperty("labels", out var l) || l.ValueKind != JsonValueKind.Array)
        {
            return null;
        }
        return l.EnumerateArray().Select(x => x.GetString() ?? "").ToList();
    }

    private static string? GetString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static int GetInt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetInt32()
            : throw new InvalidDataException($"missing integer '{name}'");
}
