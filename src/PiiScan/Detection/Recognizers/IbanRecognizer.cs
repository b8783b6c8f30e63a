using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// IBANs: country code + 2 check digits + BBAN, compact or in groups of four separated by single spaces,
/// with the exact per-country length (SWIFT registry) and a valid MOD 97-10 checksum.
/// </summary>
public sealed class IbanRecognizer : RecognizerBase, IDigitRunHandler
{
    private static readonly byte[] Lengths = BuildLengths();

    /// <summary>Creates the recognizer.</summary>
    public IbanRecognizer()
        : base("IbanRecognizer", EntityTypes.IbanCode, new ContextProfile(["iban", "account", "bank", "konto", "sepa"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results) =>
        DigitRunDispatcher.Run(this, text, context, results);

    /// <inheritdoc />
    bool IDigitRunHandler.NeedsUpperCasePrefix => true;

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int d, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        Span<char> buf = stackalloc char[34];
        int i;
        i = tokenEnd;
        // Candidate shape: two upper-case letters then two digits, at a token start.
        if (d < 2 || d + 1 >= text.Length || !TextScan.IsAsciiUpper(text[d - 1]) || !TextScan.IsAsciiUpper(text[d - 2]) || !TextScan.IsDigit(text[d + 1]))
        {
            return i;
        }
        int start = d - 2;
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
        {
            return i;
        }
        int expected = Lengths[((text[start] - 'A') * 26) + (text[start + 1] - 'A')];
        if (expected == 0)
        {
            return i;
        }
        int end = Read(text, start, buf, expected, out int n, out bool grouped);
        if (n != expected || (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_')))
        {
            return i;
        }
        if (Mod97Validator.IsValidIban(buf[..n]))
        {
            Report(results, text, context, start, end, EntityTypes.IbanCode, grouped ? "iban_grouped" : "iban_compact", 0.95f);
            i = end;
        }
        return i;
    }

    /// <summary>Reads up to <paramref name="max"/> IBAN characters, allowing single spaces between groups of four.</summary>
    private static int Read(ReadOnlySpan<char> s, int start, Span<char> buf, int max, out int n, out bool grouped)
    {
        n = 0;
        grouped = false;
        int i = start;
        while (i < s.Length && n < max)
        {
            char c = s[i];
            if (TextScan.IsDigit(c) || TextScan.IsAsciiUpper(c))
            {
                buf[n++] = c;
                i++;
                continue;
            }
            if (c == ' ' && n % 4 == 0 && n > 0 && i + 1 < s.Length && (TextScan.IsDigit(s[i + 1]) || TextScan.IsAsciiUpper(s[i + 1])))
            {
                grouped = true;
                i++;
                continue;
            }
            break;
        }
        return i;
    }

    private static byte[] BuildLengths()
    {
        var table = new Dictionary<string, int>
        {
            ["AD"] = 24,
            ["AE"] = 23,
            ["AL"] = 28,
            ["AT"] = 20,
            ["AZ"] = 28,
            ["BA"] = 20,
            ["BE"] = 16,
            ["BG"] = 22,
            ["BH"] = 22,
            ["BR"] = 29,
            ["BY"] = 28,
            ["CH"] = 21,
            ["CR"] = 22,
            ["CY"] = 28,
            ["CZ"] = 24,
            ["DE"] = 22,
            ["DK"] = 18,
            ["DO"] = 28,
            ["EE"] = 20,
            ["EG"] = 29,
            ["ES"] = 24,
            ["FI"] = 18,
            ["FO"] = 18,
            ["FR"] = 27,
            ["GB"] = 22,
            ["GE"] = 22,
            ["GI"] = 23,
            ["GL"] = 18,
            ["GR"] = 27,
            ["GT"] = 28,
            ["HR"] = 21,
            ["HU"] = 28,
            ["IE"] = 22,
            ["IL"] = 23,
            ["IQ"] = 23,
            ["IS"] = 26,
            ["IT"] = 27,
            ["JO"] = 30,
            ["KW"] = 30,
            ["KZ"] = 20,
            ["LB"] = 28,
            ["LC"] = 32,
            ["LI"] = 21,
            ["LT"] = 20,
            ["LU"] = 20,
            ["LV"] = 21,
            ["LY"] = 25,
            ["MC"] = 27,
            ["MD"] = 24,
            ["ME"] = 22,
            ["MK"] = 19,
            ["MR"] = 27,
            ["MT"] = 31,
            ["MU"] = 30,
            ["NL"] = 18,
            ["NO"] = 15,
            ["PK"] = 24,
            ["PL"] = 28,
            ["PS"] = 29,
            ["PT"] = 25,
            ["QA"] = 29,
            ["RO"] = 24,
            ["RS"] = 22,
            ["SA"] = 24,
            ["SC"] = 31,
            ["SD"] = 18,
            ["SE"] = 24,
            ["SI"] = 19,
            ["SK"] = 24,
            ["SM"] = 27,
            ["ST"] = 25,
            ["SV"] = 28,
            ["TL"] = 23,
            ["TN"] = 24,
            ["TR"] = 26,
            ["UA"] = 29,
            ["VA"] = 22,
            ["VG"] = 24,
            ["XK"] = 20,
        };
        var lengths = new byte[26 * 26];
        foreach (var (country, length) in table)
        {
            lengths[((country[0] - 'A') * 26) + (country[1] - 'A')] = (byte)length;
        }
        return lengths;
    }
}
