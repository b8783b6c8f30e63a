using System.Diagnostics;
using System.Text;
using PiiScan.Detection;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Bench;

/// <summary>Stopwatch throughput per recognizer (<c>dotnet run -c Release -- --quick</c>), for fast iteration; BenchmarkDotNet gives the reported figures.</summary>
public static class QuickThroughput
{
    /// <summary>Prints MB/s of every recognizer and of the whole catalogue.</summary>
    public static void Run()
    {
        var corpus = InferenceLogCorpus.Build(4000);
        long bytes = 0;
        foreach (var l in corpus)
        {
            bytes += Encoding.UTF8.GetByteCount(l) + 1;
        }
        var all = RecognizerCatalog.CreateDefault(RecognizerOptions.Default);
        Console.WriteLine($"corpus {bytes / 1e6:F2} MB, {corpus.Length} lines");
        var warm = new List<Det>(1024);
        for (int pass = 0; pass < 10; pass++)
        {
            Pass([.. all], corpus, warm, new FieldContext("text", ""));
        }
        Thread.Sleep(500); // let tiered JIT settle so CPU time is the scan's own
        foreach (var r in all)
        {
            Measure(r.Name, [r], corpus, bytes);
        }
        Measure("ALL", [.. all], corpus, bytes);
    }

    private static void Measure(string name, IRecognizer[] recognizers, string[] corpus, long bytes)
    {
        var results = new List<Det>(1024);
        var ctx = new FieldContext("text", "");
        int found = 0;
        for (int pass = 0; pass < 3; pass++)
        {
            found = Pass(recognizers, corpus, results, ctx);
        }
        using var process = Process.GetCurrentProcess();
        TimeSpan cpu0 = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        int passes = 0;
        while (sw.ElapsedMilliseconds < 600 || passes < 3)
        {
            Pass(recognizers, corpus, results, ctx);
            passes++;
        }
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpu0).TotalSeconds;
        double mbs = bytes * passes / 1e6 / sw.Elapsed.TotalSeconds;
        double cpuMbs = bytes * passes / 1e6 / cpuSeconds;
        Console.WriteLine($"{name,-28} wall {mbs,9:F1} MB/s  cpu {cpuMbs,9:F1} MB/s  detections/pass={found}");
    }

    private static int Pass(IRecognizer[] recognizers, string[] corpus, List<Det> results, FieldContext ctx)
    {
        int found = 0;
        foreach (var line in corpus)
        {
            results.Clear();
            foreach (var r in recognizers)
            {
                r.Analyze(line, ctx, results);
            }
            found += results.Count;
        }
        return found;
    }
}
