using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>Rule runs (<see cref="RuleRuns"/>): horizontal rules and table delimiter rows read as spaces by the model.</summary>
public class RuleRunsTests
{
    [Theory]
    [InlineData("a --- b", "a     b")]
    [InlineData("|:---:|---|", "|     |   |")]
    [InlineData("Name: ______ Date: ====", "Name:        Date:     ")]
    [InlineData("***\nx\n\u2500\u2500\u2500", "   \nx\n   ")]
    // fewer than three line characters, or only colons: as written
    [InlineData("foo--bar --verbose 2024-01-01", "foo--bar --verbose 2024-01-01")]
    [InlineData("def __init__(self): ::", "def __init__(self): ::")]
    [InlineData("no rules here", "no rules here")]
    public void Blank_Table_RulesBecomeSpaces(string text, string expected)
    {
        var s = new NerScratch();
        var view = RuleRuns.Blank(text, s);
        Assert.Equal(expected, view.ToString());
        Assert.Equal(text.Length, view.Length);
    }

    [Fact]
    public void Blank_NoRule_ReturnsTheValueItself()
    {
        var s = new NerScratch();
        const string text = "Ana Torres, Madrid";
        Assert.True(RuleRuns.Blank(text, s).Overlaps(text));
    }

    [Fact]
    public void Blank_AfterShoutedText_BlanksTheLoweredCopy()
    {
        var s = new NerScratch();
        var view = RuleRuns.Blank(ShoutedText.AsModelReads("JOHN SMITH CALLED FROM TORONTO\n-----", s), s);
        Assert.Equal("john smith called from toronto\n     ", view.ToString());
    }
}
