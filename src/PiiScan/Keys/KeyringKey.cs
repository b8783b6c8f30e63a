using System.Security.Cryptography;

namespace PiiScan.Keys;

/// <summary>
/// One generation of keys in a <see cref="Keyring"/>: an AES-SIV key (64 bytes), an FF1 key (32 bytes) and an
/// HMAC-SHA256 key (32 bytes) under one 8-hex-digit id. Key bytes are only reachable inside the library and are
/// zeroed on <see cref="Dispose"/>; <see cref="ToString"/> shows the id and creation time only.
/// </summary>
public sealed class KeyringKey : IDisposable
{
    /// <summary>AES-SIV key length in bytes (AES-256: 256-bit S2V/CMAC key followed by 256-bit CTR key).</summary>
    public const int SivKeyLength = 64;

    /// <summary>FF1 (AES-256) key length in bytes.</summary>
    public const int FpeKeyLength = 32;

    /// <summary>HMAC-SHA256 key length in bytes.</summary>
    public const int HmacKeyLength = 32;

    private readonly byte[] _siv;
    private readonly byte[] _fpe;
    private readonly byte[] _hmac;
    private bool _disposed;

    internal KeyringKey(string id, DateTimeOffset created, byte[] siv, byte[] fpe, byte[] hmac)
    {
        if (!Keyring.IsValidKeyId(id))
        {
            throw new KeyringException($"key id '{id}' is not 8 lowercase hex characters");
        }
        CheckLength(id, "siv", siv, SivKeyLength);
        CheckLength(id, "fpe", fpe, FpeKeyLength);
        CheckLength(id, "hmac", hmac, HmacKeyLength);
        Id = id;
        Created = created;
        _siv = siv;
        _fpe = fpe;
        _hmac = hmac;
    }

    /// <summary>Key id: 8 lowercase hex characters; appears in pseudonymization tokens.</summary>
    public string Id { get; }

    /// <summary>Creation time (UTC).</summary>
    public DateTimeOffset Created { get; }

    internal ReadOnlySpan<byte> Siv => Live(_siv);

    internal ReadOnlySpan<byte> Fpe => Live(_fpe);

    internal ReadOnlySpan<byte> Hmac => Live(_hmac);

    /// <summary>Creates a key generation with a random id and random key bytes from the OS CSPRNG.</summary>
    internal static KeyringKey Generate(DateTimeOffset created)
    {
        Span<byte> idBytes = stackalloc byte[4];
        RandomNumberGenerator.Fill(idBytes);
        var id = Convert.ToHexStringLower(idBytes);
        return new KeyringKey(
            id,
            created,
            RandomNumberGenerator.GetBytes(SivKeyLength),
            RandomNumberGenerator.GetBytes(FpeKeyLength),
            RandomNumberGenerator.GetBytes(HmacKeyLength));
    }

    /// <summary>Describes the key generation without key material.</summary>
    public override string ToString() => $"KeyringKey(id={Id}, created={Created:yyyy-MM-ddTHH:mm:ssZ})";

    /// <summary>Zeroes the key bytes held by this object.</summary>
    public void Dispose()
    {
        _disposed = true;
        CryptographicOperations.ZeroMemory(_siv);
        CryptographicOperations.ZeroMemory(_fpe);
        CryptographicOperations.ZeroMemory(_hmac);
    }

    private ReadOnlySpan<byte> Live(byte[] key)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return key;
    }

    private static void CheckLength(string id, string field, byte[] value, int expected)
    {
        if (value.Length != expected)
        {
            var got = value.Length;
            CryptographicOperations.ZeroMemory(value);
            throw new KeyringException($"key '{id}': field '{field}' must decode to {expected} bytes, got {got}");
        }
    }
}
