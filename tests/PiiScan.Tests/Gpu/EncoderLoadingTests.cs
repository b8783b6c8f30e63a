using System.Text.Json.Nodes;
using PiiScan.Inference;
using Xunit;

namespace PiiScan.Tests.Gpu;

public sealed class EncoderLoadingTests
{
    private static string ConfigPath => Path.Combine(GpuTestData.TinyEncoderDir, "config.json");
    private static string OnnxPath => Path.Combine(GpuTestData.TinyEncoderDir, "model.onnx");

    [Fact]
    public void OnnxWeights_TinyModel_ReadsEveryFloatInitializer()
    {
        var tensors = OnnxWeights.Load(OnnxPath);
        Assert.Equal([50L, 32L], tensors["tok.weight"].Dims);
        Assert.Equal(50 * 32, tensors["tok.weight"].Data.Length);
        Assert.Equal([64L, 32L], tensors["layers.1.ffn_in.weight"].Dims);
        Assert.Equal([9L], tensors["classifier.bias"].Dims);
    }

    [Fact]
    public void EncoderConfig_TinyModel_ReadsArchitecture()
    {
        var c = EncoderConfig.Load(ConfigPath);
        Assert.Equal((50, 32, 2, 2, 16, 64, 64), (c.VocabSize, c.Hidden, c.Layers, c.Heads, c.HeadDim, c.Ffn, c.MaxPositions));
        Assert.Equal(9, c.NumLabels);
        Assert.Equal("O", c.Labels[0]);
        Assert.Equal(-10000f, c.AttentionMaskBias);
        Assert.Equal(0.25f, c.AttentionScale, 6);
        Assert.Equal("layers.0.q.weight", c.Weights["layers.0.attn.q.weight"].Initializer);
    }

    [Fact]
    public void EncoderWeights_OutInLayout_TransposedToInOut()
    {
        var c = EncoderConfig.Load(ConfigPath);
        var tensors = OnnxWeights.Load(OnnxPath);
        var w = EncoderWeights.FromTensors(c, tensors);
        var raw = tensors["layers.1.ffn_in.weight"].Data; // [64 out, 32 in]
        Assert.Equal(raw[5 * 32 + 3], w.Layers[1].FfnInWeight[3 * 64 + 5]);
    }

    [Theory]
    [InlineData("missing-entry")]
    [InlineData("missing-initializer")]
    [InlineData("wrong-shape")]
    [InlineData("bad-layout")]
    public void EncoderWeights_BrokenWeightMap_ThrowsClearError(string breakage)
    {
        var json = JsonNode.Parse(File.ReadAllText(ConfigPath))!;
        var weights = json["weights"]!.AsObject();
        var expectedText = breakage switch
        {
            "missing-entry" => "no entry for 'layers.1.attn.k.bias'",
            "missing-initializer" => "initializer 'nope' not found",
            "wrong-shape" => "expected [32, 32]",
            _ => "layout 'sideways'",
        };
        switch (breakage)
        {
            case "missing-entry":
                weights.Remove("layers.1.attn.k.bias");
                break;
            case "missing-initializer":
                weights["layers.0.ln1.weight"]!["initializer"] = "nope";
                break;
            case "wrong-shape":
                weights["layers.0.attn.o.weight"] = new JsonObject { ["initializer"] = "layers.0.ffn_in.weight", ["layout"] = "out_in" };
                break;
            default:
                weights["classifier.weight"]!["layout"] = "sideways";
                break;
        }
        var config = EncoderConfig.Parse(json.ToJsonString());
        var e = Assert.Throws<InvalidDataException>(() => EncoderWeights.FromTensors(config, OnnxWeights.Load(OnnxPath)));
        Assert.Contains(expectedText, e.Message);
    }

    [Fact]
    public void EncoderConfig_NameKeyAndFlatArchitecture_Accepted()
    {
        const string Json = """
            { "vocab_size": 10, "hidden": 8, "layers": 1, "heads": 2, "ffn": 16, "max_positions": 4,
              "layer_norm_eps": 1e-5, "activation": "gelu_tanh", "pre_ln": true, "labels": ["O", "B-X"],
              "weights": { "classifier.weight": { "name": "cls.w", "shape": [2, 8], "layout": "out_in" } } }
            """;
        var c = EncoderConfig.Parse(Json);
        Assert.Equal(4, c.HeadDim);
        Assert.Equal(0.5f, c.AttentionScale, 6);
        Assert.Equal("cls.w", c.Weights["classifier.weight"].Initializer);
    }

    [Fact]
    public void EncoderConfig_UnsupportedActivation_Throws()
    {
        const string Json = """{ "vocab_size": 10, "hidden": 8, "layers": 1, "heads": 2, "ffn": 16, "max_positions": 4, "activation": "relu", "labels": ["O"], "weights": {} }""";
        var e = Assert.Throws<InvalidDataException>(() => EncoderConfig.Parse(Json));
        Assert.Contains("relu", e.Message);
    }

    [Fact]
    public void OnnxWeights_TruncatedFile_ThrowsInvalidData()
    {
        var bytes = File.ReadAllBytes(OnnxPath);
        Assert.Throws<InvalidDataException>(() => OnnxWeights.Parse(bytes.AsSpan(0, bytes.Length / 2)));
    }
}
