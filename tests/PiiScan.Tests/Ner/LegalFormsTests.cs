using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class LegalFormsTests
{
    [Theory]
    [InlineData("Meyer Logistics GmbH", false, true)]
    [InlineData("Johnson Controls Inc.", false, true)]
    [InlineData("Patel & Sons Ltd", true, true)]
    [InlineData("Kimura Trading Co.", true, true)] // read as a person: Co is the company
    [InlineData("Saratoga Co", false, false)] // read as a place: Co is the county
    [InlineData("GmbH", true, false)] // one word: no name before the form
    [InlineData("West Bank", false, false)] // generic nouns are no legal forms
    [InlineData("Anna Inc-Smith", true, false)]
    [InlineData("Acme ltd", true, false)] // case-sensitive
    public void EndsWithOne_LastWordIsLegalForm(string span, bool person, bool expected) =>
        Assert.Equal(expected, LegalForms.EndsWithOne(span, person));
}
