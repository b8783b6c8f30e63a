using ILGPU;
using ILGPU.Runtime;
using PiiScan.Inference.Gpu;
using Xunit;

namespace PiiScan.Tests.Gpu;

/// <summary>One ILGPU CPU accelerator with the encoder kernels loaded, shared by a test class.</summary>
public sealed class IlgpuCpuFixture : IDisposable
{
    private readonly Context _context;

    public IlgpuCpuFixture()
    {
        (_context, Accelerator) = IlgpuAccelerators.CreateCpu();
        Kernels = new IlgpuKernels(Accelerator);
    }

    public Accelerator Accelerator { get; }

    internal IlgpuKernels Kernels { get; }

    public AcceleratorStream Stream => Accelerator.DefaultStream;

    public MemoryBuffer1D<T, Stride1D.Dense> Upload<T>(T[] data)
        where T : unmanaged => Accelerator.Allocate1D(data);

    public MemoryBuffer1D<T, Stride1D.Dense> Zeros<T>(int length)
        where T : unmanaged
    {
        var buffer = Accelerator.Allocate1D<T>(Math.Max(1, length));
        buffer.MemSetToZero();
        return buffer;
    }

    public void Dispose()
    {
        Accelerator.Dispose();
        _context.Dispose();
    }
}
