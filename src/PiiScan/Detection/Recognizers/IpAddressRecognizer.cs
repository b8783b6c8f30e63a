using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// IPv4 (dotted quad, strict octets without leading zeros) and IPv6 (full, compressed, embedded IPv4),
/// parsed by hand without allocation. The unspecified, loopback and broadcast addresses are skipped, as
/// are dotted numbers glued to letters (<c>v10.0.0.1</c>) or in version context.
/// </summary>
public sealed class IpAddressRecognizer : RecognizerBase
{
    private static readonly SearchValues<char> V4Chars = SearchValues.Create("0123456789.");
    private static readonly SearchValues<char> V6Chars = SearchValues.Create("0123456789abcdefABCDEF:.");

    /// <summary>Creates the recognizer.</summary>
    public IpAddressRecognizer()
        : base("IpAddressRecognizer", EntityTypes.IpAddress, new ContextProfile(["ip", "ip_address", "ipv4", "ipv6", "addr", "address", "host", "client", "remote", "src", "dst", "source", "peer", "forwarded"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        AnalyzeV4(text, context, results);
        AnalyzeV6(text, context, results);
    }

    private void AnalyzeV4(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf('.');
            if (k < 0)
            {
                return;
            }
            int dot = i + k;
            if (dot == 0 || dot + 1 >= text.Length || !TextScan.IsDigit(text[dot - 1]) || !TextScan.IsDigit(text[dot + 1]))
            {
                i = dot + 1;
                continue;
            }
            int start = TextScan.RunStart(text, dot, TextScan.Digits);
            int runEnd = start + TextScan.RunLength(text, start, V4Chars);
            i = runEnd;
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.'))
            {
                continue;
            }
            int len = ParseV4(text[start..runEnd], out uint addr);
            if (len < 0)
            {
                continue;
            }
            int end = start + len;
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                continue;
            }
            if (end + 1 < text.Length && text[end] == '.' && TextScan.IsDigit(text[end + 1]))
            {
                continue;
            }
            if (addr is 0u or 0x7F000001u or 0xFFFFFFFFu)
            {
                continue;
            }
            Report(results, text, context, start, end, EntityTypes.IpAddress, "ipv4", 0.6f);
        }
    }

    /// <summary>Parses a dotted quad at the start of <paramref name="s"/>; returns its length or -1.</summary>
    internal static int ParseV4(ReadOnlySpan<char> s, out uint address)
    {
        address = 0;
        int i = 0;
        for (int octet = 0; octet < 4; octet++)
        {
            if (octet > 0)
            {
                if (i >= s.Length || s[i] != '.')
                {
                    return -1;
                }
                i++;
            }
            int st = i;
            int v = 0;
            while (i < s.Length && TextScan.IsDigit(s[i]) && i - st < 4)
            {
                v = (v * 10) + (s[i] - '0');
                i++;
            }
            int n = i - st;
            if (n == 0 || n > 3 || v > 255 || (n > 1 && s[st] == '0'))
            {
                return -1;
            }
            address = (address << 8) | (uint)v;
        }
        return i;
    }

    private void AnalyzeV6(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf(':');
            if (k < 0)
            {
                return;
            }
            int colon = i + k;
            bool hexBefore = colon > 0 && (TextScan.IsHex(text[colon - 1]) || text[colon - 1] == ':');
            bool hexAfter = colon + 1 < text.Length && (TextScan.IsHex(text[colon + 1]) || text[colon + 1] == ':');
            if (!hexBefore && !hexAfter)
            {
                i = colon + 1; // JSON "key":"value" and similar
                continue;
            }
            int start = TextScan.RunStart(text, colon, V6Chars);
            int end = colon + TextScan.RunLength(text, colon, V6Chars);
            i = end;
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }
            if (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
            {
                continue;
            }
            while (end > start && text[end - 1] == '.')
            {
                end--;
            }
            if (end - start >= 2 && text[end - 1] == ':' && text[end - 2] != ':')
            {
                end--;
            }
            ReadOnlySpan<char> r = text[start..end];
            if (r.Length < 3 || TextScan.CountOf(r, ':') < 2 || !IsValidV6(r))
            {
                continue;
            }
            if (r is "::" or "::1" || r.Equals("0:0:0:0:0:0:0:1", StringComparison.Ordinal) || r.Equals("0:0:0:0:0:0:0:0", StringComparison.Ordinal))
            {
                continue;
            }
            Report(results, text, context, start, end, EntityTypes.IpAddress, "ipv6", 0.7f);
        }
    }

    /// <summary>Strict IPv6 text check: 8 groups, or fewer with exactly one <c>::</c>, optional trailing IPv4.</summary>
    internal static bool IsValidV6(ReadOnlySpan<char> r)
    {
        int dbl = r.IndexOf("::");
        if (dbl >= 0 && r[(dbl + 1)..].IndexOf("::") >= 0)
        {
            return false;
        }
        int groups = 0;
        bool wide = false;
        int i = dbl == 0 ? 2 : 0;
        while (i < r.Length)
        {
            int j = i;
            while (j < r.Length && TextScan.IsHex(r[j]))
            {
                j++;
            }
            if (j < r.Length && r[j] == '.')
            {
                if (ParseV4(r[i..], out _) != r.Length - i)
                {
                    return false;
                }
                groups += 2;
                wide = true;
                break;
            }
            int len = j - i;
            if (len is 0 or > 4)
            {
                return false;
            }
            groups++;
            wide |= len >= 3;
            if (j == r.Length)
            {
                break;
            }
            if (r[j] != ':' || j + 1 == r.Length)
            {
                return false;
            }
            if (r[j + 1] == ':')
            {
                i = j + 2;
                continue;
            }
            i = j + 1;
        }
        if (groups == 0)
        {
            return false;
        }
        // Eight tiny groups without '::' look like hex dumps / MAC-64 more than addresses.
        return dbl >= 0 ? groups <= 7 : groups == 8 && wide;
    }
}
