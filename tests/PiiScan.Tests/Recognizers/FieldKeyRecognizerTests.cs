using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Tests.Recognizers;

public class FieldKeyRecognizerTests
{
    private static readonly FieldKeyRecognizer R = new();

    [Theory]
    [InlineData("last_name", "Bakare", "Bakare", EntityTypes.Person)]
    [InlineData("FirstName", "María José", "María José", EntityTypes.Person)]
    [InlineData("customer-name", " O'Sullivan, Siobhan ", "O'Sullivan, Siobhan", EntityTypes.Person)]
    [InlineData("cardholder", "JEAN-BAPTISTE DUBOIS", "JEAN-BAPTISTE DUBOIS", EntityTypes.Person)]
    [InlineData("city", "Ibadan", "Ibadan", EntityTypes.Location)]
    [InlineData("Country", "New Zealand", "New Zealand", EntityTypes.Location)]
    [InlineData("last_name", "Na", "Na", EntityTypes.Person)] // a surname, not a placeholder
    [InlineData("billing_city", "St. Louis", "St. Louis", EntityTypes.Location)]
    [InlineData("company", "Vandelay Industries", "Vandelay Industries", EntityTypes.Organization)]
    [InlineData("employer", "Procter & Gamble", "Procter & Gamble", EntityTypes.Organization)]
    [InlineData("street", "Nørregade 7", "Nørregade 7", EntityTypes.StreetAddress)]
    [InlineData("address_line_1", "Flat 4B, 12 MG Road", "Flat 4B, 12 MG Road", EntityTypes.StreetAddress)]
    [InlineData("shippingAddress", "12 Oak St, Springfield, IL 62704", "12 Oak St, Springfield, IL 62704", EntityTypes.StreetAddress)]
    [InlineData("to_city", "Yerevan", "Yerevan", EntityTypes.Location)] // by its head
    [InlineData("incidentCity", "Kumasi", "Kumasi", EntityTypes.Location)]
    [InlineData("contact_first_name", "Gareth", "Gareth", EntityTypes.Person)] // head "first" before "name"
    [InlineData("merchant", "Blue Fern Bakery", "Blue Fern Bakery", EntityTypes.Organization)]
    [InlineData("hotel", "The Langham", "Langham", EntityTypes.Organization)] // "The" stays outside
    [InlineData("physician", "Dr. Amara Nwosu", "Amara Nwosu", EntityTypes.Person)] // so does a title
    public void Analyze_TypedKeyAndNameLikeValue_WholeValue(string key, string value, string expected, string type) =>
        RecognizerTestHelper.AssertFinds(R, value, expected, type, key);

    [Theory]
    [InlineData("name", "get_weather")] // tool and model names: the bare key is not listed
    [InlineData("name", "Alice")]
    [InlineData("username", "jkowalski")] // an identifier, not a name
    [InlineData("state", "active")]
    [InlineData("region", "us-east-1")]
    [InlineData("city", "n/a")] // placeholders
    [InlineData("last_name", "Unknown")]
    [InlineData("company", "true")]
    [InlineData("first_name", "string")] // an OpenAPI example value
    [InlineData("first_name", "J***")] // masked
    [InlineData("first_name", "user_42")] // digits, underscore
    [InlineData("city", "a")]
    [InlineData("company", "one two three four five six seven")] // free text, not a name
    [InlineData("address", "10.0.0.1")] // a network address
    [InlineData("address", "0.0.0.0:8080")]
    [InlineData("address", "alice@example.com")]
    [InlineData("address", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed")]
    [InlineData("street", "Main Street")] // no number: not a street line
    [InlineData("", "Ibadan")] // plain text
    [InlineData("ip_address", "10 Downing Street")] // a street line only by a listed key, never by its head
    [InlineData("tenant", "Contoso")] // a SaaS tenant is an account
    [InlineData("assignee", "Unassigned")]
    [InlineData("employee", "Unassigned")]
    [InlineData("ship_to_name", "Benedikt Hauser")] // "to" says nothing
    public void Analyze_OtherKeyOrValue_FindsNothing(string key, string value)
    {
        var results = new List<Det>();
        R.Analyze(value, new FieldContext(key.Length == 0 ? "text" : key, key), results);
        Assert.Empty(results);
    }

    [Theory]
    [InlineData("first_name", EntityTypes.Person)]
    [InlineData("FIRST-NAME", EntityTypes.Person)]
    [InlineData("Place Of Birth", EntityTypes.Location)]
    [InlineData("company.name", EntityTypes.Organization)]
    [InlineData("billing_address", EntityTypes.StreetAddress)]
    [InlineData("name", null)]
    [InlineData("request_id", null)]
    [InlineData("billing_city", EntityTypes.Location)]
    [InlineData("employee_id", null)]
    public void TypeOfKey_SeparatorsAndCaseIgnored(string key, string? type) =>
        Assert.Equal(type, R.TypeOfKey(key));

    [Theory]
    [InlineData("customer.name", "name", "Adaeze Obi", EntityTypes.Person)] // a bare name takes its object's key
    [InlineData("claims[1].policyholder.name", "name", "Greta Lund", EntityTypes.Person)]
    [InlineData("vendor.name", "name", "Tessellate Labs", EntityTypes.Organization)]
    public void Analyze_BareNameUnderTypedObject_TypedByParent(string path, string key, string value, string type)
    {
        var results = new List<Det>();
        R.Analyze(value, new FieldContext(path, key), results);
        Assert.Equal([(type, 0, value.Length)], results.Select(d => (d.Type, d.Start, d.End)));
    }

    [Fact]
    public void Analyze_JsonHeldAsText_EachKeyedStringAsAField()
    {
        const string text = "{\"order\": 7, \"ship_to\": {\"name\": \"Benedikt Hauser\", \"city\": \"Graz\"}, \"customer\": {\"name\": \"Ana Ruiz\"}, \"first_name\": \"n/a\", \"cc\": [\"x\"]}";
        var results = new List<Det>();
        R.Analyze(text, new FieldContext("prompt", "prompt"), results);
        Assert.Equal(
            [(EntityTypes.Location, "Graz"), (EntityTypes.Person, "Ana Ruiz")],
            results.Select(d => (d.Type, text[d.Start..d.End])));
    }

    [Fact]
    public void Analyze_PolicyFieldTypes_AddAndSwitchOffKeys()
    {
        var custom = new FieldKeyRecognizer(new Dictionary<string, string?> { ["Cust_Nm"] = "person", ["company"] = null });
        RecognizerTestHelper.AssertFinds(custom, "Olumide Bakare", "Olumide Bakare", EntityTypes.Person, "cust_nm");
        RecognizerTestHelper.AssertNone(custom, "Initech", "company");
        RecognizerTestHelper.AssertFinds(custom, "Ibadan", "Ibadan", EntityTypes.Location, "city"); // built-ins stay
    }

    [Fact]
    public void Create_FieldTypeNotFreeForm_Throws() =>
        Assert.Throws<ArgumentException>(() => new FieldKeyRecognizer(new Dictionary<string, string?> { ["mail"] = EntityTypes.EmailAddress }));

    [Fact]
    public void Resolve_ModelGuessesOtherType_KeyWins()
    {
        // "Lyon" in a city column: the model's PERSON guess loses to the key's LOCATION.
        const string text = "Lyon";
        var results = new List<Det> { new(0, 4, EntityTypes.Person, 0.979f, "NerRecognizer", "pii-ner") };
        R.Analyze(text, new FieldContext("city", "city"), results);
        ConflictResolver.Resolve(results, text);
        var kept = Assert.Single(results);
        Assert.Equal(EntityTypes.Location, kept.Type);
        Assert.Equal("FieldKeyRecognizer", kept.Recognizer);
    }

    [Fact]
    public void Detect_CsvColumnsThroughEngine_TypedByColumn()
    {
        var engine = new DetectionEngine(RecognizerCatalog.CreateDefault(RecognizerOptions.Default));
        var results = new List<Det>();
        engine.DetectField("Ibadan", new FieldContext("city", "city"), results);
        Assert.Equal([(EntityTypes.Location, 0, 6)], results.Select(d => (d.Type, d.Start, d.End)));
    }
}
