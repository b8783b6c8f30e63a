using BenchmarkDotNet.Running;

namespace PiiScan.Bench;

/// <summary>Benchmark entry point: <c>dotnet run -c Release -- --filter *Recognizer*</c>.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected on the command line.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--quick")
        {
            QuickThroughput.Run();
            return;
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
