using System.Text.Json;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class BertPreTokenizerTests
{
    [Theory]
    [InlineData("Hello, John  Smith!", new[] { "Hello", ",", "John", "Smith", "!" })]
    [InlineData("München\tJohn", new[] { "München", "John" })]
    [InlineData("mail: jo@example.com", new[] { "mail", ":", "jo", "@", "example", ".", "com" })]
    [InlineData("用户名 Bob", new[] { "用", "户", "名", "Bob" })]
    [InlineData("a+b=c $5", new[] { "a", "b", "c", "5" })]
    [InlineData("", new string[0])]
    public void Split_Text_WordsWithOriginalOffsets(string text, string[] expected) => Assert.Equal(expected, Words(text));

    /// <summary>
    /// The golden file is written by the Python training recipe's <c>basic_tokenize_spans</c>
    /// (models/train/wordpiece.py), so inference splits words exactly as the model saw them in training.
    /// </summary>
    [Fact]
    public void Split_GoldenFromTrainingRecipe_SameWords()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "ner", "pretokenizer-golden.jsonl");
        var cases = 0;
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var text = doc.RootElement.GetProperty("text").GetString()!;
            var expected = doc.RootElement.GetProperty("words").EnumerateArray().Select(w => w.GetString()!).ToArray();
            Assert.True(expected.SequenceEqual(Words(text)), $"'{text}': expected [{string.Join("|", expected)}], got [{string.Join("|", Words(text))}]");
            cases++;
        }
        Assert.True(cases >= 20);
    }

    private static string[] Words(string text)
    {
        var words = new List<(int Start, int Length)>();
        BertPreTokenizer.Split(text, words);
        return words.Select(w => text.Substring(w.Start, w.Length)).ToArray();
    }
}
