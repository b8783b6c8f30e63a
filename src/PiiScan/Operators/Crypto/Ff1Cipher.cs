using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Fpe;
using Org.BouncyCastle.Crypto.Parameters;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// Thin wrapper over BouncyCastle's NIST SP 800-38G FF1 engine (<see cref="FpeFf1Engine"/>) with AES. Symbols are
/// bytes holding digit values 0..radix-1. Thread-safe: a fresh engine is initialised per call.
/// </summary>
internal sealed class Ff1Cipher : IDisposable
{
    private readonly byte[] _key;

    public Ff1Cipher(ReadOnlySpan<byte> key, int radix)
    {
        if (key.Length is not (16 or 24 or 32))
        {
            throw new ArgumentException($"FF1 key must be 16, 24 or 32 bytes, got {key.Length}", nameof(key));
        }
        if (radix is < 2 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(radix), radix, "radix must be 2..256");
        }
        _key = key.ToArray();
        Radix = radix;
        var min = 1;
        for (double domain = radix; domain < 1_000_000; domain *= radix)
        {
            min++;
        }
        MinLength = Math.Max(2, min);
    }

    public int Radix { get; }

    /// <summary>Smallest message length allowed by SP 800-38G: radix^minlen ≥ 1,000,000 (6 for radix 10).</summary>
    public int MinLength { get; }

    public byte[] Encrypt(byte[] tweak, byte[] symbols) => Process(true, tweak, symbols);

    public byte[] Decrypt(byte[] tweak, byte[] symbols) => Process(false, tweak, symbols);

    public void Dispose() => CryptographicOperations.ZeroMemory(_key);

    private byte[] Process(bool encrypt, byte[] tweak, byte[] symbols)
    {
        if (symbols.Length < MinLength)
        {
            throw new ArgumentException($"FF1 input must have at least {MinLength} symbols for radix {Radix}", nameof(symbols));
        }
        var engine = new FpeFf1Engine(AesUtilities.CreateEngine());
        engine.Init(encrypt, new FpeParameters(new KeyParameter(_key), Radix, tweak));
        var output = new byte[symbols.Length];
        engine.ProcessBlock(symbols, 0, symbols.Length, output, 0);
        return output;
    }
}
