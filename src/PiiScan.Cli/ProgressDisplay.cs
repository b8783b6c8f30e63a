using System.Diagnostics;
using PiiScan.Pipeline;
using Spectre.Console;

namespace PiiScan.Cli;

/// <summary>
/// Shows scan progress: a live Spectre.Console display on an interactive terminal, otherwise a plain line every
/// few seconds on stderr; nothing with --quiet. Shows counts and rates only, never data.
/// </summary>
internal sealed class ProgressDisplay : IDisposable
{
    private static readonly TimeSpan PlainInterval = TimeSpan.FromSeconds(5);

    private readonly ScanCounters _counters;
    private readonly TextWriter _stderr;
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Task _loop;

    private ProgressDisplay(ScanCounters counters, TextWriter stderr, bool live)
    {
        _counters = counters;
        _stderr = stderr;
        _loop = live ? Task.Run(LiveLoop) : Task.Run(PlainLoop);
    }

    public static IDisposable Start(ScanCounters counters, bool quiet, TextWriter stderr)
    {
        if (quiet)
        {
            return new NoOp();
        }
        var live = !Console.IsErrorRedirected && ReferenceEquals(stderr, Console.Error) && Environment.GetEnvironmentVariable("CI") is null;
        return new ProgressDisplay(counters, stderr, live);
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop.GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    internal static string Describe(ScanCounters c, TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, 1e-3);
        var mbps = c.BytesRead / 1e6 / seconds;
        var rps = c.RecordsRead / seconds;
        var total = c.SourceBytesTotal;
        var done = c.SourceBytesDone;
        var pct = total > 0 ? Math.Min(100.0, done * 100.0 / total) : 0;
        var eta = total > 0 && done > 0 ? TimeSpan.FromSeconds(Math.Max(0, (total - done) * seconds / done)) : (TimeSpan?)null;
        return $"{FormatBytes(done)}/{FormatBytes(total)} ({pct:0}%), files {c.FilesDone}/{c.FilesTotal}, {rps:N0} records/s, {mbps:0.0} MB/s, "
            + $"ETA {(eta is { } e ? e.ToString(@"hh\:mm\:ss") : "--:--:--")}, {c.Findings:N0} findings";
    }

    internal static string FormatBytes(long bytes) => bytes switch
    {
        >= 1L << 30 => $"{bytes / (double)(1L << 30):0.00} GiB",
        >= 1L << 20 => $"{bytes / (double)(1L << 20):0.0} MiB",
        >= 1L << 10 => $"{bytes / 1024.0:0.0} KiB",
        _ => $"{bytes} B",
    };

    private async Task PlainLoop()
    {
        using var timer = new PeriodicTimer(PlainInterval);
        while (await timer.WaitForNextTickAsync(_stop.Token).ConfigureAwait(false))
        {
            _stderr.WriteLine("piiscan: " + Describe(_counters, _clock.Elapsed));
        }
    }

    private async Task LiveLoop()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        await console.Progress()
            .AutoClear(false)
            .Columns(new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new TaskDescriptionColumn { Alignment = Justify.Left })
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask("scanning", maxValue: Math.Max(1, _counters.SourceBytesTotal));
                try
                {
                    while (!_stop.IsCancellationRequested)
                    {
                        Update(task);
                        await Task.Delay(250, _stop.Token).ConfigureAwait(false);
                    }
                }
                catch (OperationCanceledException)
                {
                }
                Update(task);
                task.StopTask();
            }).ConfigureAwait(false);
    }

    private void Update(ProgressTask task)
    {
        task.Value = Math.Min(task.MaxValue, _counters.SourceBytesDone);
        task.Description = Markup.Escape(Describe(_counters, _clock.Elapsed));
    }

    private sealed class NoOp : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
