using System.Diagnostics;
using System.Text;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Tests.Readers;
using Xunit;

namespace PiiScan.Tests.Pipeline;

public class CancellationTests
{
    // Gzip keeps the input about 20 times smaller on disk than plain JSONL (3M lines: 16 MB, not 325 MB).
    private static string MakeLargeJsonl(string dir, int lines)
    {
        var path = Path.Combine(dir, "big.jsonl.gz");
        using var w = new StreamWriter(CompressionStreams.OpenWrite(File.Create(path), Compression.Gzip, leaveOpen: false), new UTF8Encoding(false));
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
        Assert.False(File.Exists(Path.Combine(outDir, "redacted", "big.jsonl.gz")));
        var partial = Path.Combine(outDir, "redacted", "big.jsonl.gz.partial");
        var redacted = IoHarness.Decompress(File.ReadAllBytes(partial), Compression.Gzip);
        Assert.Equal(report.RecordsWritten, redacted.AsSpan().Count((byte)'\n'));
        Assert.Contains("big.jsonl.gz", report.PartialFiles);
        Assert.Contains("\"status\": \"cancelled\"", File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.Empty(Directory.GetFiles(outDir, ".*tmp*", SearchOption.AllDirectories));
    }

    // SIGINT is what Ctrl+C sends; SIGTERM is what Kubernetes sends. Both take the graceful path.
    [SigintFact]
    public Task Cli_Sigint_ExitsWith130AndWritesReport() => Cli_Signal_ExitsWith130AndWritesReport("INT");

    [Fact]
    public Task Cli_Sigterm_ExitsWith130AndWritesReport() => Cli_Signal_ExitsWith130AndWritesReport("TERM");

    private static async Task Cli_Signal_ExitsWith130AndWritesReport(string signal)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }
        var dir = TestPaths.NewTempDir();
        var input = MakeLargeJsonl(dir, 3_000_000);
        var outDir = Path.Combine(dir, "out");
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "piiscan.dll"), "scan", input, "--out", outDir, "--quiet", "--no-ner" })
        {
            psi.ArgumentList.Add(a);
        }
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        // The output directory appears once the signal handlers are installed; interrupt right after.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!Directory.Exists(outDir))
        {
            Assert.True(DateTime.UtcNow < deadline, "scan did not start");
            if (p.HasExited)
            {
                Assert.Fail("scan exited before it could be interrupted: " + await stderrTask);
            }
            await Task.Delay(10);
        }
        await Task.Delay(200);
        int killCode;
        using (var kill = Process.Start("kill", ["-" + signal, p.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
            killCode = kill.ExitCode;
        }
        Assert.True(p.WaitForExit(60_000), "scan did not stop after SIG" + signal);
        await stdoutTask;
        var stderr = await stderrTask;
        Assert.True(p.ExitCode == 130, $"exit {p.ExitCode}, kill {killCode}: {stderr}");
        Assert.Contains("\"status\": \"cancelled\"", File.ReadAllText(Path.Combine(outDir, "report.json")));
        Assert.True(File.Exists(Path.Combine(outDir, "findings.parquet")));
    }
}
