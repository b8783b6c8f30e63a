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
    [InlineData("Ferreira & Filhos Lda", false, true)] // Portuguese and Brazilian forms
    [InlineData("Construtora Aurora Ltda", true, true)]
    public void EndsWithOne_LastWordIsLegalForm(string span, bool person, bool expected) =>
        Assert.Equal(expected, LegalForms.EndsWithOne(span, person));

    // The span the network found is the start of the text, up to spanEnd; expected is the text up to the new end.
    [Theory]
    [InlineData("GLOBEX CORPORATION | Senior Engineer", 6, "GLOBEX CORPORATION")]
    [InlineData("Acme, Inc. filed for bankruptcy", 4, "Acme, Inc")] // the period may end a sentence: it stays out
    [InlineData("Initech LLC to Umbrella", 7, "Initech LLC")]
    [InlineData("Globex Corporation is hiring", 6, "Globex Corporation")]
    [InlineData("Initech Holdings in Austin", 7, "Initech Holdings")]
    [InlineData("Paris Limited edition", 5, null)] // an English word before a lower-case word is no form
    [InlineData("Texas AG Ken Paxton", 5, null)] // short forms that are also titles or places never join
    [InlineData("Saratoga Co sheriff", 8, null)]
    [InlineData("Acme Incorporations", 4, null)] // a longer word
    [InlineData("Acme Inc-Smith", 4, null)]
    [InlineData("Acme", 4, null)]
    public void ExtensionEnd_LegalFormAfterSpan_JoinsIt(string text, int spanEnd, string? expected)
    {
        var end = LegalForms.ExtensionEnd(text, spanEnd);
        Assert.Equal(expected, end < 0 ? null : text[..end]);
    }

    private static readonly LexiconPrior Places = LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>> { ["LOCATION"] = ["Trinidad", "Tobago"] },
        new Dictionary<string, float> { ["LOCATION"] = 3f },
        NerTestLabels.All,
        companies: ["Microsoft"],
        companyBonus: 6f);

    [Theory]
    [InlineData("report from Harlow & Finch shows", "Harlow", "Harlow & Finch")]
    [InlineData("signed by Tallis & Moore LLP today", "Tallis", "Tallis & Moore LLP")] // with its legal form
    [InlineData("Harlow & Finch.", "Harlow", "Harlow & Finch")]
    [InlineData("jobs at Google & Microsoft", "Google", null)] // two listed companies
    [InlineData("Acme & Bob Smith met", "Acme", null)] // a longer capitalized run: no single partner
    [InlineData("Acme & co", "Acme", null)] // lower case
    [InlineData("Acme & O'Brien", "Acme", null)]
    [InlineData("Acme and Finch", "Acme", null)]
    public void PartnerEnd_AmpersandAndOneName_Joins(string text, string org, string? expected)
    {
        var start = text.IndexOf(org, StringComparison.Ordinal);
        var end = LegalForms.PartnerEnd(text, start + org.Length, Places);
        Assert.Equal(expected, end < 0 ? null : text[start..end]);
    }

    [Theory]
    [InlineData("Foxley & Reeve", true)]
    [InlineData("Trinidad & Tobago", false)] // listed places
    [InlineData("Foxley", false)]
    [InlineData("Foxley & reeve", false)]
    public void IsAmpersandFirm_NoListedPlace(string span, bool expected) =>
        Assert.Equal(expected, LegalForms.IsAmpersandFirm(span, Places, 3));
}
