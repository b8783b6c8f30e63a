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
    [InlineData("Glenda is related to Ayanda", "PERSON:Glenda;PERSON:Ayanda")] // 'Glenda' at a sentence's start, before a lower-case word (WNUT17 dev)
    [InlineData("Gloria temporarily improved during the rare times they used conventional treatments", "PERSON:Gloria")] // gum dev
    [InlineData("Ella vive en Madrid con su hermano.", "LOCATION:Madrid")] // Spanish "she"
    [InlineData("RT @myhalfbiebs : @MirandaCosgrove Miranda , you are an inspiration for me", "PERSON:@myhalfbiebs;PERSON:@MirandaCosgrove;PERSON:Miranda")] // after a mention (BTC dev)
    [InlineData("Miranda, can you send me the minutes?", "PERSON:Miranda")] // at a sentence's start before a comma
    public void Detect_Session28_LoneGivenNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A capitalized word after a possessive and a relation noun, "co-worker" included, is a person's name where the
    // network read none (PersonNameRules.MarkNamesAfterRelationNouns; 201 such names of the bench archive were left in
    // the clear); not a place, not an ordinary word.
    [Theory]
    [InlineData("hacking the bus won't do anything, we need to navigate the neural COM bus! We need to navigate the solid state SCSI driver! My neighbor Lular has one of these. She works as a cake decorator and she says it looks ragged.", "PERSON:Lular")] // was missed
    [InlineData("My co-worker Knute has one of these. He says it looks bubbly.", "PERSON:Knute")] // was missed
    [InlineData("Our colleague Boston called.", "LOCATION:Boston")]
    [InlineData("My friend Yesterday said hi.", "")]
    public void Detect_Session28_NamesAfterRelationNouns(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // The town after a street line that the street recognizer finds is a place, even where the network read the
    // line's words as a person and the town as no entity or a doubtful one (StreetLineParts.MarkTownsAfterStreets).
    [Theory]
    [InlineData("Try to reboot the SCSI bus, maybe it will reboot the mobile bus! Ship it to 449 Joshuah Trail, Runteville. I tried to shred it but got watermelon all over it.", "STREET_ADDRESS:449 Joshuah Trail;LOCATION:Runteville")] // town was missed
    [InlineData("Adaptive user-facing emulation. Ship it to 9553 Jammie Dale, Eliseomouth. You can't connect the bandwidth without transmitting the redundant JSON bandwidth!", "STREET_ADDRESS:9553 Jammie Dale;LOCATION:Eliseomouth")] // a place at p 0.41, dropped
    public void Detect_Session28_TownsAfterPatternStreetLines(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // An Irish surname before a sentence's full stop joins the first name (PersonNameRules.MarkIrishSurnames).
    [Theory]
    [InlineData("Try to transmit the IB bus, maybe it will transmit the mobile bus! My name is Garett O'Kon. my session token is secret", "PERSON:Garett O'Kon")] // was 'Garett'
    public void Detect_Session28_IrishSurnameBeforeFullStop(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A spaced dash after a full name ends the name (an artist and a title); tokenized hyphens do not.
    [Theory]
    [InlineData("Now playing: Odette Brennan - Paper Boats", "PERSON:Odette Brennan;PERSON:Paper Boats")] // was 'Odette Brennan - Paper Boats'; the title stays a (false) person
    [InlineData("The cleric Muqtada al - Sadr said the attack was criminal", "PERSON:Muqtada al - Sadr")]
    public void Detect_Session28_SeparatingDash(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A curated company in lower case between lower-case words or before a clause's punctuation is an organization
    // (LowerCaseCompanies); not in log fields, hosts or JSON values.
    [Theory]
    [InlineData("lol just saw the clip on twitter, Marisol you are a legend", "ORGANIZATION:twitter;PERSON:Marisol")]
    [InlineData("posted the job on linkedin, already 40 applicants", "ORGANIZATION:linkedin")] // was missed
    [InlineData("anyone know why snapchat keeps logging me out??", "ORGANIZATION:snapchat")] // was missed
    [InlineData("request provider=anthropic model=claude-3 status=200", "")]
    [InlineData("GET https://cdn.cloudflare.net/lib.js 200", "")]
    [InlineData("{\"vendor\": \"stripe\", \"amount\": 20}", "")]
    public void Detect_Session28_LowerCaseCompanies(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // An unlisted word in capitals whose lower-case form is ordinary is emphasis in mixed-case text
    // (LexiconPrior.ApplyEmphasis); a given name in capitals is not, and shouted values keep their names.
    [Theory]
    [InlineData("you told me you knew that already BITCH", "")] // was a person
    [InlineData("Whatever you order , you will LOVE !", "")] // was an organization
    [InlineData("Please call MARK at the office", "PERSON:MARK")]
    public void Detect_Session28_EmphasisInCapitals(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // An unlisted capitalized word that opens a sentence and whose lower-case form is a dictionary word takes the
    // dictionary penalty (LexiconPrior.ApplySentenceInitial), unless a name may continue after it.
    [Theory]
    [InlineData("Sinkhole blamed for forklift topple", "")] // was an organization
    [InlineData("Nude asshole assfucking", "")] // was a person
    [InlineData("Barracuda and Kayangan lakes are both stunning locations , and good for snorkeling", "PERSON:Barracuda;PERSON:Kayangan")] // a list of names (mistyped, kept)
    [InlineData("United Airlines lost my bag.", "ORGANIZATION:United Airlines")] // a capitalized word after it
    public void Detect_Session28_DictionaryWordsOpeningSentences(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A listed place alone after a preposition of places is a place where the network read none (LonePlaces); not a
    // given name after "to", not a dictionary word.
    [Theory]
    [InlineData("Someone keeps calling me from Wyoming.", "LOCATION:Wyoming")] // was missed (BTC dev)
    [InlineData("Forward to Lotte at the Utrecht office, she handles it", "LOCATION:Utrecht")] // a given name: not made a place (the network misses the person)
    public void Detect_Session28_LonePlaces(string text, string expected) =>
        Assert.Equal(expected, Found(text));
}
