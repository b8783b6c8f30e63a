using PiiScan.Detection;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>
/// Session 28's decoding rules, through the scan's detection with the shipped model (en-dev47.jsonl, social posts and
/// chat written before them).
/// </summary>
public sealed class NerSession28RuleTests
{
    private static string Found(string text) =>
        ShippedNer.Found(text, EntityTypes.Person, EntityTypes.Location, EntityTypes.Organization, EntityTypes.StreetAddress);

    // A given name before a surname the lexicon does not know, both read as no entity by the network (p(O) 1.00), is
    // one person (PersonNameRules.JoinGivenNamesBeforeSurnames); not before a dictionary word or a capitalized word.
    [Theory]
    [InlineData("The referee sent off Declan Furey", "PERSON:Declan Furey")] // was missed
    [InlineData("We lost 3-0 and Declan Furey got sent off", "PERSON:Declan Furey")] // was missed
    [InlineData("The vehicle is a Ford Transit with a roof rack", "")] // 'transit' is a dictionary word
    public void Detect_Session28_GivenNameBeforeUnknownSurname(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A listed given name alone in prose, read as no entity by the network, is a person (LoneGivenNames); not an AI
    // model's name, not after a preposition of places, not before a hyphen or an apostrophe.
    [Theory]
    [InlineData("Ask Declan about it", "PERSON:Declan")] // was missed
    [InlineData("My co-worker Mohamed has one of these.", "PERSON:Mohamed")] // was missed (bench archive)
    [InlineData("No intent to hurt Cindy . Hope she is okay .", "PERSON:Cindy")] // was missed (WNUT17 dev)
    [InlineData("Ask Claude about it", "")]
    [InlineData("How do I configure retries with exponential backoff in Polly?", "")]
    [InlineData("Compare Phi - 3 - mini with the other model", "")]
    public void Detect_Session28_LoneGivenNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));
}
