namespace PiiScan.Detection;

/// <summary>Options of <see cref="RecognizerCatalog.CreateDefault(RecognizerOptions)"/>.</summary>
public sealed record RecognizerOptions
{
    /// <summary>Default options: region US, every type enabled.</summary>
    public static RecognizerOptions Default { get; } = new();

    /// <summary>ISO 3166 region used to parse phone numbers written without a country code.</summary>
    public string DefaultPhoneRegion { get; init; } = "US";

    /// <summary>
    /// Field keys whose whole values are of a type, added to or overriding the built-in ones of
    /// <see cref="Recognizers.FieldKeyRecognizer"/> (a null type switches a built-in key off).
    /// </summary>
    public IReadOnlyDictionary<string, string?> FieldTypes { get; init; } = new Dictionary<string, string?>();

    /// <summary>When non-null, only recognizers returning at least one of these types are created.</summary>
    public IReadOnlyCollection<string>? EnabledTypes { get; init; }

    /// <summary>Types whose recognizers are not created (applied after <see cref="EnabledTypes"/>).</summary>
    public IReadOnlyCollection<string> DisabledTypes { get; init; } = [];

    /// <summary>
    /// When true (default), the digit-anchored recognizers (cards, SSN, routing, NHS, SIN, Aadhaar, IMEI, IBAN, NINO,
    /// NIF/NIE, fiscal code, NRIC, date of birth) are combined into one <see cref="Recognizers.DigitRunGroup"/> that
    /// searches each value for digits once. Detections are the same either way.
    /// </summary>
    public bool CombineScanners { get; init; } = true;

    /// <summary>True when <paramref name="type"/> passes <see cref="EnabledTypes"/> and <see cref="DisabledTypes"/> (case-insensitive).</summary>
    public bool IsEnabled(string type)
    {
        foreach (var d in DisabledTypes)
        {
            if (string.Equals(d, type, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        if (EnabledTypes is null)
        {
            return true;
        }
        foreach (var e in EnabledTypes)
        {
            if (string.Equals(e, type, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
