using System.Diagnostics.CodeAnalysis;
using System.Text;
using PiiScan.Detection;
using PiiScan.Keys;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// The <c>fpe</c> operator: format-preserving encryption with FF1 (NIST SP 800-38G, AES-256, BouncyCastle engine),
/// radix 10, tweak = UTF-8 entity type name. Only ASCII digits are encrypted; every other character (letters,
/// separators, non-ASCII digits) stays in place, so length and digit positions are kept. Reversible with
/// <see cref="TryReverse"/> given the same key and type. Thread-safe; results are cached per instance.
/// <list type="bullet">
/// <item>PHONE_NUMBER: when the value starts (after white space) with <c>+</c>, the country-code digits stay in clear
/// (<see cref="CountryCodeLength"/> or <see cref="CryptoOperatorOptions.PhoneCountryCodeDigits"/>); the rest are encrypted.</item>
/// <item>CREDIT_CARD (with <see cref="CryptoOperatorOptions.CreditCardKeepLast4"/>): the last 4 digits stay. For a
/// Luhn-valid number of n digits, the first n-5 digits are FF1-encrypted and digit n-5 (just before the last 4; not
/// doubled by Luhn) is recomputed so the result is Luhn-valid; decryption decrypts the n-5 digits and recomputes that
/// digit again, which restores the original because it is determined by the others. A Luhn-invalid number has its
/// first n-4 digits encrypted with cycle walking until the result is Luhn-invalid too, so the Luhn status of the
/// output tells the decryptor which scheme was used. Needs n ≥ 11.</item>
/// <item>Short values: FF1 needs radix^len ≥ 1,000,000, i.e. at least <see cref="MinimumDigits"/> digits to encrypt.
/// With fewer, the value is replaced by the <c>hash</c> operator's output (<c>TYPE_</c> + 16 hex, keyed with the same
/// key generation's HMAC key): deterministic, error-free, and not reversible. Values already shaped like that output
/// (<c>TYPE_</c> + 16 lowercase hex, a shape FF1 would preserve) are hashed too, so <see cref="TryReverse"/> can
/// recognise hashed values unambiguously and refuses them.</item>
/// </list>
/// FF1 has no integrity check: decrypting with the wrong key or type silently yields other digits.
/// </summary>
public sealed class Ff1Operator : IOperator, IDisposable
{
    /// <summary>Operator name used in policies.</summary>
    public const string OperatorName = "fpe";

    /// <summary>FF1 minimum message length for radix 10 (10^6 ≥ 1,000,000).</summary>
    public const int MinimumDigits = 6;

    private const int CardMinimumDigits = MinimumDigits + 5;

    private static readonly HashSet<int> TwoDigitCountryCodes =
    [
        20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58,
        60, 61, 62, 63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
    ];

    private readonly Ff1Cipher _ff1;
    private readonly HmacHashOperator _fallback;
    private readonly TokenCache _cache;
    private readonly CryptoOperatorOptions _options;

    /// <summary>Creates the operator with the FF1 key (and, for the short-value fallback, the HMAC key) of <paramref name="key"/>.</summary>
    public Ff1Operator(KeyringKey key, CryptoOperatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        _options = options ?? CryptoOperatorOptions.Default;
        if (_options.PhoneCountryCodeDigits is { } cc && cc is < 1 or > 3)
        {
            throw new ArgumentOutOfRangeException(nameof(options), cc, "PhoneCountryCodeDigits must be 1, 2 or 3");
        }
        _ff1 = new Ff1Cipher(key.Fpe, 10);
        _fallback = new HmacHashOperator(key, cacheCapacity: 0);
        _cache = new TokenCache(_options.CacheCapacity);
        KeyId = key.Id;
    }

    /// <inheritdoc />
    public string Name => OperatorName;

    /// <summary>Id of the key generation in use (FPE output does not carry it; record it for re-identification).</summary>
    public string KeyId { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output) =>
        output.Append(Encrypt(original, entityType));

    /// <summary>Returns the format-preserving encryption of <paramref name="original"/> (or the hash fallback for short values).</summary>
    public string Encrypt(ReadOnlySpan<char> original, string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (_cache.TryGet(entityType, original, out var cached))
        {
            return cached;
        }
        var result = Transform(original, entityType, encrypt: true) ?? _fallback.Hash(original, entityType);
        _cache.Add(entityType, original, result);
        return result;
    }

    /// <summary>
    /// Restores the original of a value produced by <see cref="Encrypt"/> with the same key and type. False when the
    /// value is not reversible (fewer than <see cref="MinimumDigits"/> encryptable digits: it was hashed).
    /// </summary>
    public bool TryReverse(ReadOnlySpan<char> redacted, string entityType, [NotNullWhen(true)] out string? original)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        original = Transform(redacted, entityType, encrypt: false);
        return original is not null;
    }

    /// <summary>Like <see cref="TryReverse"/> but throws an <see cref="InvalidOperationException"/> (without the value) when not reversible.</summary>
    public string Reverse(ReadOnlySpan<char> redacted, string entityType) =>
        TryReverse(redacted, entityType, out var original)
            ? original
            : throw new InvalidOperationException(
                $"{entityType} value of {redacted.Length} characters is not reversible by 'fpe' (fewer than {MinimumDigits} encryptable digits: it was hashed)");

    /// <summary>
    /// Length of the E.164 country code at the start of <paramref name="digits"/> (the digits after <c>+</c>):
    /// 1 for codes 1 and 7, 2 for the ITU-T two-digit codes (20, 27, 30-34, 36, 39, 40, 41, 43-49, 51-58, 60-66,
    /// 81, 82, 84, 86, 90-95, 98), otherwise 3. Country codes are prefix-free, so this is unambiguous.
    /// </summary>
    public static int CountryCodeLength(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return 0;
        }
        if (digits[0] is '1' or '7')
        {
            return 1;
        }
        if (digits.Length >= 2 && TwoDigitCountryCodes.Contains(((digits[0] - '0') * 10) + (digits[1] - '0')))
        {
            return 2;
        }
        return Math.Min(3, digits.Length);
    }

    /// <summary>Zeroes the key copies.</summary>
    public void Dispose()
    {
        _ff1.Dispose();
        _fallback.Dispose();
    }

    private string? Transform(ReadOnlySpan<char> value, string entityType, bool encrypt)
    {
        if (IsHashShaped(value, entityType))
        {
            // Hash output (or a value shaped like it, whose encryption would keep that shape): not reversible.
            return null;
        }
        var positions = new List<int>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsAsciiDigit(value[i]))
            {
                positions.Add(i);
            }
        }
        var digits = new byte[positions.Count];
        for (var i = 0; i < digits.Length; i++)
        {
            digits[i] = (byte)(value[positions[i]] - '0');
        }
        var tweak = Encoding.UTF8.GetBytes(entityType);
        byte[]? result;
        if (entityType == EntityTypes.CreditCard && _options.CreditCardKeepLast4)
        {
            result = TransformCard(digits, tweak, encrypt);
        }
        else
        {
            var from = entityType == EntityTypes.PhoneNumber ? PhoneKeptDigits(value, digits) : 0;
            result = TransformRange(digits, from, digits.Length, tweak, encrypt);
        }
        if (result is null)
        {
            return null;
        }
        var chars = value.ToArray();
        for (var i = 0; i < positions.Count; i++)
        {
            chars[positions[i]] = (char)('0' + result[i]);
        }
        return new string(chars);
    }

    private int PhoneKeptDigits(ReadOnlySpan<char> value, byte[] digits)
    {
        var trimmed = value.TrimStart();
        if (trimmed.IsEmpty || trimmed[0] != '+')
        {
            return 0;
        }
        if (_options.PhoneCountryCodeDigits is { } fixedLength)
        {
            return Math.Min(fixedLength, digits.Length);
        }
        Span<char> lead = stackalloc char[Math.Min(3, digits.Length)];
        for (var i = 0; i < lead.Length; i++)
        {
            lead[i] = (char)('0' + digits[i]);
        }
        return CountryCodeLength(lead);
    }

    private byte[]? TransformRange(byte[] digits, int from, int to, byte[] tweak, bool encrypt)
    {
        if (to - from < MinimumDigits)
        {
            return null;
        }
        var part = digits[from..to];
        var done = encrypt ? _ff1.Encrypt(tweak, part) : _ff1.Decrypt(tweak, part);
        var result = (byte[])digits.Clone();
        done.CopyTo(result, from);
        return result;
    }

    private byte[]? TransformCard(byte[] digits, byte[] tweak, bool encrypt)
    {
        var n = digits.Length;
        if (n < CardMinimumDigits)
        {
            return null;
        }
        var result = (byte[])digits.Clone();
        if (IsLuhnValid(digits))
        {
            // Luhn-valid in, Luhn-valid out: FF1 over digits [0, n-5), then fix digit n-5.
            var head = digits[..(n - 5)];
            var done = encrypt ? _ff1.Encrypt(tweak, head) : _ff1.Decrypt(tweak, head);
            done.CopyTo(result, 0);
            result[n - 5] = 0;
            result[n - 5] = (byte)((10 - (LuhnSum(result) % 10)) % 10);
            return result;
        }
        // Luhn-invalid: cycle-walk FF1 over digits [0, n-4) within the set of Luhn-invalid numbers.
        var x = digits[..(n - 4)];
        do
        {
            x = encrypt ? _ff1.Encrypt(tweak, x) : _ff1.Decrypt(tweak, x);
            x.CopyTo(result, 0);
        }
        while (IsLuhnValid(result));
        return result;
    }

    /// <summary>True when <paramref name="value"/> looks like <c>hash</c> output for the type: <c>TYPE_</c> + 16 lowercase hex.</summary>
    internal static bool IsHashShaped(ReadOnlySpan<char> value, string entityType)
    {
        if (value.Length != entityType.Length + 1 + HmacHashOperator.HexDigits ||
            !value.StartsWith(entityType, StringComparison.Ordinal) || value[entityType.Length] != '_')
        {
            return false;
        }
        foreach (var c in value[(entityType.Length + 1)..])
        {
            if (!char.IsAsciiHexDigitLower(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>True when the digit sequence passes the Luhn (mod 10) check.</summary>
    internal static bool IsLuhnValid(ReadOnlySpan<byte> digits) => digits.Length > 0 && LuhnSum(digits) % 10 == 0;

    private static int LuhnSum(ReadOnlySpan<byte> digits)
    {
        var sum = 0;
        for (int i = digits.Length - 1, k = 0; i >= 0; i--, k++)
        {
            var d = digits[i];
            if ((k & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum;
    }
}
