using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>State and province codes after a town (<c>StateCodes</c>).</summary>
public class StateCodesTests
{
    [Theory]
    [InlineData("Hartford CT", 9)]
    [InlineData("Austin, TX", 8)]
    [InlineData("Salt Lake City UT", 15)]
    [InlineData("Ultimo NSW", 7)] // an Australian state
    [InlineData("Washington DC", -1)] // one city
    [InlineData("CT", -1)] // nothing before it
    [InlineData("Hartford Ct", -1)] // not in capitals
    [InlineData("Paris FR", -1)] // not a state or province
    public void Trailing_CityAndStateAreTwoPlaces(string span, int expected) =>
        Assert.Equal(expected, StateCodes.Trailing(span));

    [Theory]
    [InlineData("Austin, TX 78701", 6, 8, 2)] // a ZIP code after it
    [InlineData("in Portland, OR", 11, 13, 2)] // the end of the text
    [InlineData("Dayton, OH on Monday", 6, 8, 2)] // a lower-case word after it
    [InlineData("Sydney, NSW.", 6, 8, 3)]
    [InlineData("Boise, ID\nPhone", 5, 7, 2)] // a line break after it
    [InlineData("PARIS, IN THE SPRING", 5, -1, 0)] // a capitalized word after it: an ALL-CAPS sentence
    [InlineData("Washington, DC", 10, -1, 0)] // not listed: one city
    [InlineData("Austin TX", 6, -1, 0)] // no comma (Trailing handles a span that holds both)
    [InlineData("Austin,TX", 6, -1, 0)] // no space
    [InlineData("Austin, TXT", 6, -1, 0)] // a longer word
    [InlineData("Austin, Tx", 6, -1, 0)] // not in capitals
    public void AfterComma_CodeAfterPlace_OffsetAndLength(string text, int placeEnd, int start, int length) =>
        Assert.Equal((start, length), StateCodes.AfterComma(text, placeEnd));
}
