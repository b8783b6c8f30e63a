using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// MAC addresses: six hex pairs separated by one consistent <c>:</c> or <c>-</c>, or Cisco <c>xxxx.xxxx.xxxx</c>.
/// The all-zero and broadcast addresses are skipped.
/// </summary>
public sealed class MacAddressRecognizer : RecognizerBase
{
    /// <summary>Creates the recognizer.</summary>
    public MacAddressRecognizer()
        : base("MacAddressRecognizer", EntityTypes.MacAddress, new ContextProfile(["mac", "mac address", "hwaddr", "ether", "bssid", "wifi", "device"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(':', '-', '.');
            if (k < 0)
            {
                return;
            }
            int p = i + k;
            i = p + 1;
            char sep = text[p];
            int start = sep == '.' ? p - 4 : p - 2;
            if (start < 0 || (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == sep)))
            {
                continue;
            }
            int len = sep == '.' ? MatchCisco(text, start) : MatchColon(text, start, sep);
            if (len <= 0)
            {
                continue;
            }
            int end = start + len;
            if (end < text.Length && (TextScan.IsAsciiLetterOrDigit(text[end]) || (text[end] == sep && end + 1 < text.Length && TextScan.IsHex(text[end + 1]))))
            {
                continue;
            }
            ReadOnlySpan<char> mac = text[start..end];
            if (mac.IndexOfAnyExcept(['0', sep]) < 0 || mac.IndexOfAnyExcept(['f', 'F', sep]) < 0)
            {
                i = end;
                continue;
            }
            // Cisco groups of digits only (1234.5678.9012) are numbers unless MAC context says otherwise.
            bool digitsOnly = sep == '.' && mac.IndexOfAny(TextScan.LowerHexLetters) < 0 && mac.IndexOfAny(TextScan.UpperHexLetters) < 0;
            Report(results, text, context, start, end, EntityTypes.MacAddress, sep == '.' ? "mac_cisco" : "mac_pairs", 0.6f, digitsOnly ? ContextRequirement.Required : ContextRequirement.Optional);
            i = end;
        }
    }

    private static int MatchColon(ReadOnlySpan<char> s, int start, char sep)
    {
        if (start + 17 > s.Length)
        {
            return 0;
        }
        for (int g = 0; g < 6; g++)
        {
            int o = start + (g * 3);
            if (!TextScan.IsHex(s[o]) || !TextScan.IsHex(s[o + 1]) || (g < 5 && s[o + 2] != sep))
            {
                return 0;
            }
        }
        return 17;
    }

    private static int MatchCisco(ReadOnlySpan<char> s, int start)
    {
        if (start + 14 > s.Length)
        {
            return 0;
        }
        for (int g = 0; g < 3; g++)
        {
            int o = start + (g * 5);
            for (int j = 0; j < 4; j++)
            {
                if (!TextScan.IsHex(s[o + j]))
                {
                    return 0;
                }
            }
            if (g < 2 && s[o + 4] != '.')
            {
                return 0;
            }
        }
        return 14;
    }
}
