using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class StreetLinePartsTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    private static readonly LexiconPrior Lexicon = LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["Chen", "Maria", "Martín", "Rose"] },
        new Dictionary<string, float> { ["PERSON"] = 3f }, Labels);

    [Theory]
    [InlineData("Chen Jing, Flat 5, 27 Wellington Road", "Chen Jing")]
    [InlineData("Maria Santos, 45 Harbor Rd", "Maria Santos")]
    [InlineData("Avenida San Martín, 228", "")] // a bare house number after the street's name: one line
    [InlineData("Rose Court, 12 High Street", "")] // a street type: a building, not a name
    [InlineData("Unit 4, 12 High Street", "")]
    [InlineData("Jing Chen, 45 Harbor Rd", "Jing Chen")] // the last word listed
    [InlineData("Kowalski Nowak, 45 Harbor Rd", "")] // no listed name
    [InlineData("Chen Jing,", "")] // nothing after it
    [InlineData("45 Harbor Rd, Portland", "")]
    public void LeadingName_ListedNameBeforeTheStreetLine(string span, string expected) =>
        Assert.Equal(expected, span[..StreetLineParts.LeadingName(span, Lexicon, personBegin: 1)]);

    [Fact]
    public void LeadingName_WithoutLexicon_Nothing() =>
        Assert.Equal(0, StreetLineParts.LeadingName("Chen Jing, Flat 5, 27 Wellington Road", lexicon: null, personBegin: 1));

    [Theory]
    [InlineData("918 Juniper Court, Boise", "918 Juniper Court")]
    [InlineData("918 Juniper Court, Boise, Idaho", "918 Juniper Court")]
    [InlineData("12 Oak St., Salt Lake City", "12 Oak St.")]
    [InlineData("5961 N Union Pkwy, Unit 924", "5961 N Union Pkwy, Unit 924")] // a unit stays
    [InlineData("# 72, Linking Road", "# 72, Linking Road")] // no street type before the comma
    [InlineData("House No. 107, Nehru Nagar", "House No. 107, Nehru Nagar")]
    [InlineData("27 Wellington Road, Manchester M14 6EQ", "27 Wellington Road, Manchester M14 6EQ")] // digits: not a place name alone
    [InlineData("27 Wellington Road", "27 Wellington Road")]
    public void StreetEnd_PlacesAfterTheStreetTypeLeave(string span, string expected) =>
        Assert.Equal(expected, span[..StreetLineParts.StreetEnd(span)]);

    private static readonly LexiconPrior OrdinaryWords = LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels, [(["thanks"], 3f)]);

    [Theory]
    [InlineData("I live at 88 Orchard Road, Singapore.", "88 Orchard Road", "Singapore", "Singapore")]
    [InlineData("2210 Cedar Ridge Drive, Boise, ID 83702", "2210 Cedar Ridge Drive", "Boise", "Boise")]
    [InlineData("1450 Pine Ave, Santa Rosa", "1450 Pine Ave", "Santa Rosa", "Santa Rosa")]
    [InlineData("9 Main St, Springfield IL 62704", "9 Main St", "Springfield", "Springfield IL")] // a state code without a comma
    [InlineData("9 Main St,\nSpringfield", "9 Main St", "", "")] // the comma's line ends: a new line may hold anything
    [InlineData("12 Oak St, Maria will sign", "12 Oak St", "", "")] // a lower-case word after it: a sentence goes on
    [InlineData("12 Oak St, Thanks!", "12 Oak St", "", "")] // an ordinary word
    [InlineData("12 Oak St, Salt Lake City Utah Area", "12 Oak St", "", "")] // more than three words
    [InlineData("12 Oak St Springfield", "12 Oak St", "", "")] // no comma
    public void TownAfter_PlaceAfterTheStreetLineAndAComma(string text, string street, string town, string withCode)
    {
        var found = StreetLineParts.TownAfter(text, street.Length + text.IndexOf(street, StringComparison.Ordinal), OrdinaryWords);
        Assert.Equal(town, found.Start < 0 ? "" : text[found.Start..found.End]);
        Assert.Equal(withCode, found.Start < 0 ? "" : text[found.Start..found.CodeEnd]);
    }

    [Theory]
    [InlineData("George Street", true)]
    [InlineData("Abbey Road", true)]
    [InlineData("Gerard Gardens", true)] // BTC dev: read as a person
    [InlineData("Upper George Street ", true)]
    [InlineData("Lois Lane", false)] // a surname too
    [InlineData("Margaret Court", false)]
    [InlineData("Street", false)] // one word
    [InlineData("Streetwise Road Trip", false)]
    public void EndsWithStreetName_StreetTypesThatAreNoSurname(string span, bool expected) =>
        Assert.Equal(expected, StreetLineParts.EndsWithStreetName(span));

    [Theory]
    [InlineData("The tenancy at 8 Beaumont Close ends", "Beaumont Close", "8 Beaumont Close")]
    [InlineData("the leak at Flat 3, 27 Beaumont Close before noon", "Beaumont Close", "Flat 3, 27 Beaumont Close")]
    [InlineData("We live at 12b Orchard Close now", "Orchard Close", "12b Orchard Close")]
    [InlineData("Since 2004 Parkside Close has flooded", "Parkside Close", "")] // a year
    [InlineData("v2 Harbour Close", "Harbour Close", "")] // a digit glued to letters is no house number
    [InlineData("at 8 Beaumont Gallery", "Beaumont Gallery", "")] // no street type
    [InlineData("at Beaumont Close", "Beaumont Close", "")] // no number
    public void HouseNumberStart_NumberBeforeAStreetReadAsAPlace(string text, string place, string expected)
    {
        var start = text.IndexOf(place, StringComparison.Ordinal);
        var lineStart = StreetLineParts.HouseNumberStart(text, start, start + place.Length);
        Assert.Equal(expected, lineStart < 0 ? "" : text[lineStart..(start + place.Length)]);
    }

    [Theory]
    [InlineData("at 580 Maple Ave", "580 Maple Ave")]
    [InlineData("580 Maple Ave", "580 Maple Ave")]
    [InlineData("calle 5 de Mayo 12", "calle 5 de Mayo 12")] // a street type, not an ordinary word
    [InlineData("via Roma 5", "via Roma 5")] // no number right after the lower-case word
    [InlineData("on file", "on file")]
    public void StreetNumberStart_StreetLineOpensWithItsNumber(string span, string expected) =>
        Assert.Equal(expected, span[StreetLineParts.StreetNumberStart(span, lexicon: null)..]);

    [Fact]
    public void StreetNumberStart_WithLexicon_CutsOrdinaryWords()
    {
        var lexicon = LexiconPrior.Create(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels, [(["file", "on"], 3f)]);
        const string span = "on file 580 Maple Ave Apt 3";
        Assert.Equal("580 Maple Ave Apt 3", span[StreetLineParts.StreetNumberStart(span, lexicon)..]);
    }
}
