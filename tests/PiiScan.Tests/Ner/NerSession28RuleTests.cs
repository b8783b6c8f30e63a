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

    // A headline's or call to action's verb after a full name leaves the name (CutTrailingVerbsFromNames); a short
    // syllable of an East Asian name stays.
    [Theory]
    [InlineData("Mateo Rivas Learn more about our speakers at the link below", "PERSON:Mateo Rivas")] // was 'Mateo Rivas Learn'
    [InlineData("VOA 's Jeff Swicord Reports .", "ORGANIZATION:VOA;PERSON:Jeff Swicord")] // gmb dev
    [InlineData("North Korea's Kim Jong Ill also has the bomb", "LOCATION:North Korea;PERSON:Kim Jong Ill")]
    public void Detect_Session28_TrailingVerbs(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // A hashtag that spells a given name and a surname is a person (HashtagNames); not one whose second part is a
    // word or a place.
    [Theory]
    [InlineData("Hopefully silence will prevail , for once ? #AlanPardew", "PERSON:#AlanPardew")] // was missed (BTC dev)
    [InlineData("Loving the weather #SarahSunshine", "LOCATION:#SarahSunshine")] // 'sunshine' is a word: the network's reading stays
    [InlineData("Back home #MariaLondon", "LOCATION:#MariaLondon")] // a place
    public void Detect_Session28_HashtagNames(string text, string expected) =>
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

    // An opener and a listed place after a preposition of places, deep in a long review of the bench archive where the
    // network read both as no entity.
    [Fact]
    public void Detect_Session28_LonePlaceWithOpener_InLongText() =>
        Assert.Contains("LOCATION:New Zealand", Found(BenchReview), StringComparison.Ordinal);

    private const string BenchReview = "If we calculate the bus, we can get to the HDD bus through the optical HDD bus! I tried to impale it but got fudge all over it. The TCP transmitter is down, copy the neural transmitter so we can copy the TCP transmitter! this product is ratty. The AGP protocol is down, hack the digital protocol so we can hack the AGP protocol! Persevering context-sensitive intranet. Compatible leading edge protocol. Object-based intermediate productivity. The box this comes in is 5 kilometer by 6 meter and weights 20 ounce! connecting the alarm won't do anything, we need to reboot the digital AGP alarm! this product is ghetto. hacking the transmitter won't do anything, we need to back up the redundant USB transmitter! Use the primary XML panel, then you can override the primary panel! calculating the pixel won't do anything, we need to reboot the haptic SDD pixel! We need to program the redundant COM program! Configurable actuating frame. Programmable regional definition. navigating the system won't do anything, we need to compress the back-end CSS system! Realigned impactful help-desk. Optional zero defect moderator. The JSON capacitor is down, override the primary capacitor so we can override the JSON capacitor! Use the optical FTP transmitter, then you can generate the optical transmitter! We need to compress the haptic AGP interface! synthesizing the array won't do anything, we need to override the auxiliary ADP array! one of my hobbies is baking. and when i'm baking this works great. You can't program the transmitter without navigating the online FTP transmitter! You can't hack the feed without overriding the back-end JBOD feed! How do I configure retries with exponential backoff in Polly? Give me a regex that matches ISO dates. If we program the hard drive, we can get to the AGP hard drive through the 1080p AGP hard drive! hacking the monitor won't do anything, we need to parse the optical XSS monitor! I tried to shred it but got watermelon all over it. talk about fury. one of my hobbies is poetry. and when i'm writing poems this works great. My co-worker Merwin has one of these. He says it looks bubbly. If we synthesize the sensor, we can get to the XSS sensor through the online XSS sensor! I saw one of these in New Zealand and I bought one. This product works quite well. It professionally improves my soccer by a lot. Use the neural HTTP interface, then you can hack the neural interface! Explain the difference between TCP and UDP for a beginner. You can't reboot the matrix without navigating the back-end IB matrix! Try to back up the RSS alarm, maybe it will back up the online alarm! The SAS system is down, navigate the solid state system so we can navigate the SAS system! Use the haptic PNG hard drive, then you can calculate the haptic hard drive! Use the optical CSS alarm, then you can program the optical alarm! hacking the pixel won't do anything, we need to index the wireless SMTP pixel! If we hack the protocol, we can get to the SDD protocol through the back-end SDD protocol! Use the 1080p XSS microchip, then you can hack the 1080p microchip! I'll calculate the virtual IB alarm, that should alarm the IB alarm! We need to navigate the solid state SCSI driver! generating the circuit won't do anything, we need to program the open-source HDD circuit! It only works when I'm Niger. If we generate the matrix, we can get to the SMS matrix through the 1080p SMS matrix! You can't reboot the interface without indexing the auxiliary RSS interface! compressing the alarm won't do anything, we need to synthesize the virtual ADP alarm! You can't hack the feed without indexing the cross-platform XML feed! If we synthesize the sensor, we can get to the XSS sensor through the online XSS sensor! Grass-roots dedicated instruction set. The HDD panel is down, compress the primary panel so we can compress the HDD panel! Use the wireless RSS array, then you can synthesize the wireless array! We need to bypass the primary SQL capacitor! Secured hybrid frame. My porcupine loves to play with it. i use it usually when i'm in my alley. heard about this on ndombolo radio, decided to give it a try. If we index the system, we can get to the THX system through the digital THX system! talk about lust!! heard about this on mbube radio, decided to give it a try. You can't connect the bandwidth without transmitting the redundant JSON bandwidth! If we connect the firewall, we can get to the SAS firewall through the back-end SAS firewall! I'll generate the cross-platform RSS system, that should system the RSS system! Use the auxiliary XML feed, then you can calculate the auxiliary feed! You can't index the alarm without parsing the neural IB alarm! Use the wireless RSS array, then you can synthesize the wireless array! This product works quite well. It pointedly improves my golf by a lot. Horizontal well-modulated utilisation. If we synthesize the sensor, we can get to the XSS sensor through the online XSS sensor! If we calculate the alarm, we can get to the GB alarm through the open-source GB alarm! We need to compress the open-source SMS array! How do I configure retries with exponential backoff in Polly? If we parse the bus, we can get to the XSS bus through the neural XSS bus! If we transmit the capacitor, we can get to the RSS capacitor through the back-end RSS capacitor! If we bypass the sensor, we can get to the SDD sensor through the bluetooth SDD sensor! Use the primary SMS array, then you can generate the primary array! Try to navigate the RSS matrix, maybe it will navigate the 1080p matrix! Assimilated global array.";

    // Newspapers' names end in a newspaper noun after a proper name (LegalForms' industry nouns).
    [Theory]
    [InlineData("By this time her skin was weeping , according to the Sydney Morning Herald .", "ORGANIZATION:Sydney Morning Herald")] // gum dev: was a place and a person
    [InlineData("A lot of wellness for $ 10 million - Hamilton Spectator : more", "ORGANIZATION:Hamilton Spectator")] // BTC dev: was a person
    public void Detect_Session28_Newspapers(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Two-word greetings of the other languages are no entities (GreetingPhrases); a name after one is still found.
    [Theory]
    [InlineData("Bom Dia :)", "")] // was a person (BTC dev)
    [InlineData("Guten Morgen, ich habe eine Frage.", "")] // was a person
    [InlineData("Buenos días, quiero cancelar mi pedido.", "")] // 'Buenos' was a place
    [InlineData("Buenas tardes Carlos, gracias.", "PERSON:Carlos")]
    public void Detect_Session28_GreetingPhrases(string text, string expected) =>
        Assert.Equal(expected, Found(text));
}
