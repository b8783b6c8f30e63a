using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class AllocationTests
{
    private const string Line =
        "{\"ts\":\"2024-01-15T10:30:00Z\",\"request_id\":\"550e8400-e29b-41d4-a716-446655440000\",\"model\":\"gpt-4o\"," +
        "\"prompt\":\"Hi, I am John, mail john.doe@example.com, card 4111 1111 1111 1111, ip 203.0.113.7, iban DE46398259791907483378, " +
        "ssn 536-22-1234, key AKIAF6E2B7AYYAEFFHQ2, token 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, dob: 1990-05-12, " +
        "password=Hunter2! see https://user:pw@example.com/x mac 00:1a:2b:3c:4d:5e wallet 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\"," +
        "\"latency_ms\":1234.5,\"version\":\"1.2.3\"}";

    [Fact]
    public void Recognizers_do_not_allocate_in_steady_state()
    {
        // Phone validation goes through libphonenumber (string per validated candidate), so it is excluded here.
        var recognizers = RecognizerCatalog.CreateDefault(new RecognizerOptions { DisabledTypes = [EntityTypes.PhoneNumber] }).ToList();
        var results = new List<PiiScan.Detection.Detection>(256);
        var ctx = new FieldContext("prompt", "prompt");
        for (int warm = 0; warm < 500; warm++)
        {
            results.Clear();
            foreach (var r in recognizers)
            {
                r.Analyze(Line, ctx, results);
            }
        }
        Assert.True(results.Count >= 12, $"only {results.Count} detections");
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int n = 0; n < 20; n++)
        {
            results.Clear();
            foreach (var r in recognizers)
            {
                r.Analyze(Line, ctx, results);
            }
        }
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var per = new System.Text.StringBuilder();
        foreach (var r in recognizers)
        {
            long b = GC.GetAllocatedBytesForCurrentThread();
            results.Clear();
            r.Analyze(Line, ctx, results);
            long a = GC.GetAllocatedBytesForCurrentThread() - b;
            if (a != 0)
            {
                per.Append(r.Name).Append('=').Append(a).Append(' ');
            }
        }
        Assert.True(allocated == 0, $"{allocated} bytes allocated: {per}");
    }
}
