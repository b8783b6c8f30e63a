namespace PiiScan.Operators.Crypto;

/// <summary>Options for the keyed operators created by <see cref="CryptoOperators.Create"/>.</summary>
public sealed record CryptoOperatorOptions
{
    /// <summary>Default options.</summary>
    public static CryptoOperatorOptions Default { get; } = new();

    /// <summary>
    /// Maximum number of cached (type, value) results per operator instance; 0 disables caching. When full the cache
    /// is cleared and refilled. Values longer than 256 characters are never cached.
    /// </summary>
    public int CacheCapacity { get; init; } = 65_536;

    /// <summary>
    /// <c>fpe</c> on CREDIT_CARD: keep the last 4 digits and keep the Luhn status of the number (a Luhn-valid card
    /// stays Luhn-valid, a Luhn-invalid one stays invalid) while staying reversible. When false, all digits are
    /// encrypted like any other type.
    /// </summary>
    public bool CreditCardKeepLast4 { get; init; } = true;

    /// <summary>
    /// <c>fpe</c> on PHONE_NUMBER: number of country-code digits kept after a leading <c>+</c> (1-3). Null uses the
    /// built-in ITU-T E.164 rule (see <see cref="Ff1Operator.CountryCodeLength"/>).
    /// </summary>
    public int? PhoneCountryCodeDigits { get; init; }

    /// <summary>Key generation to use; null means the keyring's active key.</summary>
    public string? KeyId { get; init; }
}
