using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// URLs with a scheme (<c>https://…</c>, <c>postgres://…</c>) or starting with <c>www.</c>. Credentials embedded as
/// <c>scheme://user:pass@host</c> are additionally reported as <see cref="EntityTypes.Password"/> on the password part.
/// </summary>
public sealed class UrlRecognizer : RecognizerBase
{
    private static readonly SearchValues<char> Stop = SearchValues.Create(" \t\r\n\"'<>`{}|\\^");
    private static readonly SearchValues<string> Triggers = SearchValues.Create(["://", "www."], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> Letters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    private static readonly SearchValues<char> SchemeChars = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");

    /// <summary>Creates the recognizer.</summary>
    public UrlRecognizer()
        : base("UrlRecognizer", [EntityTypes.Url, EntityTypes.Password], new ContextProfile(["url", "link", "href", "uri", "website", "endpoint"], negativeWords: []))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(Triggers);
            if (k < 0)
            {
                return;
            }
            int pos = i + k;
            int start;
            int hostStart;
            if (text[pos] == ':')
            {
                start = TextScan.RunStart(text, pos, SchemeChars);
                while (start < pos && !TextScan.IsAsciiLetter(text[start]))
                {
                    start++;
                }
                hostStart = pos + 3;
                i = hostStart;
                if (pos - start < 2 || pos - start > 20)
                {
                    continue;
                }
            }
            else
            {
                start = pos;
                hostStart = pos;
                i = pos + 4;
                if (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '.' or '/' or '@'))
                {
                    continue;
                }
            }
            int stop = text[hostStart..].IndexOfAny(Stop);
            int end = CommaFieldEnd(text, hostStart, stop < 0 ? text.Length : hostStart + stop);
            while (end > hostStart && text[end - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']' or '\'')
            {
                if (text[end - 1] == ')' && TextScan.CountOf(text[hostStart..end], '(') >= TextScan.CountOf(text[hostStart..end], ')'))
                {
                    break;
                }
                end--;
            }
            if (end - hostStart < 3)
            {
                continue;
            }
            int hostEnd = HostEnd(text, hostStart, end, out int at);
            ReadOnlySpan<char> host = text[(at >= 0 ? at + 1 : hostStart)..hostEnd];
            if (!HostOk(host) || (hostStart == start && (host.Length <= 4 || host[4..].IndexOf('.') < 0)))
            {
                continue;
            }
            Report(results, text, context, start, end, EntityTypes.Url, hostStart == start ? "www" : "scheme_url", 0.6f);
            if (at >= 0)
            {
                int colon = text[hostStart..at].IndexOf(':');
                if (colon >= 0 && hostStart + colon + 1 < at && !PasswordRecognizer.IsPlaceholder(text[(hostStart + colon + 1)..at]))
                {
                    // 1.0: the password must win over its own URL even when context has raised the URL's score.
                    ReportExact(results, hostStart + colon + 1, at, EntityTypes.Password, "url_credentials", 1.0f);
                }
            }
            i = end;
        }
    }

    /// <summary>
    /// Where a URL followed by more comma-separated fields ends (<c>https://example.com/a,Jane Doe,pro</c> in a CSV row):
    /// at the first comma in the authority (hosts never hold one), or at a comma followed by an empty or letters-only
    /// field; commas inside paths such as <c>/@47.1,8.5,15z</c> stay.
    /// </summary>
    private static int CommaFieldEnd(ReadOnlySpan<char> s, int hostStart, int end)
    {
        int authEnd = s[hostStart..end].IndexOfAny('/', '?', '#');
        authEnd = authEnd < 0 ? end : hostStart + authEnd;
        int c = s[hostStart..authEnd].IndexOf(',');
        if (c >= 0)
        {
            return hostStart + c;
        }
        int i = authEnd;
        while (i < end)
        {
            int k = s[i..end].IndexOf(',');
            if (k < 0)
            {
                break;
            }
            int comma = i + k;
            int next = s[(comma + 1)..end].IndexOf(',');
            int fieldEnd = next < 0 ? end : comma + 1 + next;
            if (s[(comma + 1)..fieldEnd].IndexOfAnyExcept(Letters) < 0)
            {
                return comma;
            }
            i = comma + 1;
        }
        return end;
    }

    /// <summary>End of the authority (userinfo + host + port); <paramref name="at"/> is the userinfo '@' or -1.</summary>
    private static int HostEnd(ReadOnlySpan<char> s, int from, int to, out int at)
    {
        int slash = s[from..to].IndexOfAny('/', '?', '#');
        int authEnd = slash < 0 ? to : from + slash;
        int a = s[from..authEnd].LastIndexOf('@');
        at = a < 0 ? -1 : from + a;
        return authEnd;
    }

    private static bool HostOk(ReadOnlySpan<char> host)
    {
        if (host.Length == 0)
        {
            return false;
        }
        if (host[0] == '[')
        {
            return host.Contains(']');
        }
        int colon = host.LastIndexOf(':');
        if (colon >= 0)
        {
            host = host[..colon];
        }
        if (host.Length == 0 || host[0] is '.' or '-' || host[^1] is '.' or '-')
        {
            return false;
        }
        foreach (char c in host)
        {
            if (!(char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '%'))
            {
                return false;
            }
        }
        return true;
    }
}
