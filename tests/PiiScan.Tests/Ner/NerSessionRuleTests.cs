using PiiScan.Detection;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>
/// Decoding rules that the errors on the hand-written dev sets led to, each session's in one theory, through the
/// scan's detection with the shipped model.
/// </summary>
public sealed class NerSessionRuleTests
{
    private static string Found(string text) =>
        ShippedNer.Found(text, EntityTypes.Person, EntityTypes.Location, EntityTypes.Organization, EntityTypes.StreetAddress);

    // Session 19 (en-dev4.jsonl's and en-dev5.jsonl's first errors): the town after a street line and a comma is a
    // place, an identifier joined by underscores is no name, "Credit Union" ends an organization's name, a Korean given
    // name keeps its second syllable and its surname; a department alone, a one-word place with digits and "HR" (a
    // technical word) are no entities; en-dev7.jsonl's: a capitalized word after "Dr." is a name, "FC", "Dynamics"
    // and "Inn" end organizations' names, Kubernetes and systemd tools are technical words.
    [Theory]
    [InlineData("Please cancel my order, I live at 88 Orchard Road, Singapore.", "STREET_ADDRESS:88 Orchard Road;LOCATION:Singapore")] // 'Singapore' was an organization
    [InlineData("ERROR 2026-03-04T11:22:09Z worker-7 job=reindex shard=12 status=failed code=E_TIMEOUT", "")] // 'E_TIMEOUT' was a person
    [InlineData("Call me back, this is Derek from Cascade Credit Union.", "PERSON:Derek;ORGANIZATION:Cascade Credit Union")] // was a place
    [InlineData("Emergency contact: Hyun-woo Park (brother), Seoul", "PERSON:Hyun-woo Park;LOCATION:Seoul")] // was 'Hyun'
    [InlineData("Please call Park Ji-hoon tomorrow.", "PERSON:Park Ji-hoon")] // was 'Park Ji'
    [InlineData("The Obama-era rules changed.", "PERSON:Obama")]
    [InlineData("Our Head of Finance, Sunita Rao, approved the budget for the Mumbai office.", "PERSON:Sunita Rao;LOCATION:Mumbai")] // 'Finance' was an organization
    [InlineData("Please update my address to 77 Kingfisher Way, Leeds LS6 2QT.", "STREET_ADDRESS:77 Kingfisher Way;LOCATION:Leeds")] // 'LS6' was a place
    [InlineData("Forward this to Greta in HR and cc Paolo.", "PERSON:Greta;PERSON:Paolo")] // 'HR' was a person
    [InlineData("Pt is a 54 y/o male seen by Dr. Okafor at Mercy General; wife Linda present.", "PERSON:Okafor;PERSON:Linda")] // 'Okafor' was missed
    [InlineData("Arjun says the Bengaluru FC match got moved to Sunday.", "PERSON:Arjun;ORGANIZATION:Bengaluru FC")] // two organizations
    [InlineData("Invoice to: Kestrel Dynamics, attn. Rosa Lindgren", "ORGANIZATION:Kestrel Dynamics;PERSON:Rosa Lindgren")] // 'Kestrel Dynamics' was missed
    [InlineData("Great stay at the Linden Inn, Marisol at the front desk was lovely!", "ORGANIZATION:Linden Inn;PERSON:Marisol")]
    [InlineData("The kubelet on node-7 keeps restarting; check journalctl for OOM messages.", "")] // 'kubelet' was a person
    public void Detect_Session19_TownsIdentifiersCreditUnionsKoreanNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 20 (en-dev8's errors): a firm's partner after '&' joins its name, a span of names joined by '&' with no
    // listed place is a firm, a one-word name before a comma and a state code is a town, and a place's name ends
    // before lower-case words.
    [Theory]
    [InlineData("The Q2 report from Harlow & Finch shows revenue up 4%.", "ORGANIZATION:Harlow & Finch")] // was 'Harlow'
    [InlineData("Listing: 3-bed semi on 14 Larkspur Close, Kettering, viewings with Amanda at Foxley & Reeve.", "STREET_ADDRESS:14 Larkspur Close;LOCATION:Kettering;PERSON:Amanda;ORGANIZATION:Foxley & Reeve")] // was a place; the town since session 28
    [InlineData("Bill to: Ostrander Tool & Die, attn. Accounts Payable, Toledo, OH", "PERSON:Ostrander;LOCATION:Toledo;LOCATION:OH")] // 'Toledo' was a person ('Ostrander' still is)
    [InlineData("Lukas presented their project on the Danube delta.", "PERSON:Lukas;LOCATION:Danube")] // was 'Danube delta'
    [InlineData("Yuki says the ramen place near Shibuya station closes at 10.", "PERSON:Yuki;LOCATION:Shibuya")]
    [InlineData("{\"billing\": {\"company\": \"Stonebridge Legal LLP\", \"contact\": \"Eamon Doyle\", \"city\": \"Cork\"}}", "ORGANIZATION:Stonebridge Legal LLP;PERSON:Eamon Doyle;LOCATION:Cork")] // a hinted string read with its key alone: 'Eamon Doyle' was missed
    [InlineData("Patient Horace Quill was transferred from Saint Vitus Clinic to the ICU; wife Maud notified.", "PERSON:Horace Quill;ORGANIZATION:Saint Vitus Clinic;PERSON:Maud")] // 'ICU' was an organization
    public void Detect_Session20_AmpersandFirmsTownsBeforeStateCodesPlaceNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 21 (en-dev11's and en-dev12's errors): a clock time is no part of a name, a street's name without a
    // number is a place, a title the network read with the word before it belongs to the name after it, "Uni" ends an
    // institution's name, an emoji's variation selector ends no span, and the name after a leading place noun joins it.
    [Theory]
    [InlineData("Meet me at Starbucks 5pm tomorrow.", "")] // was STREET_ADDRESS 'Starbucks 5pm'
    [InlineData("District finals tonight at Harrison High School 5pm. Be there", "ORGANIZATION:Harrison High School")] // was '... 5pm'
    [InlineData("Pick up from 14 Harbour Street at 5:15pm please, ask for Keiko", "STREET_ADDRESS:14 Harbour Street;PERSON:Keiko")]
    [InlineData("anyone know if Tesco on Mill Road is open till 10pm?", "ORGANIZATION:Tesco;LOCATION:Mill Road")] // was STREET_ADDRESS
    [InlineData("Call Dr Patel at 3pm about the results", "PERSON:Patel")] // was PERSON 'Call Dr' and 'Patel'
    [InlineData("my sister Leah just got into Edinburgh Uni!!!", "PERSON:Leah;ORGANIZATION:Edinburgh Uni")] // was LOCATION 'Edinburgh'
    [InlineData("Off to Lake Garda with Marco and Giulia next week", "LOCATION:Lake Garda;PERSON:Marco;PERSON:Giulia")] // was 'Lake' and PERSON 'Garda'
    [InlineData("Staying near Cape Cod for a week", "LOCATION:Cape Cod")] // was 'Cape'
    [InlineData("Happy anniversary to my amazing wife Sofia \u2764\uFE0F 10 years today", "PERSON:Sofia")] // was 'Sofia ❤️'
    public void Detect_Session21_ClockTimesStreetNamesTitlesEmoji(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 21 (en-dev14's and en-dev15's errors): a company found by its legal form does not take the network's
    // organization from before a cell separator, a job title alone is no organization, "People", "Talent" and "Growth"
    // are departments, "Estates", "Traders", biotech nouns and medical practices end a company's name, and Italian and
    // French restaurant nouns open one.
    [Theory]
    [InlineData("Signed, Agnieszka Nowak | Senior Buyer | Polmar Foods S.A.", "PERSON:Agnieszka Nowak;ORGANIZATION:Polmar Foods S.A.")] // was ORGANIZATION 'Buyer', the company dropped
    [InlineData("Dana Whitcombe (Head of People, Larkspur Health) joined the call late", "PERSON:Dana Whitcombe")] // was ORGANIZATION 'People' ('Larkspur Health' still missed)
    [InlineData("Tenant: Hugo Lindqvist; Landlord: Brookmere Estates; Property: Flat 2, 17 Osborne Road, Brighton", "PERSON:Hugo Lindqvist;ORGANIZATION:Brookmere Estates;STREET_ADDRESS:Flat 2, 17 Osborne Road;LOCATION:Brighton")] // the landlord was missed
    [InlineData("Referred by Dr. Leontyne Fairweather, Eastgate Cardiology, tel 0161 555 0133", "PERSON:Leontyne Fairweather;ORGANIZATION:Eastgate Cardiology")] // was a place
    [InlineData("Summarize this call: Renee from Northwind Traders wants a discount, Malik said no", "PERSON:Renee;ORGANIZATION:Northwind Traders;PERSON:Malik")] // was 'Northwind' (en-dev15)
    [InlineData("Summarize the feedback from Helix Biotech about our pilot", "ORGANIZATION:Helix Biotech")] // was a person (en-dev15)
    [InlineData("Rewrite this bio: Lorenzo Bianchi is a chef from Bologna who runs Trattoria Nonna Pia in Bristol", "PERSON:Lorenzo Bianchi;LOCATION:Bologna;ORGANIZATION:Trattoria Nonna Pia;LOCATION:Bristol")] // was a place (en-dev15)
    [InlineData("Complaint about the branch on George Street in Sydney: staff were rude", "LOCATION:George Street;LOCATION:Sydney")] // was a person (en-dev16)
    [InlineData("Address change: Apt 7B, 350 West 42nd Street, New York, NY 10036", "STREET_ADDRESS:Apt 7B, 350 West 42nd Street;LOCATION:New York;LOCATION:NY")] // 'change' was a street line (en-dev16)
    public void Detect_Session21_CompaniesAfterCellBreaksTitlesDepartments(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 22 (en-dev18's errors): cafés, bistros and hotels put their noun first, "Bank" and "Hospitals" end an
    // institution's name after a proper name, Portuguese and Brazilian legal forms end a company's, a place read after a
    // personal or kin title is the person's name, and a name with a possessive "'s" belongs to the institution after it.
    [Theory]
    [InlineData("We had brunch at Café Rivière near the station.", "ORGANIZATION:Café Rivière")]
    [InlineData("The conference dinner is at Hotel Esplanade tonight.", "ORGANIZATION:Hotel Esplanade")]
    [InlineData("Can Havborg Bank waive the fee?", "ORGANIZATION:Havborg Bank")] // was "Bank"
    [InlineData("Please email the MRI results from Apollo Hospitals.", "ORGANIZATION:Apollo Hospitals")] // was a place
    [InlineData("Invoice from Tavares & Irmãos Lda attached.", "ORGANIZATION:Tavares & Irmãos Lda")]
    [InlineData("Tell Uncle Denver the car is ready.", "PERSON:Denver")] // was a place
    [InlineData("our kids go to St Patrick's Primary School in Leeds.", "ORGANIZATION:St Patrick's Primary School;LOCATION:Leeds")] // was a person
    [InlineData("Aunt Georgia is flying in from Atlanta.", "PERSON:Georgia;LOCATION:Atlanta")] // was a place
    public void Detect_Session22_VenuesBanksKinTitlesPossessives(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 22 (en-dev20's errors): a role noun before a first name is no part of it and marks a listed first name
    // ("Nanny Ingrid", "Carer Marisol"), a place that took a kin title in is the person's name, "Surgery", "Council",
    // "Trust", "Guesthouse" and "Cars" end an organization's name, Spanish clinics and Italian foundations put their noun
    // first, a park is a place, and a "Last, First"-looking pair before "and" and a name opens a series of names.
    [Theory]
    [InlineData("Nanny Ingrid will collect the boys at four.", "PERSON:Ingrid")] // was "Nanny Ingrid"
    [InlineData("Carer Marisol said he slept well.", "PERSON:Marisol")]
    [InlineData("Note from Auntie Efua: the keys are under the mat.", "PERSON:Efua")] // was the place "Auntie Efua"
    [InlineData("Patient: Tunde Bello; GP: Dr Sarah Cole, Riverside Surgery.", "PERSON:Tunde Bello;PERSON:Sarah Cole;ORGANIZATION:Riverside Surgery")]
    [InlineData("Please proofread this letter to Hackney Council about the parking permit for 15 Dalston Lane.", "ORGANIZATION:Hackney Council;STREET_ADDRESS:15 Dalston Lane")]
    [InlineData("Forward it to the Ravensworth Trust board.", "ORGANIZATION:Ravensworth Trust")] // was a person
    [InlineData("We stayed two nights at the Harbourview Guesthouse.", "ORGANIZATION:Harbourview Guesthouse")]
    [InlineData("Martin Ek, Volvo Cars, Gothenburg", "PERSON:Martin Ek;ORGANIZATION:Volvo Cars;LOCATION:Gothenburg")]
    [InlineData("Records from Clínica San Rafael arrived today.", "ORGANIZATION:Clínica San Rafael")]
    [InlineData("She volunteers for the Fondazione Luce Nuova in Milan.", "ORGANIZATION:Fondazione Luce Nuova;LOCATION:Milan")]
    [InlineData("The manager, Sean Walsh, says training at Turners Cross Park is cancelled.", "PERSON:Sean Walsh;LOCATION:Turners Cross Park")]
    [InlineData("Lunch order for Priya, Sanjay and Meena from Dishoom, to the 4th floor.", "PERSON:Priya;PERSON:Sanjay;PERSON:Meena")]
    public void Detect_Session22_RoleNounsInstitutionsParksSeries(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 22 (en-dev22's errors): "LAST, FIRST" in capitals is one person, councillors and Spanish, Italian,
    // Portuguese and French courtesy titles are no part of a name, Italian hospitals put their noun first, "Nursery"
    // and "Group" end an institution's name, and a place right after an organization's "of" joins it.
    [Theory]
    [InlineData("Account holder NAKAMURA, KENJI, branch 0042", "PERSON:NAKAMURA, KENJI")] // was two people
    [InlineData("Forward the minutes to Councillor Aoife Brennan and the planning office.", "PERSON:Aoife Brennan")]
    [InlineData("Please translate for Señora Castillo: the plumber arrives at 9.", "PERSON:Castillo")]
    [InlineData("She was treated at Ospedale Santa Chiara in Pisa.", "ORGANIZATION:Ospedale Santa Chiara;LOCATION:Pisa")]
    [InlineData("Please tell Little Oaks Nursery that Zara has a fever.", "ORGANIZATION:Little Oaks Nursery;PERSON:Zara")]
    [InlineData("Experience: Data Analyst, Halcyon Retail Group, Manchester (2019-2023)", "ORGANIZATION:Halcyon Retail Group;LOCATION:Manchester")]
    [InlineData("Please review the resume of Thandiwe Ndlovu: BSc from University of Cape Town, 4 years at Discovery Health.",
        "PERSON:Thandiwe Ndlovu;ORGANIZATION:University of Cape Town;ORGANIZATION:Discovery Health")]
    public void Detect_Session22_CapitalsLastFirstTitlesInstitutions(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 23 (en-dev24.jsonl's errors): a number before a street the network read as a place opens a street line
    // (the recognizer takes "Close" only at a line's end), "Mews" needs no line end, capitals speaker labels and clergy
    // titles are no names, a listed first name before a surname the network read joins it, and the curated companies
    // grew by telecoms, banks and public bodies.
    [Theory]
    [InlineData("The lease at 8 Beaumont Close ends in June.", "STREET_ADDRESS:8 Beaumont Close")] // was the place "Beaumont Close"
    [InlineData("Leak reported at Flat 2, 19 Ashby Mews yesterday.", "STREET_ADDRESS:Flat 2, 19 Ashby Mews")] // was "Flat 2, 19" and the place "Ashby Mews"
    [InlineData("CALLER: Hi, it's Giles Pemberton from Swindon.", "PERSON:Giles Pemberton;LOCATION:Swindon")] // 'CALLER' was a person
    [InlineData("The parish thanks Father Dominic for the new roof.", "PERSON:Dominic")] // was 'Father Dominic'
    [InlineData("Booking ref QX7731: Anders Lindqvist, 2 nights", "PERSON:Anders Lindqvist")] // was 'Lindqvist'
    [InlineData("Customer says his MTN bundle expired after a week.", "ORGANIZATION:MTN")] // was missed
    [InlineData("Ask Airtel why the SIM was blocked.", "ORGANIZATION:Airtel")] // was missed
    [InlineData("Since 2004 Parkside Close has flooded twice.", "ORGANIZATION:Parkside Close")] // a year is no house number
    public void Detect_Session23_StreetsSpeakersClergyFirstNamesCompanies(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 23 (en-dev25.jsonl's errors, after its held-out figure): "Air" before a place is an airline, initials
    // and a word are a person, a number before a street read as a firm opens a street line, "Holding" ends a company's
    // name in a table cell.
    [Theory]
    [InlineData("We flew Air India to Delhi and Air New Zealand back.", "ORGANIZATION:Air India;LOCATION:Delhi;ORGANIZATION:Air New Zealand")] // were places
    [InlineData("Delivery to Apt 4B, 310 Lexington Avenue, New York, signed by D. Kaplan.",
        "STREET_ADDRESS:Apt 4B, 310 Lexington Avenue;LOCATION:New York;PERSON:D. Kaplan")] // 'D. Kaplan' was a place
    [InlineData("The removal van arrives at 23 Elmstead Gardens at 8 tomorrow.", "STREET_ADDRESS:23 Elmstead Gardens")] // was the firm 'Elmstead Gardens'
    [InlineData("Candidate: Ayşe Kaya | Current employer: Sabanci Holding | Location: Ankara",
        "PERSON:Ayşe Kaya;ORGANIZATION:Sabanci Holding;LOCATION:Ankara")] // 'Sabanci Holding' was missed
    public void Detect_Session23_AirlinesInitialsStreetsHoldings(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 23 (en-dev26.jsonl's errors, after its held-out figure): hotel chains and a place ending in a listed
    // company, "Medical Centre", Icelandic and Romanian street lines; a place after a title made a person takes the
    // marked names' score where the network's was lower.
    [Theory]
    [InlineData("Booked two nights at the Park Hyatt in Tokyo.", "ORGANIZATION:Park Hyatt;LOCATION:Tokyo")] // was a place
    [InlineData("Booked two nights at the Park Hyatt in Tokyo for Mr Sato.", "ORGANIZATION:Park Hyatt;LOCATION:Tokyo;PERSON:Sato")] // 'Sato', a place of score 0.48 made a person, fell below the threshold
    [InlineData("Please anonymize: patient Graham Whitley, GP Dr Anjali Rao, Brookfield Medical Centre, Sheffield.",
        "PERSON:Graham Whitley;PERSON:Anjali Rao;ORGANIZATION:Brookfield Medical Centre;LOCATION:Sheffield")] // was a place
    [InlineData("Reference: Ragnar Stefánsson, Hringbraut 50, Reykjavík.", "PERSON:Ragnar Stefánsson;STREET_ADDRESS:Hringbraut 50;LOCATION:Reykjavík")] // was missed
    [InlineData("Courier to Mihai Ionescu, Strada Lipscani 14, Bucharest.", "PERSON:Mihai Ionescu;STREET_ADDRESS:Strada Lipscani 14;LOCATION:Bucharest")] // was a place
    public void Detect_Session23_HotelsMedicalCentresNordicRomanianStreets(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 23: given names of regions Bogus's locales leave out (names/world_given_names.txt), by region rather than
    // from a set's errors (en-dev28.jsonl, written before the list: 0.781 -> 0.930).
    [Theory]
    [InlineData("Thanks Sione, the photos are lovely.", "PERSON:Sione")] // was missed
    [InlineData("Ask Nkechi and Tendai to review the draft.", "PERSON:Nkechi;PERSON:Tendai")]
    public void Detect_Session23_WorldGivenNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 24: romanized names of languages written in other scripts and common surnames of regions Bogus's locales
    // leave out (names/world_surnames.txt, names/world_given_names.txt), listed by language and region rather than from
    // a set's errors (en-dev29.jsonl, written before the lists: 0.886 -> 0.950; eight older sets rose with them).
    [Theory]
    [InlineData("Ticket from Yuki Sato: my reset link expired again.", "PERSON:Yuki Sato")] // was a place
    [InlineData("Please update the shipping label for Deepak Chowdhury.", "PERSON:Deepak Chowdhury")] // was missed
    [InlineData("Loop in Sandeep Rao and Ruth Meyer on the renewal.", "PERSON:Sandeep Rao;PERSON:Ruth Meyer")] // was Sandeep
    [InlineData("We need a summary of the Q3 earnings call for Hiroshi.", "PERSON:Hiroshi")] // was an organization
    [InlineData("Help me write a toast for Priyanka and her fiance.", "PERSON:Priyanka")] // was an organization
    public void Detect_Session24_WorldSurnamesAndRomanizedNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 24: an ordinary word that opens a sentence is cut from a name when a listed name follows it (en-dev30's
    // "Move Chloe Adams"; en-dev28's "Ask Seydou", written a session earlier, came right with it).
    [Theory]
    [InlineData("Move Chloe Adams from the Bristol team to the Bath team.", "PERSON:Chloe Adams;LOCATION:Bristol")] // was Move Chloe Adams
    [InlineData("Ask Seydou and Aminata to join the call at 3pm.", "PERSON:Seydou;PERSON:Aminata")] // was Ask Seydou
    [InlineData("Grace Kelly starred in the film.", "PERSON:Grace Kelly")] // a listed name stays
    public void Detect_Session24_OpeningVerbsCutFromNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 24: curated places (places.txt) that are no person's name or company take lexicon.json's place_bonus on
    // their location labels, and a place one space after a listed first name is that person's surname.
    [Theory]
    [InlineData("Happy birthday Marcus!!! hope Lisbon is treating you well", "PERSON:Marcus;LOCATION:Lisbon")] // Lisbon was missed
    [InlineData("Gareth is working from the Cardiff office on Tuesdays.", "PERSON:Gareth;LOCATION:Cardiff")] // was an organization
    [InlineData("President Ricardo Lagos met the press.", "PERSON:Ricardo Lagos")] // the place bonus alone split the name
    [InlineData("The novel was written by Jack London in 1903.", "PERSON:Jack London")]
    public void Detect_Session24_CuratedPlacesAndPlaceSurnames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 24: a capitalized word beside "and I" / "me and" is a person's name unless it is an ordinary word or only
    // a place or organization (CompanionWords; UNER's "Peder and I", WNUT17's "Abbey and I" came right with it).
    [Theory]
    [InlineData("Tamsin and I stayed at the Hotel Miramar in Biarritz.", "PERSON:Tamsin;ORGANIZATION:Hotel Miramar;LOCATION:Biarritz")] // Tamsin was missed
    [InlineData("Isolde and me are flying out on Monday.", "PERSON:Isolde")] // was missed
    [InlineData("Mum and I went to the market.", "")]
    [InlineData("The kids and I are staying home.", "")]
    public void Detect_Session24_NamesBesideTheWriter(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 24: a capitalized word after "my name is", "this is", "I'm", "I am" or "call me" is a person's name unless
    // it is an ordinary word or only a place or organization, and a listed surname after it joins it (IntroductionWords;
    // four half-redacted "My name is <PERSON> Flatley" lines of the bench sample are whole now).
    [Theory]
    [InlineData("My name is Thorsten Vogel.", "PERSON:Thorsten Vogel")] // was Vogel
    [InlineData("Hi, this is Renata from accounts, can you reset my password?", "PERSON:Renata")] // was missed
    [InlineData("This is London calling.", "LOCATION:London")]
    [InlineData("I am Sorry to hear that.", "")]
    public void Detect_Session24_IntroducedNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 24: given names of Ireland, Germany, the Netherlands, Hungary, Catalonia and the Basque Country that the
    // name lists lacked (names/world_given_names.txt).
    [Theory]
    [InlineData("List the action items from Sinead's notes and assign the second one to Petr", "PERSON:Sinead;PERSON:Petr")] // Sinead was an organization
    [InlineData("Thorsten and I disagree on the budget.", "PERSON:Thorsten")] // was missed
    public void Detect_Session24_EuropeanGivenNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 25: a place after a word of travel, moving or living and a preposition (TravelWords; en-dev32.jsonl,
    // written before it: "flying to Florence" still reads as a person, the lexicon lists Florence as a name), not before
    // a possessive and, after "go" or "went", not a listed person's name.
    [Theory]
    [InlineData("okay so i live in San Rafael and love it", "LOCATION:San Rafael")] // was a person
    [InlineData("We flew to Jordan last spring.", "LOCATION:Jordan")] // was missed
    [InlineData("She moved to Google last year.", "ORGANIZATION:Google")] // a company stays one
    [InlineData("I was born in June.", "")]
    [InlineData("I am going to Maria's wedding on Saturday.", "PERSON:Maria")] // a possessive: a person's
    [InlineData("We went to Sarah for help with the form.", "PERSON:Sarah")] // a verb that takes persons too
    public void Detect_Session25_PlacesAfterTravelWords(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 25: a given name that is also a place or has no type in the corpora opens the name before a listed
    // surname (lexicon.json given_names), two surnames joined by '&' are a firm and '&' never ends a span, a romanized
    // Korean given name listed as one word needs no surname beside it, and common English-language surnames are listed
    // (names/english_surnames.txt).
    [Theory]
    [InlineData("Georgia Whitfield asked why her refund has not arrived yet.", "PERSON:Georgia Whitfield")] // was a place and a person
    [InlineData("Please cc Dallas Pruitt on the renewal thread.", "PERSON:Dallas Pruitt")] // was a place
    [InlineData("Jordan Ellery from finance approved the invoice.", "PERSON:Jordan Ellery")] // was missed
    [InlineData("Georgia Tech accepted my application.", "LOCATION:Georgia")] // no surname after it
    [InlineData("Send the invoice to Hartley & Whitaker before Friday.", "ORGANIZATION:Hartley & Whitaker")] // was two persons
    [InlineData("Sarah & Jerry are coming to dinner.", "PERSON:Sarah;PERSON:Jerry")] // was "Sarah &"
    [InlineData("Ji-woo will take over the account.", "PERSON:Ji-woo")] // was "Ji"
    [InlineData("Hi, this is Min-jun from support.", "PERSON:Min-jun")] // was "Min"
    [InlineData("Refund requested by Colin Underwood, order 5521.", "PERSON:Colin Underwood")] // was missed
    [InlineData("Sean O'Driscoll paid twice for order 55120.", "PERSON:Sean O'Driscoll")] // was missed (en-dev36)
    [InlineData("Sean O'Driscoll's card was charged twice.", "PERSON:Sean O'Driscoll")] // a possessive after it (session 26)
    [InlineData("Please forward the invoice to Hawthorne & Pike.", "ORGANIZATION:Hawthorne & Pike")] // was one person (en-dev36)
    public void Detect_Session25_GivenNamesSurnamesAndFirms(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 25: 169 more curated companies by sector (companies.txt; en-dev34.jsonl, organizations in tickets and
    // prompts, 0.811 -> 0.842 with them).
    [Theory]
    [InlineData("My claim with Aviva was rejected, can you help me appeal?", "ORGANIZATION:Aviva")] // was missed
    [InlineData("My landlord, Gary Holt, works for Savills.", "PERSON:Gary Holt;ORGANIZATION:Savills")] // Savills was missed
    [InlineData("Put the GoPro on the roof of the car.", "")] // a device, no company
    [InlineData("Is Aviva cheaper for young drivers?", "ORGANIZATION:Aviva")] // was "Is Aviva" (en-dev36)
    [InlineData("She reported a double charge from Uber.", "ORGANIZATION:Uber")] // was "Uber." (en-dev37)
    [InlineData("I work for Acme Inc.", "ORGANIZATION:Acme Inc.")] // a legal form keeps its period
    [InlineData("Rosa and I are moving house on Friday.", "PERSON:Rosa")] // a given name the corpora list as a place (en-dev37)
    public void Detect_Session25_CuratedCompanies(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: a known town that the lexicon lists as a person's name after a travel word (place_names.txt;
    // en-dev38.jsonl, written before it), travel words in any case, and "ticket" no travel word.
    [Theory]
    [InlineData("My flight to Florence was cancelled.", "LOCATION:Florence")] // was a person
    [InlineData("My sister lives in Jackson.", "LOCATION:Jackson")] // was a person
    [InlineData("Flights to Toledo are cheap.", "LOCATION:Toledo")] // was missed
    [InlineData("I got a ticket from Jackson for speeding.", "PERSON:Jackson")] // not after "from"
    [InlineData("Send my ticket to Sofia by email, she is paying.", "PERSON:Sofia")] // was a place
    [InlineData("Ticket from Yuki Sato: my password reset link expired again.", "PERSON:Yuki Sato")] // a support ticket
    [InlineData("Go to Goldstar.com and get tickets.", "")] // going words only in lower case
    [InlineData("Please move the meeting to Tyler's office.", "PERSON:Tyler")] // a possessive: a person's
    public void Detect_Session26_PlaceNamesAfterTravelWords(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: a surname that is also an ordinary word, or one the lexicon does not know, joins the first name before
    // it (OrdinarySurnames; en-dev38).
    [Theory]
    [InlineData("My landlord Gary Stone wants to keep the whole deposit.", "PERSON:Gary Stone")] // was Gary
    [InlineData("Our new hire Megan Short starts Monday.", "PERSON:Megan Short")] // was Megan
    [InlineData("Tell Derek Banks the report is late.", "PERSON:Derek Banks")] // Banks was a company
    [InlineData("Email from Rachel Golden about the renewal.", "PERSON:Rachel Golden")] // was Rachel
    [InlineData("Give Jack Black coffee, no sugar.", "")] // no name the network read
    [InlineData("Paul Heyman makes an announcement.", "PERSON:Paul Heyman")] // a surname the lexicon lacks: was Paul
    [InlineData("Ask Priya Fwiw she knows.", "PERSON:Priya")] // a chat abbreviation is no surname (tech_terms.txt)
    [InlineData("Thanks Sarah Btw the link is broken.", "PERSON:Sarah")] // was "Sarah Btw"
    public void Detect_Session26_OrdinarySurnames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: a club's name ends at a club noun after a town (ClubNames; en-dev38).
    [Theory]
    [InlineData("I support the Boston Celtics but my husband is a Lakers fan.", "ORGANIZATION:Boston Celtics;ORGANIZATION:Lakers")] // Boston was a place
    [InlineData("Doncaster Rovers signed a new striker.", "ORGANIZATION:Doncaster Rovers")] // Doncaster was a place
    [InlineData("Bolton Wanderers fans are furious.", "ORGANIZATION:Bolton Wanderers")] // was a person
    [InlineData("Who owns Leeds United now?", "ORGANIZATION:Leeds United")] // was two places
    [InlineData("The United States and United Kingdom signed a deal.", "LOCATION:United States;LOCATION:United Kingdom")]
    public void Detect_Session26_ClubNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: listed company names of two words or more are one organization (company_phrases.txt; en-dev38).
    [Theory]
    [InlineData("Draft a complaint to British Gas about the estimated meter readings.", "ORGANIZATION:British Gas")] // was missed
    [InlineData("I need to complain to Thames Water about my bill.", "ORGANIZATION:Thames Water")] // was a person
    [InlineData("Call Capital One, then Best Buy.", "ORGANIZATION:Capital One;ORGANIZATION:Best Buy")] // were missed
    [InlineData("British gas prices went up.", "")] // as written only
    public void Detect_Session26_CompanyPhrases(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: German nouns of customer-service text and German function words in lower case are no names
    // (tech_terms.txt; intl-dev.jsonl's errors: 0.756 -> 0.769).
    [Theory]
    [InlineData("Ich habe bei Zalando bestellt, aber das Paket liegt noch in Augsburg.", "ORGANIZATION:Zalando;LOCATION:Augsburg")] // 'Paket' was a place
    [InlineData("Frag bitte Kerstin Vogt, ob sie nächste Woche in Freiburg ist.", "PERSON:Kerstin Vogt;LOCATION:Freiburg")] // 'Woche' was a person
    [InlineData("Hans Zimmer wohnt in Los Angeles.", "PERSON:Hans Zimmer;LOCATION:Los Angeles")] // a surname stays a name
    public void Detect_Session26_GermanNouns(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: the search opens a new span after a line break, cell separator or full stop instead of running one
    // across it, which the decoder then dropped (en-dev41.jsonl, signatures and headers, written first: 0.935 -> 0.987).
    [Theory]
    [InlineData("Kind regards, Tariq Mahmood | Bellweather Insurance | Leeds",
        "PERSON:Tariq Mahmood;ORGANIZATION:Bellweather Insurance;LOCATION:Leeds")] // was Tariq, Mahmood a company, the company missed
    public void Detect_Session26_SpansAfterBreaks(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: a listed name after a sign-off and a comma at the end of a message or line (GreetingWords; en-dev41).
    [Theory]
    [InlineData("Thanks for the quick fix.\nBest, Noah", "PERSON:Noah")] // was missed
    [InlineData("Best, Brian.", "PERSON:Brian")]
    [InlineData("The best, Hope is here.", "")] // not at the end: no sign-off
    public void Detect_Session26_SignedNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: an infirmary is an institution, a government department takes "for" and the words after it, and
    // ticket sellers, a gym chain and regulators are curated companies (en-dev43.jsonl, written first: 0.667 -> 0.837).
    [Theory]
    [InlineData("My appointment at Leeds General Infirmary was moved to Friday.", "ORGANIZATION:Leeds General Infirmary")] // was missed
    [InlineData("The Department for Work and Pensions stopped my payments.", "ORGANIZATION:Department for Work and Pensions")] // was "Department"
    [InlineData("Draft an email to Ticketmaster asking for a refund.", "ORGANIZATION:Ticketmaster")] // was missed
    [InlineData("Is the FCA the right regulator for a complaint about my pension?", "ORGANIZATION:FCA")] // was missed
    public void Detect_Session26_Organizations(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: first names in lower case joined by "and", "or" or a comma (PairedNames; en-dev40.jsonl, lower-case
    // chat: 0.800 -> 0.820).
    [Theory]
    [InlineData("can you invite priya and tom", "PERSON:priya;PERSON:tom")] // tom was missed
    [InlineData("my kids emma and noah love it", "PERSON:emma;PERSON:noah")] // were missed
    [InlineData("will and grace is on tv", "")] // ordinary words
    public void Detect_Session26_PairedLowerCaseNames(string text, string expected) =>
        Assert.Equal(expected, Found(text));

    // Session 26: a full name before the e-mail address that spells it is a person's (EmailNames; gum dev's signature
    // lines led to it).
    [Theory]
    [InlineData("Lotte Wilms lotte.wilms@kb.nl National Library of the Netherlands", "PERSON:Lotte Wilms")] // was missed
    [InlineData("Michiel Cock m.p.cock@vu.nl", "PERSON:Michiel Cock")] // was missed
    [InlineData("Acme Support support@acme.com", "")] // an ordinary word is no name
    public void Detect_Session26_NamesBeforeEmails(string text, string expected) =>
        Assert.Equal(expected, ShippedNer.Found(text, EntityTypes.Person)); // persons only
}
