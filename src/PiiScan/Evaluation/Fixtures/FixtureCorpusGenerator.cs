using System.Text;
using System.Text.Json;
using Bogus;
using PiiScan.Detection;
using PiiScan.Text;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// Generates the structured-PII fixture corpus: fake values of every pattern-detected type (see
/// <see cref="FixtureIdentifiers"/>, <see cref="FixtureContacts"/>, <see cref="FixtureSecrets"/>) planted in log
/// lines, chat prompts, JSON and YAML config snippets and CSV rows next to hard negatives
/// (<see cref="FixtureHardNegatives"/>), plus hard-negative-only examples. Deterministic for a seed: Bogus with its own
/// <see cref="Randomizer"/>, no clock and no global state. PERSON/LOCATION/ORGANIZATION/STREET_ADDRESS are never labeled
/// (fake names appear as filler; evaluation ignores predicted types absent from the gold data).
/// </summary>
public sealed class FixtureCorpusGenerator
{
    /// <summary>Seed of the committed golden corpus.</summary>
    public const int DefaultSeed = 20261124;

    /// <summary>Example count of the committed golden corpus.</summary>
    public const int DefaultCount = 3000;

    private static readonly string[] Levels = ["INFO", "WARN", "DEBUG", "ERROR"];
    private static readonly string[] Services = ["billing", "auth", "gateway", "profile-svc", "inference", "notifier", "kyc"];
    private static readonly string[] Events = ["profile updated", "payment accepted", "request received", "session created", "record imported", "prompt logged"];
    private static readonly string[] Asks = ["can you update my account?", "please fix the billing issue.", "why was my request rejected?", "what should I do next?", "thanks!"];

    private readonly Faker _faker;
    private readonly Randomizer _r;
    private readonly (string Type, Func<PlantedValue> Make, bool Contextual)[] _types;

    /// <summary>Creates a generator for <paramref name="seed"/>.</summary>
    public FixtureCorpusGenerator(int seed)
    {
        _r = new Randomizer(seed);
        _faker = new Faker("en") { Random = _r };
        var r = _r;
        var f = _faker;
        _types =
        [
            (EntityTypes.EmailAddress, () => FixtureContacts.Email(r, f), false),
            (EntityTypes.PhoneNumber, () => FixtureContacts.Phone(r), true),
            (EntityTypes.CreditCard, () => FixtureIdentifiers.CreditCard(r), false),
            (EntityTypes.IbanCode, () => FixtureIdentifiers.Iban(r), false),
            (EntityTypes.UsSsn, () => FixtureIdentifiers.UsSsn(r), true),
            (EntityTypes.UsBankRouting, () => FixtureIdentifiers.UsBankRouting(r), true),
            (EntityTypes.UsBankNumber, () => FixtureIdentifiers.UsBankNumber(r), true),
            (EntityTypes.UsPassport, () => FixtureIdentifiers.UsPassport(r), true),
            (EntityTypes.UsDriverLicense, () => FixtureIdentifiers.UsDriverLicense(r), true),
            (EntityTypes.UkNino, () => FixtureIdentifiers.UkNino(r), false),
            (EntityTypes.UkNhs, () => FixtureIdentifiers.UkNhs(r), true),
            (EntityTypes.IpAddress, () => FixtureContacts.IpAddress(r), false),
            (EntityTypes.MacAddress, () => FixtureContacts.MacAddress(r), false),
            (EntityTypes.Url, () => FixtureContacts.Url(r, f), false),
            (EntityTypes.DateOfBirth, () => FixtureContacts.DateOfBirth(r), true),
            (EntityTypes.CryptoWallet, () => FixtureSecrets.CryptoWallet(r), false),
            (EntityTypes.Imei, () => FixtureIdentifiers.Imei(r), true),
            (EntityTypes.AwsAccessKey, () => FixtureSecrets.AwsAccessKey(r), false),
            (EntityTypes.AwsSecretKey, () => FixtureSecrets.AwsSecretKey(r), false),
            (EntityTypes.GithubToken, () => FixtureSecrets.GithubToken(r), false),
            (EntityTypes.SlackToken, () => FixtureSecrets.SlackToken(r), false),
            (EntityTypes.StripeKey, () => FixtureSecrets.StripeKey(r), false),
            (EntityTypes.OpenAiApiKey, () => FixtureSecrets.OpenAiKey(r), false),
            (EntityTypes.GoogleApiKey, () => FixtureSecrets.GoogleApiKey(r), false),
            (EntityTypes.Jwt, () => FixtureSecrets.Jwt(r, FixtureContacts.Letters(f.Internet.UserName())), false),
            (EntityTypes.PrivateKey, () => FixtureSecrets.PrivateKey(r), false),
            (EntityTypes.Password, () => r.Number(0, 3) == 0 ? FixtureSecrets.UrlWithCredentials(r, f) : FixtureSecrets.Password(r, f), false),
            (EntityTypes.CaSin, () => FixtureIdentifiers.CaSin(r), true),
            (EntityTypes.InAadhaar, () => FixtureIdentifiers.InAadhaar(r), true),
            (EntityTypes.EsNif, () => FixtureIdentifiers.EsNif(r), false),
            (EntityTypes.ItFiscalCode, () => FixtureIdentifiers.ItFiscalCode(r), false),
            (EntityTypes.SgNric, () => FixtureIdentifiers.SgNric(r), false),
            (EntityTypes.MedicalRecordNumber, () => FixtureIdentifiers.MedicalRecordNumber(r), true),
        ];
    }

    /// <summary>The structured types the corpus plants (every type found by patterns rather than the NER model).</summary>
    public static IReadOnlyList<string> StructuredTypes { get; } = new FixtureCorpusGenerator(0)._types.Select(t => t.Type).ToArray();

    /// <summary>One fake value of a random structured type (single-line where possible), e.g. for benchmark corpora.</summary>
    public PlantedValue NextValue()
    {
        var t = _types[_r.Number(0, _types.Length - 1)];
        var v = t.Make();
        return v.SingleLine ? v : t.Make() is { SingleLine: true } w ? w : v;
    }

    /// <summary>Generates <paramref name="count"/> examples; the same seed and count always give the same examples.</summary>
    public List<LabeledExample> Generate(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var examples = new List<LabeledExample>(count);
        for (var i = 0; i < count; i++)
        {
            // Types rotate over the planted examples only, so every type is planted whatever the number of types.
            examples.Add(i % 8 == 7 ? NegativesOnly() : Planted(i - ((i + 1) / 8)));
        }
        return examples;
    }

    /// <summary>Writes <paramref name="examples"/> as JSONL <c>{"text","spans":[{start,end,type}]}</c> with code-point offsets and <c>\n</c> line ends.</summary>
    public static void WriteJsonl(IEnumerable<LabeledExample> examples, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var e in examples)
        {
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WriteString("text", e.Text);
                w.WriteStartArray("spans");
                foreach (var s in e.Spans)
                {
                    w.WriteStartObject();
                    w.WriteNumber("start", CodePoints.Count(e.Text.AsSpan(0, s.Start)));
                    w.WriteNumber("end", CodePoints.Count(e.Text.AsSpan(0, s.End)));
                    w.WriteString("type", s.Type);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            stream.WriteByte((byte)'\n');
        }
    }

    private LabeledExample Planted(int index)
    {
        var primary = _types[index % _types.Length];
        var values = new List<PlantedValue>();
        var carrier = _r.Number(0, 4);
        if (carrier == 4 && primary.Type == EntityTypes.Password)
        {
            carrier = _r.Number(0, 3); // a password is found from its key=value form, which a CSV row does not have
        }
        if (carrier != 4 && primary.Type is not (EntityTypes.UsPassport or EntityTypes.UsDriverLicense))
        {
            // Extra values are self-evident types; they go first so the contextual primary keeps the nearest context word.
            var extras = _r.Number(0, 2);
            for (var k = 0; k < extras; k++)
            {
                var extra = _types[_r.Number(0, _types.Length - 1)];
                if (!extra.Contextual && values.All(v => v.Type != extra.Type))
                {
                    values.Add(extra.Make());
                }
            }
        }
        values.Add(primary.Make());
        var negatives = Enumerable.Range(0, _r.Number(0, 2)).Select(_ => FixtureHardNegatives.Next(_r, _faker)).ToList();
        if (carrier == 4 && !values[0].SingleLine)
        {
            carrier = _r.Number(0, 3);
        }
        return carrier switch
        {
            0 => FixtureCarriers.LogLine(_r, Header(), negatives, values),
            1 => FixtureCarriers.Chat(_r, _faker.Name.FullName(), negatives, values, _r.ArrayElement(Asks)),
            2 => FixtureCarriers.Json(_r, _r.ArrayElement(Services), negatives, values),
            3 => FixtureCarriers.Yaml(_r, _r.ArrayElement(Services), negatives, values),
            _ => FixtureCarriers.Csv(_r, _faker.Name.FullName(), values[0]),
        };
    }

    private LabeledExample NegativesOnly()
    {
        var negatives = Enumerable.Range(0, _r.Number(1, 4)).Select(_ => FixtureHardNegatives.Next(_r, _faker)).ToList();
        return _r.Number(0, 2) switch
        {
            0 => FixtureCarriers.LogLine(_r, Header(), negatives, []),
            1 => FixtureCarriers.Chat(_r, _faker.Name.FullName(), negatives, [], _r.ArrayElement(Asks)),
            _ => FixtureCarriers.Json(_r, _r.ArrayElement(Services), negatives, []),
        };
    }

    private string Header() =>
        $"{FixtureHardNegatives.IsoTimestamp(_r)} {_r.ArrayElement(Levels)} [{_r.ArrayElement(Services)}] {_r.ArrayElement(Events)}";
}
