using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// E-mail addresses: a practical RFC 5322 dot-atom subset (plus-addressing included), domains of at least
/// two labels (Unicode IDN labels and punycode allowed) and an alphabetic TLD that is not a file extension.
/// Found from each <c>@</c>, validated by scanning outwards.
/// </summary>
public sealed class EmailRecognizer : RecognizerBase
{
    private static readonly string[] FileExtensions =
    [
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "css", "js", "ts", "json", "txt", "log", "html", "htm",
        "xml", "yml", "yaml", "md", "tar", "gz", "zip", "exe", "dll", "so", "py", "rb", "java", "cs", "go", "rs", "lock",
    ];

    /// <summary>Creates the recognizer.</summary>
    public EmailRecognizer()
        : base("EmailRecognizer", EntityTypes.EmailAddress, new ContextProfile(["email", "e-mail", "mail", "contact", "user", "to", "from", "cc"], negativeWords: []))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf('@');
            if (k < 0)
            {
                return;
            }
            int at = i + k;
            i = at + 1;
            int start = LocalStart(text, at);
            if (start < 0 || InUrlUserInfo(text, start))
            {
                continue;
            }
            int end = DomainEnd(text, at + 1);
            if (end < 0)
            {
                continue;
            }
            Report(results, text, context, start, end, EntityTypes.EmailAddress, "email", 0.9f);
            i = end;
        }
    }

    /// <summary>
    /// True when <paramref name="start"/> lies in the userinfo of a URL (<c>scheme://user:pass@host</c>): the part before
    /// the '@' is credentials (reported by the URL recognizer as a password), not an address. A mailbox in a URL's path or
    /// query (<c>?email=a@example.com</c>) is still one.
    /// </summary>
    private static bool InUrlUserInfo(ReadOnlySpan<char> s, int start)
    {
        int j = start;
        while (j > 0 && !(char.IsWhiteSpace(s[j - 1]) || s[j - 1] is '"' or '\'' or '<' or '>' or '(' or ')' or '[' or ']' or '{' or '}' or '/' or '?' or '#' or '@'))
        {
            j--;
        }
        return j >= 3 && s[j - 1] == '/' && s[j - 2] == '/' && s[j - 3] == ':';
    }

    private static bool IsLocalChar(char c) =>
        TextScan.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\''
        || (c > 0x7f && char.IsLetterOrDigit(c));

    private static int LocalStart(ReadOnlySpan<char> s, int at)
    {
        int j = at;
        while (j > 0 && IsLocalChar(s[j - 1]) && at - j < 64)
        {
            j--;
        }
        if (j > 0 && IsLocalChar(s[j - 1]))
        {
            return -1; // local part longer than 64
        }
        // Quote-like punctuation at the start is not part of the address ('x@y.com').
        while (j < at && s[j] is '.' or '\'')
        {
            j++;
        }
        if (j == at || s[at - 1] == '.')
        {
            return -1;
        }
        for (int x = j + 1; x < at; x++)
        {
            if (s[x] == '.' && s[x - 1] == '.')
            {
                return -1;
            }
        }
        return j;
    }

    private static bool IsLabelChar(char c) => TextScan.IsAsciiLetterOrDigit(c) || c == '-' || (c > 0x7f && char.IsLetterOrDigit(c));

    /// <summary>Returns the end of a valid domain starting at <paramref name="start"/>, or -1.</summary>
    private static int DomainEnd(ReadOnlySpan<char> s, int start)
    {
        int i = start;
        int labels = 0;
        int lastLabelStart = start;
        int end = -1;
        while (i < s.Length)
        {
            int ls = i;
            while (i < s.Length && IsLabelChar(s[i]))
            {
                i++;
            }
            int len = i - ls;
            if (len == 0 || len > 63 || s[ls] == '-' || s[i - 1] == '-')
            {
                break;
            }
            labels++;
            lastLabelStart = ls;
            end = i;
            if (i + 1 < s.Length && s[i] == '.' && IsLabelChar(s[i + 1]))
            {
                i++;
                continue;
            }
            break;
        }
        if (labels < 2 || end - start > 253)
        {
            return -1;
        }
        if (end < s.Length && (s[end] == '@' || s[end] == '_'))
        {
            return -1;
        }
        return TldOk(s[lastLabelStart..end]) ? end : -1;
    }

    private static bool TldOk(ReadOnlySpan<char> tld)
    {
        if (tld.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return tld.Length > 4;
        }
        if (tld.Length < 2 || tld.Length > 24)
        {
            return false;
        }
        foreach (char c in tld)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        foreach (var ext in FileExtensions)
        {
            if (tld.Equals(ext, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        return true;
    }
}
