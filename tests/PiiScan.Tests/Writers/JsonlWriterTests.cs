using System.Text;
using System.Text.Json;
using PiiScan.Records;
using PiiScan.Tests.Readers;
using Xunit;

namespace PiiScan.Tests.Writers;

public class JsonlWriterTests
{
    private const string Input =
        "{\"id\":1,\"user\":{\"email\":\"alice@example.com\",\"n\":null},\"request\":{\"messages\":[{\"role\":\"user\",\"content\":\"😀 用户 mail bob@example.com now\"}]},\"x\":1.50}\r\n"
        + "{\"id\":2, \"unchanged\" : \"caf\\u00e9 \\ud83d\\ude00\",  \"arr\":[1,2.0e3,true,false,null]}\n"
        + "\n"
        + "[\"carol@example.org\",{\"k\":\"esc\\\"aped dave@example.com\"}]\n"
        + "{\"last\":\"no newline erin@example.com\"}";

    public static TheoryData<Compression, string> Cases()
    {
        var data = new TheoryData<Compression, string>();
        foreach (var c in new[] { Compression.None, Compression.Gzip, Compression.Zstd })
        {
            data.Add(c, Input);
            data.Add(c, Input.Replace("\r\n", "\n") + "\n");
            data.Add(c, Input.Replace("\n", "\r\n"));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Write_RedactedEmails_OnlyChangedTokensDiffer(Compression compression, string input)
    {
        var source = IoHarness.Source("in.jsonl" + (compression switch { Compression.Gzip => ".gz", Compression.Zstd => ".zst", _ => "" }), input, compression);
        Assert.Equal(compression, source.Compression);
        var result = IoHarness.Run(source);
        var expected = input
            .Replace("alice@example.com", IoHarness.Email)
            .Replace("bob@example.com", IoHarness.Email)
            .Replace("carol@example.org", IoHarness.Email)
            .Replace("dave@example.com", IoHarness.Email)
            .Replace("erin@example.com", IoHarness.Email);
        Assert.Equal(expected, result.OutputText);
        Assert.All(result.Records, r => Assert.Null(r.Quarantine));
    }

    [Fact]
    public void Write_NoChanges_ByteIdentical()
    {
        var bytes = Encoding.UTF8.GetBytes(Input + "\n\n  \n");
        var result = IoHarness.Run(IoHarness.Source("in.jsonl", bytes), redact: (_, _) => null);
        Assert.Equal(bytes, result.Output);
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("quote \" backslash \\ slash /")]
    [InlineData("line\nbreak\r\ttab\b\f\u0001\u001f")]
    [InlineData("emoji 😀 CJK 中文 accent é")]
    [InlineData("\u2028\u2029")]
    [InlineData("")]
    public void Write_NewValueNeedingEscapes_ValidJsonWithSameValue(string value)
    {
        var result = IoHarness.Run(IoHarness.Source("in.jsonl", "{\"a\":\"alice@example.com\",\"b\":2}\n"), redact: (_, _) => value);
        using var doc = JsonDocument.Parse(result.OutputText);
        Assert.Equal(value, doc.RootElement.GetProperty("a").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("b").GetInt32());
        Assert.DoesNotContain("\\u00", result.OutputText.Replace("\\u0001", string.Empty).Replace("\\u001f", string.Empty));
    }

    [Fact]
    public void Write_LoneSurrogate_EscapedAsUnicode()
    {
        var result = IoHarness.Run(IoHarness.Source("in.jsonl", "{\"a\":\"x\"}"), redact: (_, _) => "a\ud800b");
        Assert.Equal("{\"a\":\"a\\ud800b\"}", result.OutputText);
    }
}
