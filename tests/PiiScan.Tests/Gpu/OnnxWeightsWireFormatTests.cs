using System.Text;
using PiiScan.Inference;
using Xunit;

namespace PiiScan.Tests.Gpu;

/// <summary>Hand-encoded ModelProto bytes for the TensorProto encodings the tiny model (raw_data) does not use.</summary>
public sealed class OnnxWeightsWireFormatTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void Parse_FloatDataEncodings_ReadsDimsAndValues(bool packedDims, bool packedFloats)
    {
        float[] values = [1.5f, -2f, 0f, 3.25f, 1e-3f, -7f];
        var tensor = Tensor("w", [2, 3], 1, values, packedDims, packedFloats, external: false);
        var result = OnnxWeights.Parse(Model(tensor, Tensor("ints", [2], 7, [], true, true, false)));
        var w = Assert.Single(result).Value;
        Assert.Equal("w", w.Name);
        Assert.Equal([2L, 3L], w.Dims);
        Assert.Equal(values, w.Data);
    }

    [Fact]
    public void Parse_ExternalData_ThrowsInvalidData()
    {
        var tensor = Tensor("big", [4], 1, [], packedDims: true, packedFloats: true, external: true);
        var e = Assert.Throws<InvalidDataException>(() => OnnxWeights.Parse(Model(tensor)));
        Assert.Contains("external data", e.Message);
    }

    [Fact]
    public void Parse_WrongValueCount_ThrowsInvalidData()
    {
        var tensor = Tensor("w", [2, 2], 1, [1f, 2f, 3f], packedDims: true, packedFloats: true, external: false);
        Assert.Throws<InvalidDataException>(() => OnnxWeights.Parse(Model(tensor)));
    }

    private static byte[] Model(params byte[][] tensors)
    {
        var graph = new List<byte>();
        graph.AddRange(Field(1, Encoding.UTF8.GetBytes("node-ignored"))); // GraphProto.node: skipped
        foreach (var t in tensors)
        {
            graph.AddRange(Field(5, t));
        }
        var model = new List<byte>();
        model.AddRange(Varint((1 << 3) | 0)); // ir_version = 7
        model.AddRange(Varint(7));
        model.AddRange(Field(7, [.. graph]));
        return [.. model];
    }

    private static byte[] Tensor(string name, long[] dims, int dataType, float[] values, bool packedDims, bool packedFloats, bool external)
    {
        var t = new List<byte>();
        if (packedDims)
        {
            t.AddRange(Field(1, dims.SelectMany(d => Varint((ulong)d)).ToArray()));
        }
        else
        {
            foreach (var d in dims)
            {
                t.AddRange(Varint(1 << 3));
                t.AddRange(Varint((ulong)d));
            }
        }
        t.AddRange(Varint(2 << 3));
        t.AddRange(Varint((ulong)dataType));
        if (packedFloats)
        {
            t.AddRange(Field(4, values.SelectMany(BitConverter.GetBytes).ToArray()));
        }
        else
        {
            foreach (var v in values)
            {
                t.AddRange(Varint((4 << 3) | 5));
                t.AddRange(BitConverter.GetBytes(v));
            }
        }
        t.AddRange(Field(8, Encoding.UTF8.GetBytes(name)));
        if (external)
        {
            t.AddRange(Varint(14 << 3));
            t.AddRange(Varint(1));
        }
        return [.. t];
    }

    private static byte[] Field(int number, byte[] payload) =>
        [.. Varint((ulong)((number << 3) | 2)), .. Varint((ulong)payload.Length), .. payload];

    private static byte[] Varint(ulong value)
    {
        var bytes = new List<byte>();
        do
        {
            var b = (byte)(value & 0x7F);
            value >>= 7;
            bytes.Add(value != 0 ? (byte)(b | 0x80) : b);
        }
        while (value != 0);
        return [.. bytes];
    }
}
