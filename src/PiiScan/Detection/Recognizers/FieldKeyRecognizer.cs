using System.Buffers;
using System.Collections.Frozen;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Whole values of fields whose key names a person, place, organization or street line: CSV and Parquet columns and
/// JSON keys such as <c>first_name</c>, <c>last_name</c>, <c>city</c>, <c>country</c>, <c>company</c>,
/// <c>street</c> or <c>billing_address</c> (case and separators ignored). The key says what a one-word value is far
/// better than the model can without context (<c>Ibadan</c> in a <c>city</c> column, <c>Lyon</c> read as a person),
/// so the value is reported as the key's type at <see cref="Score"/>. Bare keys that AI logs use for
/// other things are not listed (<c>name</c> holds tool and model names, <c>state</c> and <c>region</c> status words
/// and cloud regions, <c>username</c> is an identifier); the value must look like a name (letters, no digits, at most
/// six words) or, for a street line, like an address (letters and a digit, no <c>@</c>, <c>:</c> or <c>/</c>), and
/// placeholders (<c>n/a</c>, <c>unknown</c>) are skipped.
/// </summary>
public sealed class FieldKeyRecognizer : RecognizerBase
{
    /// <summary>
    /// Score of a keyed value: the key is the strongest evidence there is, so it wins conflicts against the model's
    /// guess of another type (a model probability that rounds to exactly 1 ties, and the type name decides).
    /// </summary>
    public const float Score = 1f;

    private const int MaxKey = 48;
    private const int MaxNameWords = 6;
    private const int MaxValue = 120;

    /// <summary>The types a field's key can give its whole value.</summary>
    public static readonly string[] Types = [EntityTypes.Person, EntityTypes.Location, EntityTypes.Organization, EntityTypes.StreetAddress];

    private static readonly FrozenDictionary<string, string> BuiltInKeyTypes = BuildKeyTypes();

    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keyTypes;

    // Values that stand for no value; none is a name ("Na" and "Foo" are surnames, so they are not listed).
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Placeholders = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        ["n/a", "none", "null", "nil", "unknown", "test", "tbd", "tba", "-", "--", "redacted", "[redacted]",
         "anonymous", "anon", "other", "various", "same", "same as above", "not provided", "not available", "private",
         "true", "false", "yes", "no", "default", "empty", "string", "example", "sample", "placeholder"])
        .GetAlternateLookup<ReadOnlySpan<char>>();

    // Characters a name value may hold besides letters and spaces ("O'Neil", "García-López", "Smith, John", "St. Louis").
    private static readonly SearchValues<char> NamePunctuation = SearchValues.Create("'’-.,&");

    // Characters no street line holds (e-mail and network addresses, paths, URLs, placeholders masked with stars).
    private static readonly SearchValues<char> NotInStreet = SearchValues.Create("@:/\\*<>{}[]|=_");

    /// <summary>Creates the recognizer with the built-in keys.</summary>
    public FieldKeyRecognizer()
        : this(null)
    {
    }

    /// <summary>
    /// Creates the recognizer with the built-in keys and <paramref name="fieldTypes"/> (key to one of
    /// <see cref="Types"/>, or null to switch a built-in key off; keys compared without case and separators).
    /// </summary>
    /// <exception cref="ArgumentException">A type is not one of <see cref="Types"/>.</exception>
    public FieldKeyRecognizer(IReadOnlyDictionary<string, string?>? fieldTypes)
        : base("FieldKeyRecognizer", Types, ContextProfile.None)
    {
        if (fieldTypes is null || fieldTypes.Count == 0)
        {
            _keyTypes = BuiltInKeyTypes.GetAlternateLookup<ReadOnlySpan<char>>();
            return;
        }
        var keys = new Dictionary<string, string>(BuiltInKeyTypes, StringComparer.Ordinal);
        foreach (var (key, type) in fieldTypes)
        {
            var folded = Fold(key);
            var normalized = type is null ? null : EntityTypes.Normalize(type);
            if (normalized is null)
            {
                keys.Remove(folded);
            }
            else if (Array.IndexOf(Types, normalized) >= 0)
            {
                keys[folded] = normalized;
            }
            else
            {
                throw new ArgumentException($"field type '{type}' of key '{key}' is not one of {string.Join(", ", Types)}", nameof(fieldTypes));
            }
        }
        _keyTypes = keys.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        var key = context.Key;
        if (string.IsNullOrEmpty(key) || key.Length > MaxKey || text.Length > MaxValue || TypeOfKey(key) is not { } type)
        {
            return;
        }
        var end = text.TrimEnd().Length;
        var start = end - text[..end].TrimStart().Length;
        var value = text[start..end];
        if (value.Length < 2 || Placeholders.Contains(value))
        {
            return;
        }
        if (type == EntityTypes.StreetAddress ? LooksLikeStreet(value) : LooksLikeName(value))
        {
            ReportExact(results, start, end, type, "field_key", Score);
        }
    }

    /// <summary>The entity type a field key names (<c>First-Name</c>, <c>billing_address</c>), or null.</summary>
    public string? TypeOfKey(string key)
    {
        if (key.Length > MaxKey)
        {
            return null;
        }
        Span<char> folded = stackalloc char[key.Length];
        return _keyTypes.TryGetValue(folded[..Fold(key, folded)], out var type) ? type : null;
    }

    // Lower-case ASCII letters and digits of the key, separators and case dropped.
    private static int Fold(ReadOnlySpan<char> key, Span<char> folded)
    {
        var n = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded[n++] = char.ToLowerInvariant(c);
            }
        }
        return n;
    }

    private static string Fold(string key)
    {
        var folded = new char[key.Length];
        return new string(folded, 0, Fold(key, folded));
    }

    // Letters, spaces and name punctuation, at least two letters, no digit, at most six words.
    private static bool LooksLikeName(ReadOnlySpan<char> value)
    {
        var letters = 0;
        var words = 1;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                letters++;
            }
            else if (c == ' ')
            {
                words += value[i - 1] == ' ' ? 0 : 1;
            }
            else if (!NamePunctuation.Contains(c))
            {
                return false;
            }
        }
        return letters >= 2 && words <= MaxNameWords;
    }

    // A letter and a digit (the house number or box), a space, nothing of an e-mail, network address, path or URL.
    private static bool LooksLikeStreet(ReadOnlySpan<char> value) =>
        value.ContainsAnyInRange('0', '9') && value.Contains(' ') && !value.ContainsAny(NotInStreet)
        && value.ContainsAnyExcept(NonLetters);

    private static readonly SearchValues<char> NonLetters = SearchValues.Create(" 0123456789,.#'-");

    private static FrozenDictionary<string, string> BuildKeyTypes()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string type, params string[] keys)
        {
            foreach (var k in keys)
            {
                d[k] = type;
            }
        }
        Add(EntityTypes.Person,
            "firstname", "givenname", "forename", "lastname", "surname", "familyname", "middlename", "fullname",
            "maidenname", "customername", "clientname", "contactname", "patientname", "employeename", "membername",
            "personname", "cardholder", "cardholdername", "accountholder", "accountholdername", "holdername",
            "billingname", "shippingname", "recipientname", "recipient", "sendername", "beneficiary", "beneficiaryname",
            "guardianname", "parentname", "spousename", "nextofkin", "emergencycontact", "emergencycontactname",
            "legalname", "displayname", "nombre", "apellido", "apellidos", "vorname", "nachname", "prenom");
        Add(EntityTypes.Location,
            "city", "town", "village", "country", "countryname", "county", "province", "municipality", "hometown",
            "birthplace", "placeofbirth", "cityofbirth", "countryofbirth", "ciudad", "pais", "stadt", "ville", "pays",
            "billingcity", "shippingcity", "billingcountry", "shippingcountry",
            "residencecity", "residencecountry");
        Add(EntityTypes.Organization,
            "company", "companyname", "employer", "employername", "organization", "organisation", "organizationname",
            "organisationname", "businessname", "firm", "school", "schoolname", "university", "college", "institution",
            "bank", "bankname", "insurer", "hospital", "clinic", "empresa", "firma", "unternehmen", "entreprise");
        Add(EntityTypes.StreetAddress,
            "street", "streetaddress", "streetname", "streetline", "street1", "street2", "address", "address1",
            "address2", "addressline", "addressline1", "addressline2", "homeaddress", "mailingaddress",
            "billingaddress", "shippingaddress", "postaladdress", "residentialaddress", "deliveryaddress",
            "billingstreet", "shippingstreet", "direccion", "strasse", "adresse", "anschrift", "indirizzo", "endereco");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
