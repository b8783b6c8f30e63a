using PiiScan.Text;
using Xunit;

namespace PiiScan.Tests.Text;

public class CodePointsTests
{
    [Theory]
    [InlineData("abc", 3)]
    [InlineData("😀", 1)]
    [InlineData("a😀b", 3)]
    [InlineData("用户", 2)]
    [InlineData("", 0)]
    public void Count_Text_CountsCodePoints(string text, int expected) => Assert.Equal(expected, CodePoints.Count(text));

    [Fact]
    public void Count_LoneSurrogate_CountsOnce() => Assert.Equal(2, CodePoints.Count(new string(['\ud83d', 'a'])));

    [Theory]
    [InlineData("a😀b", 2, 3)]
    [InlineData("a😀b", 1, 1)]
    [InlineData("abc", 3, 3)]
    public void ToUtf16Index_CodePoint_MapsBack(string text, int cp, int expected) => Assert.Equal(expected, CodePoints.ToUtf16Index(text, cp));
}
