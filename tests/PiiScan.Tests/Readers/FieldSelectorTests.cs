using PiiScan.Readers;
using Xunit;

namespace PiiScan.Tests.Readers;

public class FieldSelectorTests
{
    [Theory]
    [InlineData("request.messages[*].content", "request.messages[3].content", true)]
    [InlineData("request.messages[*].content", "request.messages[3].role", false)]
    [InlineData("request.messages[1].content", "request.messages[0].content", false)]
    [InlineData("user.email", "user.email", true)]
    [InlineData("user.email", "user.emails", false)]
    [InlineData("user", "user.address.city", true)]
    [InlineData("*.email", "admin.email", true)]
    [InlineData("[0]", "[0].x", true)]
    [InlineData("[0]", "[1]", false)]
    [InlineData("[*]", "[7]", true)]
    [InlineData("tags", "tags[2]", true)]
    [InlineData("a.b", "a", false)]
    public void Matches_Pattern_Expected(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, FieldSelector.Parse([pattern]).Matches(path));
    }

    [Fact]
    public void Parse_CommaSeparatedAndRepeated_AllPatterns()
    {
        var selector = FieldSelector.Parse(["a.b, c", "d[*]"]);
        Assert.Equal(new[] { "a.b", "c", "d[*]" }, selector.Patterns);
        Assert.False(selector.IsAll);
        Assert.True(selector.Matches("c.x"));
        Assert.True(selector.Matches("d[0]"));
    }

    [Fact]
    public void Parse_Empty_SelectsAll()
    {
        var selector = FieldSelector.Parse([]);
        Assert.True(selector.IsAll);
        Assert.True(selector.Matches("anything.at[0].all"));
        Assert.True(selector.MatchesColumn("col"));
    }

    [Theory]
    [InlineData("a..b")]
    [InlineData("a[x]")]
    [InlineData("[]")]
    public void Parse_Malformed_ThrowsFormatException(string pattern)
    {
        Assert.Throws<FormatException>(() => FieldSelector.Parse([pattern]));
    }

    [Theory]
    [InlineData("email", "email", true)]
    [InlineData("first name", "first name", true)]
    [InlineData("email", "phone", false)]
    [InlineData("a.b", "a.b", true)]
    public void MatchesColumn_Name_Expected(string pattern, string column, bool expected)
    {
        Assert.Equal(expected, FieldSelector.Parse([pattern]).MatchesColumn(column));
    }
}
