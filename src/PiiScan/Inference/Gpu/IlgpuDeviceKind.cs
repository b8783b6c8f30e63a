namespace PiiScan.Inference.Gpu;

/// <summary>Which ILGPU accelerator runs the encoder.</summary>
public enum IlgpuDeviceKind
{
    /// <summary>ILGPU's multi-threaded CPU accelerator (GPU simulator; tests and machines without CUDA).</summary>
    Cpu,

    /// <summary>The first CUDA device.</summary>
    Cuda,
}
