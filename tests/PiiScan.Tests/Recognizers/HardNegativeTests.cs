using PiiScan.Detection;
using Xunit;

namespace PiiScan.Tests.Recognizers;

/// <summary>Values common in inference logs that no recognizer of the default catalogue may report.</summary>
public class HardNegativeTests
{
    private static readonly IReadOnlyList<IRecognizer> All = RecognizerCatalog.CreateDefault(RecognizerOptions.Default);

    [Theory]
    [InlineData("id 123e4567-e89b-12d3-a456-426614174000", "")]
    [InlineData("550e8400-e29b-41d4-a716-446655440000", "request_id")]
    [InlineData("{\"trace\":\"4bf92f3577b34da6a3ce929d0e0e4736\"}", "")]
    [InlineData("commit 3f786850e387550fdab836ed7e6dc881de23001b", "")]
    [InlineData("sha1 a94a8fe5ccb19ba61c4c0873d391e987982fbbd3", "")]
    [InlineData("md5 d41d8cd98f00b204e9800998ecf8427e", "")]
    [InlineData("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "")]
    [InlineData("ts=1607635102", "")]
    [InlineData("{\"created\": 1607635102.00}", "")]
    [InlineData("latency 1700000000123 ms", "")]
    [InlineData("2024-01-15T10:30:00Z", "")]
    [InlineData("at 2024-01-15T10:30:00.123+02:00 started", "")]
    [InlineData("2024-01-15 10:30:00,123 INFO done", "")]
    [InlineData("release 1.2.3", "")]
    [InlineData("Windows v10.0.19045.1234", "")]
    [InlineData("version 1.2.3.4", "")]
    [InlineData("build 10.0.0.1", "")]
    [InlineData("lodash@4.17.21", "")]
    [InlineData("order_id: 1234567812345678", "")]
    [InlineData("order 4111111111111112", "")]
    [InlineData("payload dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IGVuY29kaW5nIHdpdGhvdXQga2V5", "")]
    [InlineData("blob wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "")]
    [InlineData("ISBN 978-3-16-148410-0", "")]
    [InlineData("ISBN-10: 0-306-40615-2", "")]
    [InlineData("isbn 9780306406157", "")]
    [InlineData("total $1,234.56", "")]
    [InlineData("price 1234.56 EUR", "")]
    [InlineData("pod api-7d9f8b6c5-x2x9z restarted", "")]
    [InlineData("worker-5f6d7c8b9-abcde", "pod")]
    [InlineData("listening on localhost:8080", "")]
    [InlineData("bind 0.0.0.0:443", "")]
    [InlineData("tokens=1024 temperature=0.7 top_p=0.95", "")]
    [InlineData("{\"model\":\"gpt-4o-2024-08-06\",\"usage\":{\"prompt_tokens\":1234}}", "")]
    [InlineData("cuda:0 batch 32 step 123456789", "")]
    public void Catalogue_reports_nothing(string text, string key)
    {
        var results = new List<PiiScan.Detection.Detection>();
        var ctx = new FieldContext(key.Length == 0 ? "text" : key, key);
        foreach (var r in All)
        {
            r.Analyze(text, ctx, results);
        }
        var spans = string.Join(" | ", results.Select(d => $"{d.Recognizer}:{d.Type}:{text[d.Start..d.End]}"));
        Assert.True(results.Count == 0, $"'{text}' -> [{spans}]");
    }
}
