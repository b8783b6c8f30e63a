using PiiScan.Inference.Gpu;
using Xunit;

namespace PiiScan.Tests.Gpu;

/// <summary>A <see cref="FactAttribute"/> that skips itself when ILGPU finds no CUDA device.</summary>
public sealed class GpuFactAttribute : FactAttribute
{
    public GpuFactAttribute()
    {
        if (!IlgpuBackend.CudaAvailable())
        {
            Skip = "no CUDA device available to ILGPU";
        }
    }
}
