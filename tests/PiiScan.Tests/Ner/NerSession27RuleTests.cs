using PiiScan.Detection;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>
/// Session 27's decoding rules, through the scan's detection with the shipped model (en-dev44.jsonl, written before
/// them: 0.784 -> 0.911).
/// </summary>
public sealed class NerSession27RuleTests
{
    private static string Found(string text) =>
        ShippedNer.Found(text, EntityTypes.Person, EntityTypes.Location, EntityTypes.Organization, EntityTypes.StreetAddress);

    // Adverbs in -ly that open a sentence are ordinary words as written (lexicon.py capitalized_adverbs): no person,
    // and no first word of a place (PersonNameRules.CutOpeningWordsFromNames); "New" and "South" stay.
    [Theory]
    [InlineData("Luckily Denver was clear when our flight landed.", "LOCATION:Denver")] // was 'Luckily Denver'
    [InlineData("Fortunately Kansas City does not equal Kansas.", "LOCATION:Kansas City;LOCATION:Kansas")] // was 'Fortunately Kansas City'
    [InlineData("Luckily I live very close.", "")] // 'Luckily' was a person
    [InlineData("New York was cold and South Africa was warm.", "LOCATION:New York;LOCATION:South Africa")]
    public void Detect_Session27_OpeningAdverbs(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // "College" or "University" before a known place that ends the name: the place is part of it (LegalForms.PlaceAfterHead).
    [Theory]
    [InlineData("She studied economics at Imperial College London and then joined Barclays.", "ORGANIZATION:Imperial College London;ORGANIZATION:Barclays")] // was 'Imperial College' and a place
    [InlineData("I grew up in Cork and studied at Trinity College Dublin.", "LOCATION:Cork;ORGANIZATION:Trinity College Dublin")]
    [InlineData("He left Boston College. London was next.", "ORGANIZATION:Boston College;LOCATION:London")] // a sentence ends between them
    public void Detect_Session27_InstitutionsWithTheirCity(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Law firms are curated companies (companies.txt, company_phrases.txt).
    [Theory]
    [InlineData("Our counsel at Clifford Chance sent the revised term sheet.", "ORGANIZATION:Clifford Chance")] // was a place
    [InlineData("Freshfields and Linklaters both bid for the work.", "ORGANIZATION:Freshfields;ORGANIZATION:Linklaters")] // 'Linklaters' was a person
    public void Detect_Session27_LawFirms(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A known town before a site noun after a determiner is a place (SitePlaces), also one the corpora list as an
    // organization; a curated company is not.
    [Theory]
    [InlineData("I moved to the Singapore office last spring.", "LOCATION:Singapore")] // was an organization
    [InlineData("Our Zurich branch needs the same onboarding checklist.", "LOCATION:Zurich")] // was missed
    [InlineData("I visited the Google office in Dublin.", "ORGANIZATION:Google;LOCATION:Dublin")]
    public void Detect_Session27_TownsBeforeSiteNouns(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Chat in lower case (en-dev45.jsonl, written first: 0.894 -> 0.920): a given name after a possessive and a
    // relation noun, a listed name after a title (RelationWords.LowerCaseNameFollows), a street line in lower case
    // (StreetAddressRecognizer); not French "son mari", not an ordinary word.
    [Theory]
    [InlineData("my uncle raj runs a shop near the station", "PERSON:raj")] // was missed
    [InlineData("i need to email professor lin about my deadline", "PERSON:lin")] // was missed
    [InlineData("please call mrs patterson back about her prescription", "PERSON:patterson")]
    [InlineData("my boss will be angry", "")]
    [InlineData("i got a parking ticket outside 45 station road yesterday", "STREET_ADDRESS:45 station road")] // was missed
    public void Detect_Session27_LowerCaseChat(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // en-dev46.jsonl (40 mixed prompts, written first: 0.931 -> 0.955): a possessive apostrophe after an s inside an
    // institution's name, and company names of two words or more or with '&' (company_phrases.txt).
    [Theory]
    [InlineData("He was referred by Dr Ines Carvalho at St Thomas' Hospital.", "PERSON:Ines Carvalho;ORGANIZATION:St Thomas' Hospital")] // was missed
    [InlineData("Fiona McAllister from Scottish Widows called about my pension.", "PERSON:Fiona McAllister;ORGANIZATION:Scottish Widows")] // was a person
    [InlineData("Compare the return policies of H&M and Uniqlo.", "ORGANIZATION:H&M;ORGANIZATION:Uniqlo")] // 'H&M' was missed
    [InlineData("The boys' school was closed.", "")]
    public void Detect_Session27_InstitutionsAndCompanyPhrases(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // The bench archive's false findings (NonEntityWords): a unit after a number, a compound joined by a hyphen to a
    // long lower-case word, and a lower-case word the network continued after such a word; "Paris-based" and Korean
    // given names stay.
    [Theory]
    [InlineData("Upgrade the plan to 50 GB of storage.", "")] // was ORGANIZATION 'GB of'
    [InlineData("Multi-lateral talks resumed in Geneva.", "LOCATION:Geneva")] // 'Multi' was an organization
    [InlineData("Cross-platform 3rd generation model.", "")] // 'Cross' was an organization
    [InlineData("Switchable even-keeled solution. Persistent radical productivity.", "")] // 'keeled' was an organization
    [InlineData("Paris-based startup Mistral raised money.", "LOCATION:Paris")]
    [InlineData("Remind Min-jun that the demo moved to Thursday.", "PERSON:Min-jun")]
    public void Detect_Session27_UnitsAndCompounds(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A direction or "New" the network read alone as a place opens the place with the word after it (LeadingPlaceWords),
    // not before a demonym; a place span across a comma or ending in a state's name is two places (StateNames), and one
    // that opens with ordinary lower-case words starts at its first capitalized word (NerSpanFilter).
    [Theory]
    [InlineData("I work for McClure Group in East Jeanton.", "ORGANIZATION:McClure Group;LOCATION:East Jeanton")] // was 'East', 'Jeanton'
    [InlineData("Ship it to 933 Marcia Pine, North Alanna.", "STREET_ADDRESS:933 Marcia Pine;LOCATION:North Alanna")] // was 'North' and a person; a street line since session 28 (Pine)
    [InlineData("South Korean officials are denying the report.", "LOCATION:South")] // the network's "South", not joined with the demonym
    [InlineData("She grew up in North Tonawanda, New York.", "LOCATION:North Tonawanda;LOCATION:New York")] // was one place
    [InlineData("we are moving to sunny New Hampshire next year", "LOCATION:New Hampshire")] // was 'sunny New Hampshire'
    [InlineData("i live in miramar florida now", "LOCATION:miramar;LOCATION:florida")] // a town and its state: was one place
    [InlineData("She works in Charleston West Virginia", "LOCATION:Charleston;LOCATION:West Virginia")]
    [InlineData("I visited New York and West Virginia", "LOCATION:New York;LOCATION:West Virginia")]
    public void Detect_Session27_LeadingPlaceWordsAndCommas(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A family firm or partnership whose name ends in a noun after "and" or "&" is one organization (FamilyFirms).
    [Theory]
    [InlineData("I work for Skiles and Sons in New Bianka.", "ORGANIZATION:Skiles and Sons;LOCATION:New Bianka")] // was a person and 'Sons'
    [InlineData("Ask Smith & Daughters about the catering.", "ORGANIZATION:Smith & Daughters")] // was a person and 'Daughters'
    [InlineData("Welcome and Partners please sign in below.", "")] // an ordinary word before "and"
    public void Detect_Session27_FamilyFirms(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A quoted "Last, First" display name of an e-mail header is one person (LastFirstNames.QuotedEnd); a quoted town
    // and country stay two places.
    [Theory]
    [InlineData("From: \"Doe, Jane\" <jane.doe@example.com>", "PERSON:Doe, Jane")] // was two persons
    [InlineData("\"Townsend, George\" <gtownsend@example.net> wrote:", "PERSON:Townsend, George")]
    [InlineData("She typed \"Paris, France\" in the box.", "LOCATION:Paris;LOCATION:France")]
    public void Detect_Session27_QuotedLastFirstNames(string text, string expected) =>
        Assert.Equal(expected, ShippedNer.Found(text, EntityTypes.Person, EntityTypes.Location));
}
