using PhoneNumbers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Phone numbers, validated with libphonenumber against the configured default region (numbers written with
/// <c>+</c> use their own country). Candidates are found cheaply first — runs of digits, spaces, dashes, dots
/// and parentheses with 7-15 digits — and dates, dotted versions/IPs and bare digit runs without context are
/// dropped before parsing.
/// </summary>
public sealed class PhoneNumberRecognizer : RecognizerBase, IDigitRunHandler
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private readonly string _region;

    /// <summary>Creates the recognizer.</summary>
    /// <param name="defaultRegion">ISO 3166 region for numbers without a country code (e.g. <c>US</c>, <c>GB</c>).</param>
    public PhoneNumberRecognizer(string defaultRegion = "US")
        : base("PhoneNumberRecognizer", EntityTypes.PhoneNumber, new ContextProfile(["phone", "tel", "telephone", "mobile", "cell", "fax", "call", "whatsapp", "sms", "contact", "msisdn", "landline"]))
    {
        _region = string.IsNullOrWhiteSpace(defaultRegion) ? "US" : defaultRegion.Trim().ToUpperInvariant();
    }

    /// <summary>Region used for national numbers.</summary>
    public string DefaultRegion => _region;

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results) =>
        DigitRunDispatcher.Run(this, text, context, results);

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        // A number may open with '+' (country code) or '(' (area code) just before its first digit.
        int start = p > 0 && text[p - 1] is '+' or '(' ? p - 1 : p;
        int i;
        char first = text[start];
        if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '.' or '-' or '/' or ':' or '+'))
        {
            i = start == p ? tokenEnd : p;
            return i;
        }
        int end = Scan(text, start, out int digits, out int groups, out char sep, out bool dotted, out bool badSep);
        i = Math.Max(end, start + 1);
        if (first is '+' or '(' && (end - start < 2 || !TextScan.IsDigit(text[start + 1]) && first == '+'))
        {
            return i;
        }
        if (badSep || digits is < 7 or > 15 || !TextScan.CleanNumberEnd(text, end))
        {
            return i;
        }
        ReadOnlySpan<char> cand = text[start..end];
        if (dotted && !IsDottedPhone(cand))
        {
            return i;
        }
        if (LooksLikeDate(cand))
        {
            return i;
        }
        bool international = first == '+';
        bool compact = groups == 1 && first != '(';
        if (compact && !international && Context.Evaluate(text, start, context) != ContextSignal.Positive)
        {
            return i;
        }
        if (!IsValid(cand))
        {
            return i;
        }
        string pattern = international ? "international" : compact ? "national_compact" : "national_formatted";
        float score = international ? 0.75f : compact ? 0.4f : 0.6f;
        Report(results, text, context, start, end, EntityTypes.PhoneNumber, pattern, score);
        return i;
    }

    private bool IsValid(ReadOnlySpan<char> cand)
    {
        try
        {
            var number = Util.Parse(cand.ToString(), _region);
            return Util.IsValidNumber(number);
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Scans a phone-shaped run; returns its end (trailing separators trimmed).</summary>
    private static int Scan(ReadOnlySpan<char> s, int start, out int digits, out int groups, out char sep, out bool dotted, out bool badSep)
    {
        digits = 0;
        groups = 0;
        sep = '\0';
        dotted = false;
        badSep = false;
        int i = start;
        int lastDigitEnd = start;
        bool inGroup = false;
        bool openParen = false;
        if (s[i] == '+')
        {
            i++;
        }
        while (i < s.Length && i - start < 28)
        {
            char c = s[i];
            if (TextScan.IsDigit(c))
            {
                if (!inGroup)
                {
                    groups++;
                    inGroup = true;
                }
                digits++;
                i++;
                lastDigitEnd = i;
                continue;
            }
            inGroup = false;
            if (c == '(' && !openParen && i + 1 < s.Length && TextScan.IsDigit(s[i + 1]))
            {
                openParen = true;
                i++;
                continue;
            }
            if (c == ')' && openParen)
            {
                openParen = false;
                i++;
                lastDigitEnd = i;
                if (i < s.Length && s[i] is ' ' or '-' or '.')
                {
                    i++;
                }
                continue;
            }
            if (c is ' ' or '-' or '.' && i + 1 < s.Length && (TextScan.IsDigit(s[i + 1]) || (s[i + 1] == '(' && i + 2 < s.Length && TextScan.IsDigit(s[i + 2]))))
            {
                if (i > start && s[i - 1] is ' ' or '-' or '.')
                {
                    badSep = true;
                }
                dotted |= c == '.';
                if (c != ' ' && sep != '\0' && sep != ' ' && sep != c)
                {
                    badSep = true; // mixed dash/dot
                }
                if (c != ' ')
                {
                    sep = c;
                }
                i++;
                continue;
            }
            break;
        }
        if (openParen)
        {
            badSep = true;
        }
        return lastDigitEnd;
    }

    /// <summary>Dotted numbers are phones only as <c>ddd.ddd.dddd</c> (optionally after <c>+cc</c>); otherwise versions, IPs or decimals.</summary>
    private static bool IsDottedPhone(ReadOnlySpan<char> c)
    {
        if (c[0] == '+')
        {
            return true;
        }
        return c.Length == 12 && c[3] == '.' && c[7] == '.';
    }

    /// <summary>yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy style shapes.</summary>
    private static bool LooksLikeDate(ReadOnlySpan<char> c)
    {
        if (c.Length == 10 && c[4] is '-' or '.' or ' ' && c[7] == c[4])
        {
            return true;
        }
        return c.Length == 10 && c[2] is '-' or '.' or ' ' && c[5] == c[2];
    }
}
