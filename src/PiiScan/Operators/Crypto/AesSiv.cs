using System.Security.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// Deterministic AES-SIV authenticated encryption per RFC 5297. The key is split in half: the first half is the
/// S2V/CMAC key K1, the second half the CTR key K2 (32-byte key = AES-128, 48 = AES-192, 64 = AES-256), exactly as
/// RFC 5297 and Python <c>cryptography</c>'s <c>AESSIV</c>. CMAC is BouncyCastle's <c>CMac</c> over AES; CTR
/// encrypts counter blocks with .NET <see cref="Aes"/> in ECB mode, after clearing bits 31 and 63 of the counter.
/// Output is SIV (16 bytes) followed by the ciphertext (same length as the plaintext). Thread-safe: each thread
/// uses its own CMAC/AES state.
/// </summary>
public sealed class AesSiv : IDisposable
{
    /// <summary>Length of the synthetic IV (the tag) in bytes.</summary>
    public const int SivLength = 16;

    private const int Block = 16;
    private readonly byte[] _k1;
    private readonly byte[] _k2;
    private readonly ThreadLocal<State> _state;
    private bool _disposed;

    /// <summary>Creates an AES-SIV instance from a 32-, 48- or 64-byte key (the key bytes are copied).</summary>
    public AesSiv(ReadOnlySpan<byte> key)
    {
        if (key.Length is not (32 or 48 or 64))
        {
            throw new ArgumentException($"AES-SIV key must be 32, 48 or 64 bytes, got {key.Length}", nameof(key));
        }
        var half = key.Length / 2;
        _k1 = key[..half].ToArray();
        _k2 = key[half..].ToArray();
        _state = new ThreadLocal<State>(() => new State(_k1, _k2), trackAllValues: true);
    }

    /// <summary>Encrypts <paramref name="plaintext"/> with one associated-data component; returns SIV || ciphertext.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        var output = new byte[SivLength + plaintext.Length];
        var s = GetState();
        Span<byte> v = output.AsSpan(0, SivLength);
        s.BeginS2V();
        s.AddComponent(associatedData);
        s.FinishS2V(plaintext, v);
        s.Ctr(v, plaintext, output.AsSpan(SivLength));
        return output;
    }

    /// <summary>Encrypts with any number of associated-data components (vector S2V); returns SIV || ciphertext.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plaintext, IReadOnlyList<byte[]> associatedData)
    {
        ArgumentNullException.ThrowIfNull(associatedData);
        var output = new byte[SivLength + plaintext.Length];
        var s = GetState();
        Span<byte> v = output.AsSpan(0, SivLength);
        s.BeginS2V();
        foreach (var ad in associatedData)
        {
            s.AddComponent(ad);
        }
        s.FinishS2V(plaintext, v);
        s.Ctr(v, plaintext, output.AsSpan(SivLength));
        return output;
    }

    /// <summary>Decrypts SIV || ciphertext with one associated-data component; false when it does not authenticate.</summary>
    public bool TryDecrypt(ReadOnlySpan<byte> sivAndCiphertext, ReadOnlySpan<byte> associatedData, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? plaintext)
    {
        if (sivAndCiphertext.Length < SivLength)
        {
            plaintext = null;
            return false;
        }
        var s = GetState();
        var v = sivAndCiphertext[..SivLength];
        var p = new byte[sivAndCiphertext.Length - SivLength];
        s.Ctr(v, sivAndCiphertext[SivLength..], p);
        Span<byte> t = stackalloc byte[SivLength];
        s.BeginS2V();
        s.AddComponent(associatedData);
        s.FinishS2V(p, t);
        return Verify(v, t, p, out plaintext);
    }

    /// <summary>Decrypts SIV || ciphertext with any number of associated-data components; false when it does not authenticate.</summary>
    public bool TryDecrypt(ReadOnlySpan<byte> sivAndCiphertext, IReadOnlyList<byte[]> associatedData, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? plaintext)
    {
        ArgumentNullException.ThrowIfNull(associatedData);
        if (sivAndCiphertext.Length < SivLength)
        {
            plaintext = null;
            return false;
        }
        var s = GetState();
        var v = sivAndCiphertext[..SivLength];
        var p = new byte[sivAndCiphertext.Length - SivLength];
        s.Ctr(v, sivAndCiphertext[SivLength..], p);
        Span<byte> t = stackalloc byte[SivLength];
        s.BeginS2V();
        foreach (var ad in associatedData)
        {
            s.AddComponent(ad);
        }
        s.FinishS2V(p, t);
        return Verify(v, t, p, out plaintext);
    }

    /// <summary>Zeroes the key copies and releases per-thread cipher state.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        foreach (var s in _state.Values)
        {
            s.Dispose();
        }
        _state.Dispose();
        CryptographicOperations.ZeroMemory(_k1);
        CryptographicOperations.ZeroMemory(_k2);
    }

    private static bool Verify(ReadOnlySpan<byte> v, ReadOnlySpan<byte> t, byte[] p, out byte[]? plaintext)
    {
        if (CryptographicOperations.FixedTimeEquals(v, t))
        {
            plaintext = p;
            return true;
        }
        CryptographicOperations.ZeroMemory(p);
        plaintext = null;
        return false;
    }

    private State GetState()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return _state.Value!;
    }

    /// <summary>Per-thread CMAC (K1) and AES-ECB (K2) state plus the running S2V accumulator D.</summary>
    private sealed class State : IDisposable
    {
        private readonly IMac _cmac;
        private readonly Aes _aes;
        private readonly ICryptoTransform _ecb;
        private byte[] _counters = new byte[16 * Block];
        private readonly byte[] _d = new byte[Block];
        private readonly byte[] _tmp = new byte[Block];

        public State(byte[] k1, byte[] k2)
        {
            _cmac = new CMac(AesUtilities.CreateEngine());
            _cmac.Init(new KeyParameter(k1));
            _aes = Aes.Create();
            _aes.Key = k2;
            _aes.Mode = CipherMode.ECB;
            _aes.Padding = PaddingMode.None;
            _ecb = _aes.CreateEncryptor();
        }

        /// <summary>D = CMAC(K1, &lt;zero&gt;).</summary>
        public void BeginS2V()
        {
            Span<byte> zero = stackalloc byte[Block];
            zero.Clear();
            Mac(zero, _d);
        }

        /// <summary>D = dbl(D) xor CMAC(K1, Si).</summary>
        public void AddComponent(ReadOnlySpan<byte> s)
        {
            Dbl(_d);
            Mac(s, _tmp);
            Xor(_d, _tmp);
        }

        /// <summary>Final S2V step over the plaintext Sn; writes V to <paramref name="v"/>.</summary>
        public void FinishS2V(ReadOnlySpan<byte> sn, Span<byte> v)
        {
            if (sn.Length >= Block)
            {
                // T = Sn xorend D: CMAC over Sn with its last 16 bytes xored with D.
                _cmac.BlockUpdate(sn[..^Block]);
                sn[^Block..].CopyTo(_tmp);
                Xor(_tmp, _d);
                _cmac.BlockUpdate(_tmp);
                _cmac.DoFinal(v);
            }
            else
            {
                // T = dbl(D) xor pad(Sn), pad = Sn || 0x80 || 0...
                Dbl(_d);
                _tmp.AsSpan().Clear();
                sn.CopyTo(_tmp);
                _tmp[sn.Length] = 0x80;
                Xor(_tmp, _d);
                Mac(_tmp, v);
            }
            _d.AsSpan().Clear();
            _tmp.AsSpan().Clear();
        }

        /// <summary>CTR mode with initial counter Q = V with bits 31 and 63 (from the right) cleared.</summary>
        public void Ctr(ReadOnlySpan<byte> v, ReadOnlySpan<byte> input, Span<byte> output)
        {
            if (input.IsEmpty)
            {
                return;
            }
            var blocks = (input.Length + Block - 1) / Block;
            var bytes = blocks * Block;
            if (_counters.Length < bytes)
            {
                CryptographicOperations.ZeroMemory(_counters);
                _counters = new byte[Math.Max(bytes, _counters.Length * 2)];
            }
            var counters = _counters;
            Span<byte> q = stackalloc byte[Block];
            v.CopyTo(q);
            q[8] &= 0x7F;
            q[12] &= 0x7F;
            for (var i = 0; i < blocks; i++)
            {
                q.CopyTo(counters.AsSpan(i * Block, Block));
                Increment(q);
            }
            // AES-ECB of the counter blocks = the CTR key stream (the reusable transform keeps no state in ECB mode).
            _ecb.TransformBlock(counters, 0, bytes, counters, 0);
            for (var i = 0; i < input.Length; i++)
            {
                output[i] = (byte)(input[i] ^ counters[i]);
            }
            counters.AsSpan(0, bytes).Clear();
        }

        public void Dispose()
        {
            _ecb.Dispose();
            _aes.Dispose();
            _cmac.Reset();
            CryptographicOperations.ZeroMemory(_counters);
        }

        private void Mac(ReadOnlySpan<byte> data, Span<byte> output)
        {
            _cmac.BlockUpdate(data);
            _cmac.DoFinal(output);
        }

        private static void Dbl(Span<byte> b)
        {
            var carry = b[0] >> 7;
            for (var i = 0; i < Block - 1; i++)
            {
                b[i] = (byte)((b[i] << 1) | (b[i + 1] >> 7));
            }
            b[Block - 1] = (byte)((b[Block - 1] << 1) ^ (0x87 & -carry));
        }

        private static void Xor(Span<byte> a, ReadOnlySpan<byte> b)
        {
            for (var i = 0; i < Block; i++)
            {
                a[i] ^= b[i];
            }
        }

        private static void Increment(Span<byte> q)
        {
            for (var i = Block - 1; i >= 0; i--)
            {
                if (++q[i] != 0)
                {
                    break;
                }
            }
        }
    }
}
