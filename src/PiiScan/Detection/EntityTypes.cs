namespace PiiScan.Detection;

/// <summary>Canonical entity type names. These strings are part of the output contract and never change.</summary>
public static class EntityTypes
{
#pragma warning disable CS1591 // The names document themselves.
    public const string Person = "PERSON";
    public const string Location = "LOCATION";
    public const string Organization = "ORGANIZATION";
    public const string StreetAddress = "STREET_ADDRESS";
    public const string EmailAddress = "EMAIL_ADDRESS";
    public const string PhoneNumber = "PHONE_NUMBER";
    public const string CreditCard = "CREDIT_CARD";
    public const string IbanCode = "IBAN_CODE";
    public const string UsSsn = "US_SSN";
    public const string UsBankRouting = "US_BANK_ROUTING";
    public const string UsBankNumber = "US_BANK_NUMBER";
    public const string UsPassport = "US_PASSPORT";
    public const string UsDriverLicense = "US_DRIVER_LICENSE";
    public const string UkNino = "UK_NINO";
    public const string UkNhs = "UK_NHS";
    public const string IpAddress = "IP_ADDRESS";
    public const string MacAddress = "MAC_ADDRESS";
    public const string Url = "URL";
    public const string DateOfBirth = "DATE_OF_BIRTH";
    public const string CryptoWallet = "CRYPTO_WALLET";
    public const string Imei = "IMEI";
    public const string AwsAccessKey = "AWS_ACCESS_KEY";
    public const string AwsSecretKey = "AWS_SECRET_KEY";
    public const string GithubToken = "GITHUB_TOKEN";
    public const string SlackToken = "SLACK_TOKEN";
    public const string StripeKey = "STRIPE_KEY";
    public const string OpenAiApiKey = "OPENAI_API_KEY";
    public const string GoogleApiKey = "GOOGLE_API_KEY";
    public const string Jwt = "JWT";
    public const string PrivateKey = "PRIVATE_KEY";
    public const string Password = "PASSWORD";
    public const string CaSin = "CA_SIN";
    public const string InAadhaar = "IN_AADHAAR";
    public const string EsNif = "ES_NIF";
    public const string ItFiscalCode = "IT_FISCAL_CODE";
    public const string SgNric = "SG_NRIC";
    public const string MedicalRecordNumber = "MEDICAL_RECORD_NUMBER";
#pragma warning restore CS1591

    /// <summary>All canonical names, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Person, Location, Organization, StreetAddress, EmailAddress, PhoneNumber, CreditCard, IbanCode,
        UsSsn, UsBankRouting, UsBankNumber, UsPassport, UsDriverLicense, UkNino, UkNhs, IpAddress, MacAddress, Url,
        DateOfBirth, CryptoWallet, Imei, AwsAccessKey, AwsSecretKey, GithubToken, SlackToken, StripeKey,
        OpenAiApiKey, GoogleApiKey, Jwt, PrivateKey, Password, CaSin, InAadhaar, EsNif, ItFiscalCode, SgNric, MedicalRecordNumber,
    ];

    private static readonly Dictionary<string, string> Interned = BuildInterned();

    private static Dictionary<string, string> BuildInterned()
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var t in All)
        {
            d[t] = t;
        }
        return d;
    }

    /// <summary>Returns the canonical (interned) spelling of a known type name, or the upper-cased input for a custom type.</summary>
    public static string Normalize(string name) =>
        Interned.TryGetValue(name, out var canonical) ? canonical : name.Trim().ToUpperInvariant();

    /// <summary>True when <paramref name="name"/> is one of the canonical names (case-insensitive).</summary>
    public static bool IsKnown(string name) => Interned.ContainsKey(name);
}
