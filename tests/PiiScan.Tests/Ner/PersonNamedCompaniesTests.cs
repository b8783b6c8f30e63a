using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class PersonNamedCompaniesTests
{
    [Theory]
    [InlineData("Goldman Sachs", true)]
    [InlineData("WELLS FARGO", true)] // case-insensitive
    [InlineData("Procter & Gamble", true)]
    [InlineData("Goldman", false)] // the whole span only
    [InlineData("Sarah Goldman Sachs", false)]
    [InlineData("Walt Disney", false)] // also a person
    public void Contains_WholeListedName(string span, bool expected) =>
        Assert.Equal(expected, PersonNamedCompanies.Contains(span));
}
