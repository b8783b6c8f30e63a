using System.Buffers;
using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Cryptocurrency addresses: Bitcoin base58check P2PKH (<c>1…</c>) / P2SH (<c>3…</c>) with the double-SHA-256 checksum,
/// Bitcoin segwit <c>bc1…</c> with the bech32/bech32m checksum, and Ethereum <c>0x</c> + 40 hex (EIP-55 checksum
/// enforced when mixed case).
/// </summary>
public sealed class CryptoWalletRecognizer : RecognizerBase, IDigitRunHandler
{
    private static readonly SearchValues<char> Base58 = SearchValues.Create("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz");
    private static readonly SearchValues<char> Bech32Chars = SearchValues.Create("qpzry9x8gf2tvdw0s3jn54khce6mua7lQPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L");
    private static readonly SearchValues<string> Bech32Prefix = SearchValues.Create(["bc1"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the recognizer.</summary>
    public CryptoWalletRecognizer()
        : base("CryptoWalletRecognizer", EntityTypes.CryptoWallet, new ContextProfile(["wallet", "btc", "bitcoin", "eth", "ethereum", "address", "crypto", "send to"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        ((IDigitRunHandler)this).AnalyzeNonDigit(text, context, results);
        DigitRunDispatcher.Run(this, text, context, results);
    }

    /// <summary>Bech32 addresses start with a letter, so they are found outside the digit-run pass.</summary>
    void IDigitRunHandler.AnalyzeNonDigit(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int b = 0;
        while (b < text.Length)
        {
            int k = text[b..].IndexOfAny(Bech32Prefix);
            if (k < 0)
            {
                return;
            }
            int start = b + k;
            b = start + 3;
            if (start == 0 || !(char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-' or '/'))
            {
                b = Math.Max(b, TryBech32(text, start, context, results));
            }
        }
    }

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        char c = text[p];
        if (c is not ('0' or '1' or '3'))
        {
            return tokenEnd; // a later '0'/'1'/'3' in this token would be glued to it
        }
        if (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is '_' or '.' or '-' or '/' or ':' or ','))
        {
            return tokenEnd;
        }
        return c == '0' ? TryEthereum(text, p, context, results) : TryBase58(text, p, context, results);
    }

    private int TryBase58(ReadOnlySpan<char> text, int start, in FieldContext context, List<Detection> results)
    {
        // Scalar pre-check: ordinary numbers stop being base58 (space, punctuation, '0') long before 26 characters.
        int limit = Math.Min(text.Length, start + 26);
        for (int j = start + 1; j < limit; j++)
        {
            if (!Base58.Contains(text[j]))
            {
                return j;
            }
        }
        int run = TextScan.RunLength(text, start, Base58);
        int end = start + run;
        if (run is < 26 or > 35 || !TextScan.NotWordAt(text, end))
        {
            return end;
        }
        int version = Base58CheckValidator.DecodeAddressVersion(text.Slice(start, run));
        if ((version == 0 && text[start] == '1') || (version == 5 && text[start] == '3'))
        {
            Report(results, text, context, start, end, EntityTypes.CryptoWallet, version == 0 ? "btc_p2pkh" : "btc_p2sh", 0.95f);
        }
        return end;
    }

    private int TryBech32(ReadOnlySpan<char> text, int start, in FieldContext context, List<Detection> results)
    {
        if (start + 3 >= text.Length || (text[start + 1] | 0x20) != 'c' || text[start + 2] != '1')
        {
            return start + 1;
        }
        int run = TextScan.RunLength(text, start + 3, Bech32Chars);
        int end = start + 3 + run;
        int total = end - start;
        if ((total is 42 or 62) && TextScan.NotWordAt(text, end) && Bech32Validator.IsValidSegwit(text[start..end], "bc"))
        {
            Report(results, text, context, start, end, EntityTypes.CryptoWallet, "btc_bech32", 0.95f);
        }
        return end;
    }

    private int TryEthereum(ReadOnlySpan<char> text, int start, in FieldContext context, List<Detection> results)
    {
        if (start + 2 >= text.Length || text[start + 1] != 'x')
        {
            return start + 1;
        }
        int run = TextScan.RunLength(text, start + 2, TextScan.HexDigits);
        int end = start + 2 + run;
        if (run != 40 || !TextScan.NotWordAt(text, end))
        {
            return end;
        }
        ReadOnlySpan<char> hex = text.Slice(start + 2, 40);
        bool hasLower = hex.IndexOfAny(TextScan.LowerHexLetters) >= 0;
        bool hasUpper = hex.IndexOfAny(TextScan.UpperHexLetters) >= 0;
        if (hasLower && hasUpper)
        {
            if (Eip55Ok(hex))
            {
                Report(results, text, context, start, end, EntityTypes.CryptoWallet, "eth_eip55", 0.95f);
            }
        }
        else
        {
            Report(results, text, context, start, end, EntityTypes.CryptoWallet, "eth", 0.6f);
        }
        return end;
    }

    /// <summary>EIP-55: a letter is upper case iff the matching nibble of keccak256(lower-case hex) is at least 8.</summary>
    internal static bool Eip55Ok(ReadOnlySpan<char> hex)
    {
        Span<byte> lower = stackalloc byte[40];
        for (int i = 0; i < 40; i++)
        {
            lower[i] = (byte)(hex[i] | 0x20);
        }
        Span<byte> hash = stackalloc byte[32];
        Keccak256.Hash(lower, hash);
        for (int i = 0; i < 40; i++)
        {
            char ch = hex[i];
            if (ch <= '9')
            {
                continue;
            }
            int nibble = (i & 1) == 0 ? hash[i >> 1] >> 4 : hash[i >> 1] & 0xF;
            bool upper = ch <= 'F';
            if (upper != (nibble >= 8))
            {
                return false;
            }
        }
        return true;
    }
}
