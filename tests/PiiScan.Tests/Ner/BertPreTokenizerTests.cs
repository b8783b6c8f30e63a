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
    [InlineData("😀 ok", new[] { "😀", "ok" })]
    [InlineData("a\u200bb", new[] { "a", "b" })]
    [InlineData("", new string[0])]
    public void Split_Text_WordsWithOriginalOffsets(string text, string[] expected)
    {
        var words = new List<(int Start, int Length)>();
        BertPreTokenizer.Split(text, words);
        Assert.Equal(expected, words.Select(w => text.Substring(w.Start, w.Length)));
    }
}
