using System.Buffers.Text;
using System.Text.RegularExpressions;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// The text form of a pseudonym: <c>[[TYPE:KEYID:PAYLOAD]]</c> where TYPE is the entity type
/// (<c>[A-Z][A-Z0-9_]{0,63}</c>), KEYID the 8-hex-digit key id and PAYLOAD base64url without padding of
/// AES-SIV output (16-byte SIV followed by the ciphertext), i.e. at least 22 characters.
/// </summary>
public static partial class PseudonymToken
{
    /// <summary>Regular expression matching one token; groups <c>type</c>, <c>key</c>, <c>payload</c>.</summary>
    public const string Pattern = @"\[\[(?<type>[A-Z][A-Z0-9_]{0,63}):(?<key>[0-9a-f]{8}):(?<payload>[A-Za-z0-9_-]{22,})\]\]";

    /// <summary>Compiled <see cref="Pattern"/>.</summary>
    public static Regex Regex => TokenRegex();

    /// <summary>True when <paramref name="type"/> can appear in a token (<c>[A-Z][A-Z0-9_]{0,63}</c>).</summary>
    public static bool IsValidType(ReadOnlySpan<char> type)
    {
        if (type.Length is 0 or > 64 || !char.IsAsciiLetterUpper(type[0]))
        {
            return false;
        }
        foreach (var c in type)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Formats a token from its parts.</summary>
    public static string Format(string type, string keyId, ReadOnlySpan<byte> sivAndCiphertext) =>
        string.Concat("[[", type, ":", keyId, ":", Base64Url.EncodeToString(sivAndCiphertext), "]]");

    /// <summary>Splits a whole token into its parts; false when <paramref name="token"/> is not exactly one token.</summary>
    public static bool TryParse(ReadOnlySpan<char> token, out string type, out string keyId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? sivAndCiphertext)
    {
        type = keyId = string.Empty;
        sivAndCiphertext = null;
        var m = TokenRegex().Match(token.ToString());
        if (!m.Success || m.Index != 0 || m.Length != token.Length)
        {
            return false;
        }
        return TryParse(m, out type, out keyId, out sivAndCiphertext);
    }

    internal static bool TryParse(Match m, out string type, out string keyId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out byte[]? sivAndCiphertext)
    {
        type = m.Groups["type"].Value;
        keyId = m.Groups["key"].Value;
        var payload = m.Groups["payload"].ValueSpan;
        sivAndCiphertext = new byte[Base64Url.GetMaxDecodedLength(payload.Length)];
        if (Base64Url.DecodeFromChars(payload, sivAndCiphertext, out _, out var written) != System.Buffers.OperationStatus.Done ||
            written < AesSiv.SivLength)
        {
            sivAndCiphertext = null;
            return false;
        }
        if (written != sivAndCiphertext.Length)
        {
            Array.Resize(ref sivAndCiphertext, written);
        }
        return true;
    }

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex TokenRegex();
}
