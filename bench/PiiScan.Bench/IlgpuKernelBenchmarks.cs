using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using ILGPU;
using ILGPU.Runtime;
using PiiScan.Inference.Gpu;

namespace PiiScan.Bench;

/// <summary>
/// The encoder's tiled SGEMM (with bias epilogue) on ILGPU's CPU accelerator and, when ILGPU finds one, on CUDA.
/// Shapes are the encoder's: QKV (tokens × 768 × 256), FFN in (tokens × 1024 × 256), FFN out (tokens × 256 × 1024).
/// Run: dotnet run -c Release --project bench/PiiScan.Bench -- --filter *IlgpuKernel* (CPU cases are slow).
/// </summary>
[Config(typeof(Config))]
public class IlgpuKernelBenchmarks
{
    private Context? _context;
    private Accelerator? _accelerator;
    private IlgpuKernels? _kernels;
    private MemoryBuffer1D<float, Stride1D.Dense>? _a;
    private MemoryBuffer1D<float, Stride1D.Dense>? _b;
    private MemoryBuffer1D<float, Stride1D.Dense>? _bias;
    private MemoryBuffer1D<float, Stride1D.Dense>? _c;

    [ParamsSource(nameof(Devices))]
    public string Device { get; set; } = "cpu";

    /// <summary>M×N×K; the CPU accelerator (a slow GPU simulator) only gets the small ones.</summary>
    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "64x256x256";

    private int M => Dim(0);
    private int N => Dim(1);
    private int K => Dim(2);

    public static IEnumerable<string> Devices() =>
        IlgpuBackend.CudaAvailable() ? ["cpu", "cuda"] : ["cpu"];

    public static IEnumerable<string> Shapes() =>
        ["64x768x256", "64x1024x256", "64x256x1024", "4096x768x256", "4096x1024x256", "4096x256x1024"];

    internal static bool IsLarge(string shape) => shape.StartsWith("4096", StringComparison.Ordinal);

    private int Dim(int i) => int.Parse(Shape.Split('x')[i], System.Globalization.CultureInfo.InvariantCulture);

    [GlobalSetup]
    public void Setup()
    {
        (_context, _accelerator) = Device == "cuda"
            ? IlgpuAccelerators.TryCreateCuda() ?? throw new InvalidOperationException("no CUDA device")
            : IlgpuAccelerators.CreateCpu();
        _kernels = new IlgpuKernels(_accelerator);
        var rng = new Random(42);
        float[] Random(int n) => Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble() - 0.5f).ToArray();
        _a = _accelerator.Allocate1D(Random(M * K));
        _b = _accelerator.Allocate1D(Random(K * N));
        _bias = _accelerator.Allocate1D(Random(N));
        _c = _accelerator.Allocate1D<float>((long)M * N);
        Gemm(); // compile + warm
    }

    [Benchmark]
    public void Gemm()
    {
        _kernels!.Gemm(_accelerator!.DefaultStream, _a!.View.BaseView, _b!.View.BaseView, _bias!.View.BaseView, _c!.View.BaseView, M, N, K,
            GemmKernels.EpilogueBias);
        _accelerator.Synchronize();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _a?.Dispose();
        _b?.Dispose();
        _bias?.Dispose();
        _c?.Dispose();
        _accelerator?.Dispose();
        _context?.Dispose();
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            AddColumn(new GflopsColumn());
            AddFilter(new SimpleFilter(c => !(Equals(c.Parameters["Device"], "cpu") && IsLarge((string)c.Parameters["Shape"]))));
        }
    }
}
