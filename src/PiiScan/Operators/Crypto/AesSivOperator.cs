using System.Buffers;
using System.Text;
using PiiScan.Keys;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// The <c>pseudonymize</c> operator: deterministic AES-SIV (RFC 5297, AES-256, 64-byte key) of the UTF-8 value
/// with the UTF-8 entity type name as the single associated-data component, rendered as
/// <c>[[TYPE:KEYID:PAYLOAD]]</c> (see <see cref="PseudonymToken"/>). Same value, type and key give the same token;
/// <see cref="Reidentifier"/> reverses it. Results are cached per instance (bounded). Thread-safe.
/// Ill-formed UTF-16 (lone surrogates) is encoded as U+FFFD, so only well-formed text round-trips exactly.
/// </summary>
public sealed class AesSivOperator : IOperator, IDisposable
{
    /// <summary>Operator name used in policies.</summary>
    public const string OperatorName = "pseudonymize";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);
    private readonly AesSiv _siv;
    private readonly TokenCache _cache;

    /// <summary>Creates the operator with the AES-SIV key of <paramref name="key"/> (copied).</summary>
    public AesSivOperator(KeyringKey key, int cacheCapacity = 65_536)
    {
        ArgumentNullException.ThrowIfNull(key);
        _siv = new AesSiv(key.Siv);
        KeyId = key.Id;
        _cache = new TokenCache(cacheCapacity);
    }

    /// <inheritdoc />
    public string Name => OperatorName;

    /// <summary>Id of the key generation in use; appears in every token.</summary>
    public string KeyId { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output) =>
        output.Append(Pseudonymize(original, entityType));

    /// <summary>Returns the token for <paramref name="original"/>.</summary>
    /// <exception cref="ArgumentException">The type name cannot appear in a token (<c>[A-Z][A-Z0-9_]{0,63}</c>).</exception>
    public string Pseudonymize(ReadOnlySpan<char> original, string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (_cache.TryGet(entityType, original, out var cached))
        {
            return cached;
        }
        if (!PseudonymToken.IsValidType(entityType))
        {
            throw new ArgumentException(
                $"entity type '{entityType}' cannot be pseudonymized: type names must match [A-Z][A-Z0-9_]{{0,63}}", nameof(entityType));
        }
        var token = PseudonymToken.Format(entityType, KeyId, Encrypt(original, entityType));
        _cache.Add(entityType, original, token);
        return token;
    }

    /// <summary>Zeroes the key copies.</summary>
    public void Dispose() => _siv.Dispose();

    private byte[] Encrypt(ReadOnlySpan<char> original, string entityType)
    {
        Span<byte> ad = stackalloc byte[256];
        var adLen = Utf8.GetBytes(entityType, ad);
        var max = Utf8.GetMaxByteCount(original.Length);
        byte[]? rented = null;
        var plain = max <= 512 ? stackalloc byte[512] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var n = Utf8.GetBytes(original, plain);
            return _siv.Encrypt(plain[..n], ad[..adLen]);
        }
        finally
        {
            plain.Clear();
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }
}
