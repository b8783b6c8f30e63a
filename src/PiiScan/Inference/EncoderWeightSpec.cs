namespace PiiScan.Inference;

/// <summary>Where a logical encoder weight lives in the ONNX file and how it is laid out.</summary>
/// <param name="Initializer">ONNX initializer name.</param>
/// <param name="Shape">Declared shape (checked against the initializer when present).</param>
/// <param name="Layout"><c>out_in</c> (torch Linear, [out, in]), <c>in_out</c> ([in, out]), <c>rows</c>
/// (embedding table) or <c>vector</c> (1-D).</param>
public sealed record EncoderWeightSpec(string Initializer, long[]? Shape, string Layout);
