using ILGPU;
using ILGPU.Runtime;
using ILGPU.Runtime.CPU;
using ILGPU.Runtime.Cuda;

namespace PiiScan.Inference.Gpu;

/// <summary>Creates ILGPU contexts/accelerators for the encoder kernels.</summary>
internal static class IlgpuAccelerators
{
    /// <summary>
    /// CPU simulator sized for the largest group the kernels use (GEMM: 16×16 = 256 threads): one multiprocessor,
    /// 8 warps of 32 threads.
    /// </summary>
    public static readonly CPUDevice CpuDevice = new(numThreadsPerWarp: 32, numWarpsPerMultiprocessor: 8, numMultiprocessors: 1);

    private static readonly Lazy<bool> s_cudaAvailable = new(ProbeCuda);

    public static bool CudaAvailable => s_cudaAvailable.Value;

    public static (Context Context, Accelerator Accelerator) CreateCpu()
    {
        var context = Context.Create(b => b.CPU(CpuDevice).EnableAlgorithms());
        try
        {
            return (context, context.CreateCPUAccelerator(0));
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    /// <summary>The first CUDA device, or null when there is none (no driver, no device).</summary>
    public static (Context Context, Accelerator Accelerator)? TryCreateCuda()
    {
        if (!CudaAvailable)
        {
            return null;
        }
        var context = Context.Create(b => b.Cuda().EnableAlgorithms());
        try
        {
            if (context.GetCudaDevices().Count == 0)
            {
                context.Dispose();
                return null;
            }
            return (context, context.CreateCudaAccelerator(0));
        }
        catch
        {
            context.Dispose();
            throw;
        }
    }

    private static bool ProbeCuda()
    {
        try
        {
            using var context = Context.Create(b => b.Cuda());
            return context.GetCudaDevices().Count > 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return false;
        }
    }
}
