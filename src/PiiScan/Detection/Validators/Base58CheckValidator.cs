using System.Security.Cryptography;

namespace PiiScan.Detection.Validators;

/// <summary>Base58Check (Bitcoin alphabet) decoding with a double-SHA-256 checksum.</summary>
public static class Base58CheckValidator
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    /// <summary>
    /// Decodes <paramref name="text"/> into exactly 25 bytes (version + 20-byte hash + 4-byte checksum) and checks the
    /// checksum; returns the version byte, or -1 when invalid.
    /// </summary>
    public static int DecodeAddressVersion(ReadOnlySpan<char> text)
    {
        Span<byte> bytes = stackalloc byte[25];
        bytes.Clear();
        foreach (char ch in text)
        {
            int carry = Alphabet.IndexOf(ch);
            if (carry < 0)
            {
                return -1;
            }
            for (int i = 24; i >= 0; i--)
            {
                carry += 58 * bytes[i];
                bytes[i] = (byte)carry;
                carry >>= 8;
            }
            if (carry != 0)
            {
                return -1; // more than 25 bytes
            }
        }
        int leadingOnes = 0;
        while (leadingOnes < text.Length && text[leadingOnes] == '1')
        {
            leadingOnes++;
        }
        int leadingZeros = 0;
        while (leadingZeros < 25 && bytes[leadingZeros] == 0)
        {
            leadingZeros++;
        }
        if (leadingZeros != leadingOnes)
        {
            return -1;
        }
        Span<byte> h1 = stackalloc byte[32];
        Span<byte> h2 = stackalloc byte[32];
        SHA256.HashData(bytes[..21], h1);
        SHA256.HashData(h1, h2);
        return h2[..4].SequenceEqual(bytes[21..]) ? bytes[0] : -1;
    }
}
