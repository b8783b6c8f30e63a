using PiiScan.Detection;
using Xunit;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Tests.Recognizers;

internal static class RecognizerTestHelper
{
    public static List<Det> Run(IRecognizer recognizer, string text, string key = "")
    {
        var results = new List<Det>();
        recognizer.Analyze(text, new FieldContext(key.Length == 0 ? "text" : key, key), results);
        return results;
    }

    /// <summary>Asserts that exactly <paramref name="expected"/> is found (as a detection of <paramref name="type"/>).</summary>
    public static Det AssertFinds(IRecognizer recognizer, string text, string expected, string type, string key = "")
    {
        var results = Run(recognizer, text, key);
        var spans = string.Join(" | ", results.Select(d => $"{d.Type}:{text[d.Start..d.End]}:{d.Score}"));
        var hit = results.Where(d => d.Type == type && text[d.Start..d.End] == expected).ToList();
        Assert.True(hit.Count == 1, $"expected '{expected}' as {type} in '{text}', got [{spans}]");
        Assert.InRange(hit[0].Score, 0.01f, 1f);
        Assert.Equal(recognizer.Name, hit[0].Recognizer);
        Assert.False(string.IsNullOrEmpty(hit[0].Pattern));
        return hit[0];
    }

    public static void AssertNone(IRecognizer recognizer, string text, string key = "")
    {
        var results = Run(recognizer, text, key);
        var spans = string.Join(" | ", results.Select(d => $"{d.Type}:{text[d.Start..d.End]}:{d.Score}"));
        Assert.True(results.Count == 0, $"expected nothing in '{text}', got [{spans}]");
    }
}
