namespace PiiScan.Inference;

/// <summary>A FLOAT initializer read from an ONNX model: its dimensions and row-major data.</summary>
/// <param name="Name">Initializer name.</param>
/// <param name="Dims">Dimensions, outermost first.</param>
/// <param name="Data">Row-major values.</param>
public sealed record OnnxTensor(string Name, long[] Dims, float[] Data)
{
    /// <summary>Dimensions as text, e.g. <c>[256, 1024]</c>.</summary>
    public string ShapeText => "[" + string.Join(", ", Dims) + "]";
}
