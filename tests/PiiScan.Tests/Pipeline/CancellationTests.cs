using System.Diagnostics;
using System.Text;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Readers;
using Xunit;

namespace PiiScan.Tests.Pipeline;

public class CancellationTests
{
    private static string MakeLargeJsonl(string dir, int lines)
    {
        var path = Path.Combine(dir, "big.jsonl");
        using var w = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < lines; i++)
        {
            w.Write("{\"i\":");
            w.Write(i);
            w.Write(",\"msg\":\"user ");
            w.Write(i);
            w.Write(" wrote from 203.0.113.7 to someone@example.com about nothing in particular\"}\n");
        }
        return path;
    }

    [Fact]
    public async Task RunAsync_CancelledMidway_FlushesPartialFileAndReport()
    {
        var dir = TestPaths.NewTempDir();
        const int total = 400_000;
        var input = MakeLargeJsonl(dir, total);
        var outDir = Path.Combine(dir, "out");
        var (sources, root) = InputResolver.Resolve([input], null);
        var pipeline = new PiiScan.Pipeline.ScanPipeline(
            new PiiScan.Pipeline.ScanOptions { OutputDirectory = outDir, Root = root, Threads = 2 },
            new DetectionEngine(RecognizerCatalog.CreateDefault(new RecognizerOptions())),
            OperatorPolicy.ReplaceAll);
        using var stop = new CancellationTokenSource();
        var run = pipeline.RunAsync(sources, stop.Token);
        while (pipeline.Counters.RecordsRead == 0 && !run.IsCompleted)
        {
            await Task.Delay(5);
        }
        stop.Cancel();
        var report = await run;

        Assert.Equal("cancelled", report.Status);
        Assert.InRange(report.RecordsRead, 1, total - 1);
        Assert.Equal(report.RecordsRead, report.RecordsWritten + report.RecordsQuarantined);
        Assert.False(File.Exists(Path.Combine(outDir, "redacted", "big.jsonl")));
        var partial = Path.Combine(outDir, "redacted", "big.jsonl.partial");
        Assert.Equal(report.RecordsWritten, File.ReadLines(partial).LongCount());
        Assert.Contains("big.jsonl", report.PartialFiles);
        Assert.Contains("\"status\": \"cancelled\"", File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.Empty(Directory.GetFiles(outDir, ".*tmp*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Cli_SigInt_ExitsWith130AndWritesReport()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var dir = TestPaths.NewTempDir();
        var input = MakeLargeJsonl(dir, 1_500_000);
        var outDir = Path.Combine(dir, "out");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "piiscan.dll"), "scan", input, "--out", outDir, "--quiet" })
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        // Wait until the run has visibly started (its temporary findings file exists), then interrupt.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.Exists(outDir) || Directory.GetFiles(outDir, ".findings.parquet.tmp-*").Length == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "scan did not start");
            Assert.False(p.HasExited, await stderrTask);
            await Task.Delay(20);
        }
        await Task.Delay(300);
        using (var kill = Process.Start("kill", ["-INT", p.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }
        Assert.True(p.WaitForExit(60_000), "scan did not stop after SIGINT");
        await stdoutTask;
        var stderr = await stderrTask;
        Assert.True(p.ExitCode == 130, $"exit {p.ExitCode}: {stderr}");
        Assert.Contains("\"status\": \"cancelled\"", File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "findings.parquet")));
    }
}
