using System.Security.Cryptography;
using System.Text;
using PiiScan.Keys;

namespace PiiScan.Dsr;

/// <summary>
/// Keyed subject hashes: hex HMAC-SHA256(key's HMAC key, TYPE + U+001F + normalized value). Without the keyring a
/// hash cannot be linked back to a value or recomputed from a guess. Thread-safe; the key copy is zeroed on dispose.
/// </summary>
public sealed class SubjectHasher : IDisposable
{
    private readonly byte[] _key;

    private SubjectHasher(string keyId, byte[] key)
    {
        KeyId = keyId;
        _key = key;
    }

    /// <summary>Id of the keyring key whose HMAC key is used.</summary>
    public string KeyId { get; }

    /// <summary>Uses the active key of <paramref name="keyring"/>.</summary>
    public static SubjectHasher ForActiveKey(Keyring keyring) => ForKey(keyring, keyring.ActiveKeyId);

    /// <summary>Uses key <paramref name="keyId"/> (e.g. the one recorded in an index manifest).</summary>
    /// <exception cref="PiiScanException">The key id is not in the keyring.</exception>
    public static SubjectHasher ForKey(Keyring keyring, string keyId)
    {
        if (!keyring.TryGetKey(keyId, out var key))
        {
            throw new PiiScanException($"The subject index was built with key {keyId}, which is not in this keyring: pass the keyring used for the scan.");
        }
        return new SubjectHasher(keyId, key.Hmac.ToArray());
    }

    /// <summary>Hash of an already normalized value.</summary>
    public string Hash(string type, string normalized)
    {
        var data = Encoding.UTF8.GetBytes(type + "\u001f" + normalized);
        return Convert.ToHexStringLower(HMACSHA256.HashData(_key, data));
    }

    /// <summary>Normalizes and hashes a value; null when the type is not indexed.</summary>
    public string? HashValue(string type, ReadOnlySpan<char> value, string phoneRegion)
    {
        var n = SubjectNormalizer.Normalize(type, value, phoneRegion);
        return n is null ? null : Hash(type, n);
    }

    /// <inheritdoc />
    public void Dispose() => CryptographicOperations.ZeroMemory(_key);
}
