using System.CommandLine;

namespace PiiScan.Cli;

/// <summary>The <c>--device</c> option shared by scan and eval.</summary>
internal static class DeviceOption
{
    public static Option<string?> Create()
    {
        var option = new Option<string?>("--device")
        {
            Description = "NER inference device: auto (ILGPU on the first CUDA GPU, else ONNX Runtime on CPU), cpu, cuda, ilgpu-cpu, ort-cuda (builds with -p:OrtGpu=true). Default: PIISCAN_DEVICE or auto.",
        };
        option.AcceptOnlyFromAmong("auto", "cpu", "cuda", "ilgpu-cpu", "ort-cuda");
        return option;
    }
}
