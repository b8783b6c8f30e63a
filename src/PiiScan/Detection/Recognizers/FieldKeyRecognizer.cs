using System.Buffers;
using System.Collections.Frozen;
using PiiScan.Detection.Context;
using PiiScan.Ner;
using PiiScan.Text;

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
/// placeholders (<c>n/a</c>, <c>unknown</c>) are skipped. A key not listed is read by its head
/// (<see cref="FieldKeyParts.Head"/>: <c>to_city</c>, <c>contact_first_name</c>, a bare <c>name</c> under
/// <c>customer</c>), never as a street line (<c>ip_address</c>); JSON held as text in a value is read string by string
/// (<see cref="JsonKeyedStrings"/>). A title or a leading <c>The</c> stays outside the reported value.
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
         "true", "false", "yes", "no", "default", "empty", "string", "example", "sample", "placeholder", "unassigned",
         "vacant", "self", "self-employed", "unemployed", "retired", "remote", "internal", "online", "nobody", "everyone"])
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
        if (JsonKeyedStrings.LooksLikeJson(text))
        {
            // JSON held as text (a logged request body): each string value under a listed key, as if it were a field.
            var strings = new JsonKeyedStrings(text);
            while (strings.MoveNext())
            {
                if (TypeOfKey(strings.KeyText, strings.ParentText) is { } jsonType)
                {
                    AnalyzeValue(text, strings.Value.Start, strings.Value.End, jsonType, results);
                }
            }
            return;
        }
        if (TypeOfKey(context.Key, FieldKeyParts.ParentOf(context.Path)) is { } type)
        {
            AnalyzeValue(text, 0, text.Length, type, results);
        }
    }

    // Reports text[start..end], trimmed, as type when it looks like a value of that type.
    private void AnalyzeValue(ReadOnlySpan<char> text, int start, int end, string type, List<Detection> results)
    {
        if (end - start > MaxValue)
        {
            return;
        }
        var trimmedEnd = start + text[start..end].TrimEnd().Length;
        start = trimmedEnd - text[start..trimmedEnd].TrimStart().Length;
        var value = text[start..trimmedEnd];
        if (value.Length < 2 || IsPlaceholder(value))
        {
            return;
        }
        if (type == EntityTypes.Organization && value.StartsWith("The ", StringComparison.OrdinalIgnoreCase) && value.Length > 4)
        {
            start += 4; // "The" stays outside an organization's name, as in running text
            value = value[4..];
        }
        else if (type == EntityTypes.Person && HonorificTitles.NameStart(value) is > 0 and var title && title < value.Length)
        {
            start += title; // so does a title before a person's name ("Dr. Amara Nwosu")
            value = value[title..];
        }
        if (type == EntityTypes.StreetAddress ? LooksLikeStreet(value) : LooksLikeName(value))
        {
            ReportExact(results, start, trimmedEnd, type, "field_key", Score);
        }
    }

    // The type of key as listed, else of its head with "name" when a name followed it (FieldKeyParts.Head:
    // billing_city, contact_first_name, a bare name under "customer"), but never a street line by its head alone
    // (ip_address, email_address).
    private string? TypeOfKey(ReadOnlySpan<char> key, ReadOnlySpan<char> parent)
    {
        if (key.IsEmpty || key.Length > MaxKey)
        {
            return null;
        }
        Span<char> folded = stackalloc char[FieldKeyParts.MaxKey + 4];
        if (_keyTypes.TryGetValue(folded[..FieldKeyParts.Fold(key, folded)], out var type))
        {
            return type;
        }
        var n = FieldKeyParts.Head(key, parent, folded, out var named);
        if (n == 0)
        {
            return null;
        }
        if (named)
        {
            "name".CopyTo(folded[n..]);
            n += 4;
        }
        return _keyTypes.TryGetValue(folded[..n], out type) && type != EntityTypes.StreetAddress ? type : null;
    }

    /// <summary>True when <paramref name="value"/> stands for no value (<c>n/a</c>, <c>unknown</c>, <c>redacted</c>; case ignored).</summary>
    internal static bool IsPlaceholder(ReadOnlySpan<char> value) => Placeholders.Contains(value);

    /// <summary>The entity type a field key names (<c>First-Name</c>, <c>billing_address</c>), or null.</summary>
    public string? TypeOfKey(string key) => TypeOfKey(key, default);

    private static string Fold(string key)
    {
        var folded = new char[key.Length];
        return new string(folded, 0, FieldKeyParts.Fold(key, folded));
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
            "legalname", "displayname", "nombre", "apellido", "apellidos", "vorname", "nachname", "prenom",
            "employee", "patient", "passenger", "passengername", "guestname", "applicant", "applicantname",
            "candidatename", "borrower", "borrowername", "policyholder", "policyholdername", "insured", "insuredname",
            "physician", "physicianname", "doctorname");
        Add(EntityTypes.Location,
            "city", "town", "village", "country", "countryname", "county", "province", "municipality", "hometown",
            "birthplace", "placeofbirth", "cityofbirth", "countryofbirth", "ciudad", "pais", "stadt", "ville", "pays",
            "billingcity", "shippingcity", "billingcountry", "shippingcountry",
            "residencecity", "residencecountry");
        Add(EntityTypes.Organization,
            "company", "companyname", "employer", "employername", "organization", "organisation", "organizationname",
            "organisationname", "businessname", "firm", "school", "schoolname", "university", "college", "institution",
            "bank", "bankname", "insurer", "hospital", "clinic", "empresa", "firma", "unternehmen", "entreprise",
            "merchant", "merchantname", "vendorname", "suppliername", "airline", "hotel", "hotelname", "lender",
            "manufacturer", "insurername", "hospitalname", "clinicname");
        Add(EntityTypes.StreetAddress,
            "street", "streetaddress", "streetname", "streetline", "street1", "street2", "address", "address1",
            "address2", "addressline", "addressline1", "addressline2", "homeaddress", "mailingaddress",
            "billingaddress", "shippingaddress", "postaladdress", "residentialaddress", "deliveryaddress",
            "billingstreet", "shippingstreet", "direccion", "strasse", "adresse", "anschrift", "indirizzo", "endereco");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
