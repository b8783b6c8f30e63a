using System.Diagnostics;
using PiiScan.Tests.Pipeline;
using Xunit;
using Xunit.Abstractions;

namespace PiiScan.Tests.Reports;

public class HtmlReportTests(ITestOutputHelper output)
{
    private static readonly string[] PlantedValues =
    [
        "planted.person@example.com", "4111 1111 1111 1111", "(415) 555-0199", "192.0.2.77", "other.user@example.com",
    ];

    private static (string Dir, string Out) ScanPlanted()
    {
        var dir = TestPaths.NewTempDir();
        var input = Path.Combine(dir, "in");
        Directory.CreateDirectory(input);
        var lines = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var msg = (i % 4) switch
            {
                0 => $"mail {PlantedValues[0]} and pay with {PlantedValues[1]}",
                1 => $"call {PlantedValues[2]} from {PlantedValues[3]}",
                2 => $"cc {PlantedValues[4]}",
                _ => "nothing here",
            };
            var ts = i % 3 == 0 ? (1790000000 + i * 86400).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"\"2026-10-{1 + (i % 5):00}T10:00:00Z\"";
            lines.Add($$"""{"ts":{{ts}},"msg":"{{msg}}"}""");
        }
        lines.Add("{broken");
        File.WriteAllText(Path.Combine(input, "chat.jsonl"), string.Join("\n", lines) + "\n");
        File.WriteAllText(Path.Combine(input, "users.csv"), "id,email,created\n1,planted.person@example.com,2026-10-02T00:00:00Z\n");
        var outDir = Path.Combine(dir, "out");
        var (code, _, stderr) = CliHarness.Run("scan", input, "--out", outDir, "--quiet", "--no-ner", "--time-field", "ts");
        Assert.True(code == 3, stderr);
        return (dir, outDir);
    }

    [Fact]
    public void Scan_PlantedPii_HtmlAndMarkdownReportsHaveChartsAndNoValues()
    {
        var (_, outDir) = ScanPlanted();
        var html = File.ReadAllText(Path.Combine(outDir, "report.html"));
        var md = File.ReadAllText(Path.Combine(outDir, "report.md"));
        foreach (var v in PlantedValues.Append("planted.person").Append("555-0199").Append("4111"))
        {
            Assert.DoesNotContain(v, html);
            Assert.DoesNotContain(v, md);
        }
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal));
        Assert.DoesNotContain("https://", html);
        foreach (var id in new[] { "summary", "types", "sources", "fields", "timeline", "top-records", "quarantine", "settings" })
        {
            Assert.Contains($"<section id=\"{id}\">", html);
        }
        Assert.True(html.Split("<svg").Length - 1 >= 5);
        Assert.Contains("EMAIL_ADDRESS", html);
        Assert.Contains("chat.jsonl", html);
        Assert.Contains("PII per 1,000 records", html);
        Assert.Contains("| EMAIL_ADDRESS |", md);
        Assert.Contains("## Timeline (`ts`, UTC days)", md);
        Assert.Contains("| 2026-10-01 |", md);
        Assert.Contains("## Records with the most findings", md);
        Assert.Contains("| chat.jsonl | 0 | 2 |", md);
    }

    [Fact]
    public void ReportHtml_RenderedInHeadlessChromium_HasSvgChartsAndNoConsoleErrors()
    {
        var chromium = FindChromium();
        if (chromium is null)
        {
            output.WriteLine("chromium is not installed: skipping the rendering check (apt-get install -y chromium).");
            return;
        }
        var (dir, outDir) = ScanPlanted();
        var html = Path.Combine(outDir, "report.html");
        var artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var screenshot = Path.Combine(artifacts, "report-screenshot.png");
        File.Delete(screenshot);

        var (_, shotErr) = RunChromium(chromium, dir, $"--screenshot={screenshot} --window-size=1280,2000", html);
        Assert.True(File.Exists(screenshot), "no screenshot: " + shotErr);
        Assert.True(new FileInfo(screenshot).Length > 10_000);
        output.WriteLine("screenshot: " + screenshot);

        var (dom, err) = RunChromium(chromium, dir, "--dump-dom --enable-logging=stderr --v=0", html);
        Assert.Contains("<svg", dom);
        Assert.Contains("<rect", dom);
        Assert.Contains("Findings per type", dom);
        foreach (var v in PlantedValues)
        {
            Assert.DoesNotContain(v, dom);
        }
        // Chromium logs every console message (console.error, uncaught exceptions, CSP violations) as ":CONSOLE"
        // lines; the page has no script, so there must be none at all.
        var consoleErrors = err.Split('\n').Where(l => l.Contains("Uncaught", StringComparison.Ordinal) || l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
        Assert.True(consoleErrors.Count == 0, string.Join("\n", consoleErrors));
    }

    private static string? FindChromium()
    {
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path))
                {
                    return path;
                }
            }
        }
        return null;
    }

    private static (string Stdout, string Stderr) RunChromium(string chromium, string dir, string extra, string html)
    {
        var profile = Path.Combine(dir, "chrome-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var psi = new ProcessStartInfo(chromium,
            $"--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync --disable-dev-shm-usage --user-data-dir={profile} {extra} file://{html}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("chromium did not finish in 120 s");
        }
        return (stdout.Result, stderr.Result);
    }
}
