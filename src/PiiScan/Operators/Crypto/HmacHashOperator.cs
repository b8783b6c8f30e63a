using System.Security.Cryptography;
using System.Text;
using PiiScan.Keys;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// The <c>hash</c> operator: irreversible, consistent pseudonyms <c>TYPE_</c> + the first 16 lowercase hex digits
/// (64 bits) of HMAC-SHA256(hmacKey, UTF-8(TYPE) || 0x1F || UTF-8(value)). The unit separator U+001F frames the type
/// so that (type, value) pairs cannot collide by shifting characters between them. Thread-safe.
/// </summary>
public sealed class HmacHashOperator : IOperator, IDisposable
{
    /// <summary>Operator name used in policies.</summary>
    public const string OperatorName = "hash";

    /// <summary>Number of hex digits kept from the MAC.</summary>
    public const int HexDigits = 16;

    private readonly byte[] _key;
    private readonly TokenCache _cache;
    private readonly ThreadLocal<IncrementalHash> _hmac;

    /// <summary>Creates the operator with the HMAC key of <paramref name="key"/> (copied).</summary>
    public HmacHashOperator(KeyringKey key, int cacheCapacity = 65_536)
    {
        ArgumentNullException.ThrowIfNull(key);
        _key = key.Hmac.ToArray();
        KeyId = key.Id;
        _cache = new TokenCache(cacheCapacity);
        _hmac = new ThreadLocal<IncrementalHash>(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key), trackAllValues: true);
    }

    /// <inheritdoc />
    public string Name => OperatorName;

    /// <summary>Id of the key generation in use.</summary>
    public string KeyId { get; }

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output) =>
        output.Append(Hash(original, entityType));

    /// <summary>Returns <c>TYPE_</c> + 16 lowercase hex digits for <paramref name="original"/>.</summary>
    public string Hash(ReadOnlySpan<char> original, string entityType)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (_cache.TryGet(entityType, original, out var cached))
        {
            return cached;
        }
        var result = Compute(_hmac.Value!, entityType, original);
        _cache.Add(entityType, original, result);
        return result;
    }

    /// <summary>Zeroes the key copy.</summary>
    public void Dispose()
    {
        foreach (var h in _hmac.Values)
        {
            h.Dispose();
        }
        _hmac.Dispose();
        CryptographicOperations.ZeroMemory(_key);
    }

    internal static string Compute(ReadOnlySpan<byte> key, string entityType, ReadOnlySpan<char> original)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        return Compute(hmac, entityType, original);
    }

    private static string Compute(IncrementalHash hmac, string entityType, ReadOnlySpan<char> original)
    {
        var max = Encoding.UTF8.GetMaxByteCount(entityType.Length + 1 + original.Length);
        var rented = max <= 512 ? null : new byte[max];
        var buffer = rented ?? stackalloc byte[512];
        var n = Encoding.UTF8.GetBytes(entityType, buffer);
        buffer[n++] = 0x1F;
        n += Encoding.UTF8.GetBytes(original, buffer[n..]);
        Span<byte> mac = stackalloc byte[32];
        hmac.AppendData(buffer[..n]);
        hmac.GetHashAndReset(mac);
        buffer[..n].Clear();
        return string.Concat(entityType, "_", Convert.ToHexStringLower(mac[..(HexDigits / 2)]));
    }
}
