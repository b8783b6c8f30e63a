using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Tests.Recognizers;

public class StreetAddressRecognizerTests
{
    private static readonly StreetAddressRecognizer R = new();

    [Theory]
    [InlineData("Ship it to 42 Wallaby Way, Sydney.", "42 Wallaby Way")]
    [InlineData("The office is at 350 Fifth Avenue, New York, NY 10118.", "350 Fifth Avenue")]
    [InlineData("I live at 1600 Pennsylvania Avenue NW, Washington.", "1600 Pennsylvania Avenue NW")]
    [InlineData("Complaint about snow removal on 88 Dundas Street West, Toronto.", "88 Dundas Street West")] // a direction written out
    [InlineData("She lives at 12 Main Street West Hollywood now", "12 Main Street")] // a capitalized word after it: a place
    [InlineData("Office: 100 King Street East", "100 King Street East")]
    [InlineData("Customer moved to 1234 Oak Street, Apt 5, Springfield, IL 62704.", "1234 Oak Street, Apt 5")]
    [InlineData("Please deliver to 221B Baker Street, London NW1 6XE.", "221B Baker Street")]
    [InlineData("Update shipping to 8 Elm Rd, Leeds LS1 4AP", "8 Elm Rd")]
    [InlineData("meet at 717 6th St. tonight", "717 6th St.")]
    [InlineData("billing: 41 Broome St #1, Brooklyn", "41 Broome St #1")]
    [InlineData("Flat 4B, 12 MG Road, Bengaluru", "Flat 4B, 12 MG Road")]
    [InlineData("I live at 17 Rue de Rivoli, 75001 Paris.", "17 Rue de Rivoli")]
    [InlineData("adresse : 12 rue de la Paix", "12 rue de la Paix")]
    [InlineData("Send the invoice to Hans Müller, Hauptstraße 12, Berlin.", "Hauptstraße 12")]
    [InlineData("Her new address: Königsallee 60, 40212 Düsseldorf.", "Königsallee 60")]
    [InlineData("Hauptstr. 5a, 80331 München", "Hauptstr. 5a")]
    [InlineData("Anschrift: Alte Straße 7", "Alte Straße 7")]
    [InlineData("Keizersgracht 123, Amsterdam", "Keizersgracht 123")]
    [InlineData("Nørregade 7, 1165 København", "Nørregade 7")]
    [InlineData("Return address: Calle Mayor 5, 28013 Madrid.", "Calle Mayor 5")]
    [InlineData("indirizzo Via dei Fiorentini 17, Roma", "Via dei Fiorentini 17")]
    [InlineData("Rua Cidade de Maracajá 468", "Rua Cidade de Maracajá 468")]
    [InlineData("mail to PO Box 123, Austin", "PO Box 123")]
    [InlineData("moved to 15 Millicent Drive", "15 Millicent Drive")] // a common-noun street type that ends the line
    [InlineData("15 Millicent Drive Houston, TX", "15 Millicent Drive")]
    [InlineData("1355 Inwood Terrace , tel : 1 201-592-4699", "1355 Inwood Terrace")]
    [InlineData("I'm performing tonight at 8 Bond Street in Soho", "8 Bond Street")]
    [InlineData("P.O. Box 8274 Cranston, RI", "P.O. Box 8274")]
    [InlineData("Please ship the replacement to 742 Evergreen Terrace, Springfield, OR 97477.", "742 Evergreen Terrace")]
    [InlineData("The package went to 1313 Mockingbird Lane.", "1313 Mockingbird Lane")] // a full type word takes no period
    [InlineData("Deliver to 12 Oak St. Springfield", "12 Oak St.")]
    [InlineData("Meet me at 5 Russell Square.", "5 Russell Square")]
    [InlineData("office: 1 Penn Plaza, New York", "1 Penn Plaza")]
    [InlineData("she lives at 44 Walnut Grove", "44 Walnut Grove")]
    [InlineData("JOHN DOE | 123 MAIN ST, ANYTOWN, TX 75001", "123 MAIN ST")] // a form or resume in capitals
    [InlineData("ADDRESS: 9 OAK DR. DALLAS TX", "9 OAK DR.")]
    [InlineData("4410 WEST LAKE BOULEVARD APT 12, TAMPA", "4410 WEST LAKE BOULEVARD APT 12")]
    [InlineData("The package went to 1313 Mockingbird Drive.", "1313 Mockingbird Drive")]
    [InlineData("P.O. Box 366 Garden Grove, CA 92842", "P.O. Box 366")] // the words after a box number are the town
    [InlineData("PO Box 27 Cedar Lane, NY", "PO Box 27")]
    [InlineData("Listing: 3-bed semi on 17 Wexford Gardens, close to the park", "17 Wexford Gardens")] // British types
    [InlineData("heating broken at Flat 3, 12 Elm Row, Edinburgh", "Flat 3, 12 Elm Row")]
    [InlineData("return to 8 Harbour Walk.", "8 Harbour Walk")]
    [InlineData("shop at 41 Marine Parade, Brighton", "41 Marine Parade")]
    [InlineData("the boiler at Flat 3, 27 Harcourt Mews has been broken", "Flat 3, 27 Harcourt Mews")] // no common noun: mid-sentence too
    [InlineData("Mme Roux lives at 5 Rue des Lilas.", "5 Rue des Lilas")] // the sentence's period stays out
    [InlineData("lives at Laugavegur 22, Reykjavík", "Laugavegur 22")] // Icelandic
    [InlineData("Calea Victoriei 120, Bucharest", "Calea Victoriei 120")] // Romanian
    [InlineData("Ship to 12 Oak St. today", "12 Oak St.")] // an abbreviation's stays in
    [InlineData("Stephen King, 12 Oak Street, Bangor", "12 Oak Street")] // "Stephen" is not the negative word "step"
    [InlineData("Send it to Oakridge Builders Ltd, Unit 7, 14 Foundry Road, Sheffield", "Unit 7, 14 Foundry Road")] // nor "Builders" "build"
    [InlineData("I'm renting Apartment 12, 40 Dock Street from Mr Patel.", "Apartment 12, 40 Dock Street")] // "Apartment" opens the unit too
    [InlineData("Send the keys to Unit 5, Brookfield Industrial Estate, Leeds.", "Unit 5, Brookfield Industrial Estate")] // a British estate
    [InlineData("Our warehouse is at Lot 7, Jalan Perusahaan 2, Penang.", "Jalan Perusahaan 2")] // Malay: the type word first
    [InlineData("Our office moved to Unit 7, Riverside Business Park, Swindon.", "Unit 7, Riverside Business Park")] // a business park
    [InlineData("Please send it to 77B Kingsway, London.", "77B Kingsway")] // one word
    [InlineData("We met at 1585 Broadway, New York.", "1585 Broadway")]
    [InlineData("The house is at 3 The Paddocks, Bicester.", "3 The Paddocks")] // "The" and a noun before a comma
    [InlineData("Ship it to 1150 Senger Summit, Lake Anissa.", "1150 Senger Summit")] // a USPS suffix that is a common noun
    [InlineData("Ship it to 44141 Laurel Ridge", "44141 Laurel Ridge")] // at the line's end
    [InlineData("Ship it to 6759 Howard Spur, Lake Rockystad.", "6759 Howard Spur")] // more of USPS Publication 28
    [InlineData("Ship it to 9672 Roob Via, Lake Rockystad.", "9672 Roob Via")]
    [InlineData("Ship it to 68688 Alva Shoals.", "68688 Alva Shoals")]
    [InlineData("i got a parking ticket outside 45 station road in reading", "45 station road")] // lower case (chat)
    [InlineData("send it to 22 church lane please", "22 church lane")]
    [InlineData("he lives at 10 downing street.", "10 downing street")]
    [InlineData("my address is 7 old mill road, bristol", "7 old mill road")] // two words before the type
    public void Analyze_StreetLine_FindsIt(string text, string expected) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.StreetAddress);

    [Theory]
    [InlineData("lawmakers dismissed 27 of the 31 Supreme Court justices")]
    [InlineData("We moved to Spring 2024 planning")]
    [InlineData("I have 16 GB of RAM and a 2 TB SSD")]
    [InlineData("The model needs 24 GB of VRAM")]
    [InlineData("Chapter 3 The Road to Nowhere")]
    [InlineData("step 2: open the Settings app")]
    [InlineData("release v1.2 Main St build")]
    [InlineData("Hauptstraße without a number")]
    [InlineData("Hauptstraße 2024")]
    [InlineData("Oak Street")]
    [InlineData("route 66 and 5 Ways to win")]
    [InlineData("2024-01-15 10:30:00 INFO Drive mounted")]
    [InlineData("sent via Stripe 3 times")]
    [InlineData("version 12 Main Street")]
    [InlineData("We have 3 Hard Drive bays and 2 Solid State Drive slots")] // a street type that is a common noun
    [InlineData("Park on Level 3 Car Park.")] // a park only after a business noun
    [InlineData("Chapter 3 The Close Call")] // "The" and a noun only before a comma
    [InlineData("I have 2 Broadway tickets.")]
    [InlineData("We need 3 Blue Ridge cabins for the trip")] // a common-noun suffix must end the line
    [InlineData("Llama 3 Instruct Way better than GPT 4 Turbo")]
    [InlineData("Via Stripe 3 retries failed")]
    [InlineData("the Brigade 2 convoy")]
    [InlineData("We scored 2 Touchdowns Drive after drive")]
    [InlineData("Table 2 Square roots of primes")]
    [InlineData("RAID 5 BACKUP DR site is down")] // a capitals abbreviation that is an acronym must end the line
    [InlineData("ordered 2 HEAD CT scans")]
    [InlineData("We planted 3 Rose Gardens in spring")] // a common-noun type must end the line
    [InlineData("Section 112 Row 5, seat 9")]
    [InlineData("after 2 Long Walks along the coast")]
    [InlineData("In 2019 Abbey Road was closed for repairs.")] // a year after a preposition of time
    [InlineData("until 1998 Oxford Street had trams")]
    [InlineData("We bought 2 Real Estate funds")] // a common-noun type must end the line
    [InlineData("we drove 4 mile road to get there")] // lower case: a quantity before the type
    [InlineData("the 2 lane road was closed")]
    [InlineData("i bought 2 external hard drive yesterday")] // "drive" is no lower-case street type
    [InlineData("my score was 45 station road trip")] // a lower-case line ends at punctuation or a closing word only
    [InlineData("there were 3 more road closures")]
    [InlineData("only 5 very close friends came")]
    [InlineData("Open Windows 10 Action Center.")] // product and feature names after a version number
    [InlineData("Plug it into the Type 2 Charging Port.")]
    [InlineData("We use Gen 2 Data Lake, Azure's storage.")]
    [InlineData("Turn on Windows 11 Task View")]
    [InlineData("We have 3 Spur gears and 2 Mall cops")] // a common-noun suffix must end the line
    public void Analyze_NotAStreetLine_FindsNothing(string text) => RecognizerTestHelper.AssertNone(R, text);

    [Fact]
    public void Analyze_SupportingContext_RaisesScore()
    {
        var plain = RecognizerTestHelper.AssertFinds(R, "see 42 Wallaby Way", "42 Wallaby Way", EntityTypes.StreetAddress);
        var supported = RecognizerTestHelper.AssertFinds(R, "shipping address: 42 Wallaby Way", "42 Wallaby Way", EntityTypes.StreetAddress);
        Assert.Equal(StreetAddressRecognizer.BaseScore, plain.Score, 3);
        Assert.True(supported.Score > plain.Score);
    }

    [Fact]
    public void Resolve_ModelReadsStreetNameAsPlace_StreetLineWins()
    {
        // The model's guess for the street's name alone scores below the structural match, which keeps the number.
        const string text = "Send it to Hauptstraße 12 in Berlin.";
        var found = RecognizerTestHelper.Run(R, text);
        var street = Assert.Single(found);
        var start = text.IndexOf("Hauptstraße", StringComparison.Ordinal);
        var detections = new List<Det>
        {
            street,
            new(start, start + "Hauptstraße".Length, EntityTypes.Organization, 0.825f, "NerRecognizer", "pii-ner"),
        };
        ConflictResolver.Resolve(detections, text);
        var kept = Assert.Single(detections);
        Assert.Equal(EntityTypes.StreetAddress, kept.Type);
        Assert.Equal("Hauptstraße 12", text[kept.Start..kept.End]);
    }

    [Fact]
    public void Resolve_ConfidentModelSpansInsideStreetLine_StreetLineWins()
    {
        // A sure model guess for words of the street's name (here 1.0 and 0.76) must not split the line and leave the
        // house number and street type in the clear.
        const string text = "Please ship it to 742 Evergreen Terrace, Springfield.";
        var street = Assert.Single(RecognizerTestHelper.Run(R, text));
        var name = text.IndexOf("Evergreen", StringComparison.Ordinal);
        var type = text.IndexOf("Terrace", StringComparison.Ordinal);
        var detections = new List<Det>
        {
            new(name, name + "Evergreen".Length, EntityTypes.Organization, 1f, "NerRecognizer", "pii-ner"),
            new(type, type + "Terrace".Length, EntityTypes.Person, 0.76f, "NerRecognizer", "pii-ner"),
            street,
        };
        ConflictResolver.Resolve(detections, text);
        var kept = Assert.Single(detections);
        Assert.Equal("742 Evergreen Terrace", text[kept.Start..kept.End]);
    }
}
