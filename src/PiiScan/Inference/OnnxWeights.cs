using System.Buffers.Binary;
using System.Text;

namespace PiiScan.Inference;

/// <summary>
/// Minimal protobuf wire-format reader that extracts the FLOAT initializers of an ONNX <c>ModelProto</c>
/// (field 7 graph → GraphProto field 5 initializer → TensorProto). Only what the encoder needs: dims (field 1,
/// packed or unpacked), data_type (2, FLOAT = 1 only), float_data (4, packed or unpacked), name (8), raw_data (9)
/// and data_location (14) to reject external data. Other initializer types are skipped.
/// </summary>
public static class OnnxWeights
{
    private const int FloatType = 1;

    /// <summary>Reads every FLOAT initializer of <paramref name="onnxPath"/>, by name.</summary>
    /// <exception cref="InvalidDataException">The file is not a well-formed ONNX model or uses external data.</exception>
    public static IReadOnlyDictionary<string, OnnxTensor> Load(string onnxPath)
    {
        var bytes = File.ReadAllBytes(onnxPath);
        try
        {
            return Parse(bytes);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{onnxPath}: {e.Message}", e);
        }
    }

    /// <summary>Parses a serialized ONNX <c>ModelProto</c>.</summary>
    public static IReadOnlyDictionary<string, OnnxTensor> Parse(ReadOnlySpan<byte> model)
    {
        var result = new Dictionary<string, OnnxTensor>(StringComparer.Ordinal);
        var reader = new Reader(model);
        var sawGraph = false;
        while (!reader.End)
        {
            var (field, wire) = reader.Tag();
            if (field == 7 && wire == 2)
            {
                sawGraph = true;
                ParseGraph(reader.Bytes(), result);
            }
            else
            {
                reader.Skip(wire);
            }
        }
        if (!sawGraph)
        {
            throw new InvalidDataException("no graph in ONNX model");
        }
        return result;
    }

    private static void ParseGraph(ReadOnlySpan<byte> graph, Dictionary<string, OnnxTensor> result)
    {
        var reader = new Reader(graph);
        while (!reader.End)
        {
            var (field, wire) = reader.Tag();
            if (field == 5 && wire == 2)
            {
                var tensor = ParseTensor(reader.Bytes());
                if (tensor is not null)
                {
                    result[tensor.Name] = tensor;
                }
            }
            else
            {
                reader.Skip(wire);
            }
        }
    }

    private static OnnxTensor? ParseTensor(ReadOnlySpan<byte> tensor)
    {
        var reader = new Reader(tensor);
        var dims = new List<long>();
        var floats = new List<float>();
        var dataType = 0;
        var name = "";
        ReadOnlySpan<byte> raw = default;
        var hasRaw = false;
        var external = false;
        while (!reader.End)
        {
            var (field, wire) = reader.Tag();
            switch (field)
            {
                case 1 when wire == 0:
                    dims.Add((long)reader.Varint());
                    break;
                case 1 when wire == 2:
                    var packed = new Reader(reader.Bytes());
                    while (!packed.End)
                    {
                        dims.Add((long)packed.Varint());
                    }
                    break;
                case 2 when wire == 0:
                    dataType = (int)reader.Varint();
                    break;
                case 4 when wire == 5:
                    floats.Add(BinaryPrimitives.ReadSingleLittleEndian(reader.Fixed(4)));
                    break;
                case 4 when wire == 2:
                    var fl = reader.Bytes();
                    for (var i = 0; i + 4 <= fl.Length; i += 4)
                    {
                        floats.Add(BinaryPrimitives.ReadSingleLittleEndian(fl.Slice(i, 4)));
                    }
                    break;
                case 8 when wire == 2:
                    name = Encoding.UTF8.GetString(reader.Bytes());
                    break;
                case 9 when wire == 2:
                    raw = reader.Bytes();
                    hasRaw = true;
                    break;
                case 14 when wire == 0:
                    external = reader.Varint() == 1;
                    break;
                default:
                    reader.Skip(wire);
                    break;
            }
        }
        if (dataType != FloatType)
        {
            return null;
        }
        if (external)
        {
            throw new InvalidDataException($"initializer '{name}' uses external data, which is not supported");
        }
        long count = 1;
        foreach (var d in dims)
        {
            count *= d;
        }
        float[] data;
        if (hasRaw)
        {
            if (raw.Length != count * 4)
            {
                throw new InvalidDataException($"initializer '{name}': raw_data has {raw.Length} bytes, expected {count * 4}");
            }
            data = new float[count];
            for (var i = 0; i < data.Length; i++)
            {
                data[i] = BinaryPrimitives.ReadSingleLittleEndian(raw.Slice(i * 4, 4));
            }
        }
        else
        {
            if (floats.Count != count)
            {
                throw new InvalidDataException($"initializer '{name}': float_data has {floats.Count} values, expected {count}");
            }
            data = floats.ToArray();
        }
        return new OnnxTensor(name, dims.ToArray(), data);
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _pos;

        public readonly bool End => _pos >= _data.Length;

        public (int Field, int Wire) Tag()
        {
            var tag = Varint();
            return ((int)(tag >> 3), (int)(tag & 7));
        }

        public ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (_pos >= _data.Length)
                {
                    throw new InvalidDataException("truncated varint");
                }
                var b = _data[_pos++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
            throw new InvalidDataException("malformed varint");
        }

        public ReadOnlySpan<byte> Fixed(int length)
        {
            if (_pos + length > _data.Length)
            {
                throw new InvalidDataException("truncated field");
            }
            var s = _data.Slice(_pos, length);
            _pos += length;
            return s;
        }

        public ReadOnlySpan<byte> Bytes()
        {
            var length = Varint();
            if (length > (ulong)(_data.Length - _pos))
            {
                throw new InvalidDataException("length-delimited field runs past the end");
            }
            return Fixed((int)length);
        }

        public void Skip(int wire)
        {
            switch (wire)
            {
                case 0:
                    Varint();
                    break;
                case 1:
                    Fixed(8);
                    break;
                case 2:
                    Bytes();
                    break;
                case 5:
                    Fixed(4);
                    break;
                default:
                    throw new InvalidDataException($"unsupported protobuf wire type {wire}");
            }
        }
    }
}
