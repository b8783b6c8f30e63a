using PiiScan.Ner;
using PiiScan.Text;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>JSON held as text in a value (<c>JsonText</c>): prose strings read on their own, escapes as spaces.</summary>
public class JsonTextTests
{
    [Theory]
    [InlineData("{\"role\": \"user\", \"content\": \"hi\"}", true)]
    [InlineData("  [{\"role\": \"user\"}]  ", true)]
    [InlineData("[\"a\", \"b\"]", true)]
    [InlineData("{ \" name \" : \" Ann \" }", true)] // spaced, as token-joined eval text writes it
    [InlineData("{not json}", false)]
    [InlineData("[1, 2, 3]", false)]
    [InlineData("{\"a\": 1", false)] // not closed
    [InlineData("Call {name} at 5", false)]
    [InlineData("{}", false)]
    public void LooksLikeJson_ObjectOrArrayOfStrings(string value, bool expected) =>
        Assert.Equal(expected, JsonKeyedStrings.LooksLikeJson(value));

    [Fact]
    public void ProseValues_LongStringValuesOnly_NotKeysOrShortValues()
    {
        const string json = "{\"role\": \"user\", \"content\": \"please email my landlord Derek Walsh and ask for the deposit\", \"name\": \"Derek Walsh\"}";
        var ranges = new List<(int Start, int End)>();
        JsonText.ProseValues(json, ranges);
        var (start, end) = Assert.Single(ranges);
        Assert.Equal("please email my landlord Derek Walsh and ask for the deposit", json[start..end]);
    }

    [Fact]
    public void Keys_NestedObjectsAndArrays_KeysOnly()
    {
        const string json = "{\"caller\": \"Denise\", \"cc\": [\"Hugo Martin\"], \"shipping\": {\"city\": \"Lyon\"}}";
        var ranges = new List<(int Start, int End)>();
        JsonText.Keys(json, ranges);
        Assert.Equal(["caller", "cc", "shipping", "city"], ranges.Select(r => json[r.Start..r.End]));
    }

    [Fact]
    public void ProseValues_EscapedQuoteInside_StaysOneString()
    {
        const string json = "{\"content\": \"she said \\\"call Derek Walsh tomorrow about the deposit\\\" twice\"}";
        var ranges = new List<(int Start, int End)>();
        JsonText.ProseValues(json, ranges);
        var (start, end) = Assert.Single(ranges);
        Assert.Equal(json.Length - 2, end);
        Assert.Equal(13, start);
    }

    [Fact]
    public void BlankEscapes_EscapesBecomeSpaces_LengthKept()
    {
        const string json = "{\"content\": \"Hello\\nJos\\u00e9 Garc\\u00eda\"}";
        var scratch = new NerScratch();
        var view = JsonText.BlankEscapes(json, json, scratch).ToString();
        Assert.Equal(json.Length, view.Length);
        Assert.Equal("{\"content\": \"Hello  Jos       Garc      a\"}", view);
    }

    [Fact]
    public void BlankEscapes_NotJson_ViewUnchanged()
    {
        const string text = "path C:\\new\\table";
        Assert.Equal(text, JsonText.BlankEscapes(text, text, new NerScratch()).ToString());
    }
}
