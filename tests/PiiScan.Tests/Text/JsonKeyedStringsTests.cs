using PiiScan.Text;
using Xunit;

namespace PiiScan.Tests.Text;

/// <summary>String values of JSON text with their key and the key of the object that holds them.</summary>
public class JsonKeyedStringsTests
{
    private static List<(string Value, string Key, string Parent)> Walk(string json)
    {
        var found = new List<(string, string, string)>();
        var strings = new JsonKeyedStrings(json);
        while (strings.MoveNext())
        {
            found.Add((json[strings.Value.Start..strings.Value.End], strings.KeyText.ToString(), strings.ParentText.ToString()));
        }
        return found;
    }

    [Fact]
    public void MoveNext_NestedObjectsAndArrays_KeyAndParentOfEachString()
    {
        const string json = "{\"id\": 7, \"who\": \"Ann\", \"cc\": [\"Bo\", \"Cy\"], \"to\": {\"name\": \"Di\", \"tags\": [{\"name\": \"Ed\"}]}, \"n\": null}";
        Assert.Equal(
            [("Ann", "who", ""), ("Bo", "cc", ""), ("Cy", "cc", ""), ("Di", "name", "to"), ("Ed", "name", "tags")],
            Walk(json));
    }

    [Theory]
    [InlineData("[\"a\", \"b\"]", "a,b")] // a root array: strings without a key
    [InlineData("{\"k\": \"say \\\"hi\\\"\"}", "say \\\"hi\\\"")] // escaped quotes stay inside the string
    [InlineData("{\"k\": \"open", "open")] // cut off: the rest is the string
    [InlineData("{\"k\" \"v\"}", "k,v")] // no colon: no key
    public void MoveNext_OddInput_NeverThrows(string json, string values) =>
        Assert.Equal(values.Split(','), Walk(json).Select(f => f.Value));

    [Fact]
    public void MoveNext_DeeperThanTheStack_StillWalks()
    {
        var json = new string('[', 40) + "\"deep\"" + new string(']', 40) + ", {\"k\": \"v\"}";
        Assert.Equal(["deep", "v"], Walk(json).Select(f => f.Value));
        Assert.Equal("k", Walk(json)[1].Key);
    }
}
