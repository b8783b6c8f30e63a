using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Passwords and secrets given as key/value pairs inside text (<c>password=…</c>, <c>"password": "…"</c>,
/// <c>pwd: …</c>, <c>passwd</c>, <c>secret=…</c>; the value span only), and whole values of fields whose key
/// ends with <c>password</c>, <c>passwd</c>, <c>pwd</c> or <c>passphrase</c>. Placeholders (<c>***</c>, <c>null</c>,
/// <c>&lt;redacted&gt;</c>, <c>${VAR}</c>) are skipped.
/// </summary>
public sealed class PasswordRecognizer : RecognizerBase
{
    private static readonly string[] Keywords = ["password", "passwd", "passphrase", "secret", "pwd"];
    private static readonly SearchValues<string> KeywordSearch = SearchValues.Create(Keywords, StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<char> UnquotedStop = SearchValues.Create(" \t\r\n,;&\"')}]<>");

    /// <summary>Creates the recognizer.</summary>
    public PasswordRecognizer()
        : base("PasswordRecognizer", EntityTypes.Password, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        if (IsPasswordKey(context.Key))
        {
            if (!IsPlaceholder(text) && text.Trim().Length > 0)
            {
                ReportExact(results, 0, text.Length, EntityTypes.Password, "password_field", 0.9f);
            }
            return;
        }
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(KeywordSearch);
            if (k < 0)
            {
                return;
            }
            int kw = i + k;
            int len = KeywordLength(text[kw..]);
            i = kw + len;
            if (kw > 0 && char.IsLetter(text[kw - 1]) && !char.IsUpper(text[kw]))
            {
                continue; // "mysecret", but "dbPassword" is fine
            }
            // Allow a short key suffix such as _key, Key, _value (not "secretary", "password_policy").
            int j = i;
            while (j < text.Length && j - i < 8 && (TextScan.IsAsciiLetter(text[j]) || text[j] is '_' or '-'))
            {
                j++;
            }
            if (j > i && !IsAllowedSuffix(text[i..j]))
            {
                continue;
            }
            if (ValueSpan(text, j, out int vs, out int ve) && !IsPlaceholder(text[vs..ve]))
            {
                ReportExact(results, vs, ve, EntityTypes.Password, "keyword_value", 0.8f);
                i = ve;
            }
        }
    }

    private static int KeywordLength(ReadOnlySpan<char> s)
    {
        foreach (var w in Keywords)
        {
            if (s.StartsWith(w, StringComparison.OrdinalIgnoreCase))
            {
                return w.Length;
            }
        }
        return 1;
    }

    private static bool IsAllowedSuffix(ReadOnlySpan<char> s) =>
        s.Equals("_key", StringComparison.OrdinalIgnoreCase) || s.Equals("key", StringComparison.OrdinalIgnoreCase)
        || s.Equals("-key", StringComparison.OrdinalIgnoreCase) || s.Equals("_value", StringComparison.OrdinalIgnoreCase)
        || s.Equals("s", StringComparison.OrdinalIgnoreCase) || s.Equals("_access_key", StringComparison.OrdinalIgnoreCase)
        || s.Equals("_token", StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <c>[quote] [ws] (=|:) [ws] value</c> at <paramref name="i"/>.</summary>
    private static bool ValueSpan(ReadOnlySpan<char> s, int i, out int vs, out int ve)
    {
        vs = ve = 0;
        if (i < s.Length && s[i] is '"' or '\'')
        {
            i++;
        }
        if (i < s.Length && s[i] == '\\' && i + 1 < s.Length && s[i + 1] == '"')
        {
            i += 2; // escaped JSON inside a string: \"password\": \"x\"
        }
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }
        if (i >= s.Length || s[i] is not ('=' or ':'))
        {
            return false;
        }
        i++;
        while (i < s.Length && s[i] == ' ')
        {
            i++;
        }
        if (i < s.Length && s[i] == '\\' && i + 1 < s.Length && s[i + 1] == '"')
        {
            int start = i + 2;
            int close = s[start..].IndexOf("\\\"", StringComparison.Ordinal);
            return Set(start, close < 0 ? -1 : start + close, out vs, out ve);
        }
        if (i < s.Length && s[i] is '"' or '\'')
        {
            char q = s[i];
            int start = i + 1;
            int p = start;
            while (p < s.Length && s[p] != q)
            {
                p += s[p] == '\\' ? 2 : 1;
            }
            return Set(start, p < s.Length ? p : -1, out vs, out ve);
        }
        int stop = s[i..].IndexOfAny(UnquotedStop);
        return Set(i, stop < 0 ? s.Length : i + stop, out vs, out ve);
    }

    private static bool Set(int start, int end, out int vs, out int ve)
    {
        vs = start;
        ve = end;
        return end > start && end - start <= 256;
    }

    private static bool IsPasswordKey(string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return false;
        }
        ReadOnlySpan<char> k = key;
        return k.EndsWith("password", StringComparison.OrdinalIgnoreCase) || k.EndsWith("passwd", StringComparison.OrdinalIgnoreCase)
            || k.EndsWith("pwd", StringComparison.OrdinalIgnoreCase) || k.EndsWith("passphrase", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Values that are clearly not a secret: masks, nulls, templates, booleans.</summary>
    internal static bool IsPlaceholder(ReadOnlySpan<char> v)
    {
        v = v.Trim();
        if (v.Length == 0 || v.IndexOfAnyExcept('*') < 0 || v.IndexOfAnyExcept('x', 'X') < 0 || v.IndexOfAnyExcept('.') < 0)
        {
            return true;
        }
        if (v.StartsWith("${") || v.StartsWith("{{") || v.StartsWith("%(") || v.StartsWith('<') || v.StartsWith('[') || v.StartsWith("{"))
        {
            return true;
        }
        return v.Equals("null", StringComparison.OrdinalIgnoreCase) || v.Equals("none", StringComparison.OrdinalIgnoreCase)
            || v.Equals("true", StringComparison.OrdinalIgnoreCase) || v.Equals("false", StringComparison.OrdinalIgnoreCase)
            || v.Equals("undefined", StringComparison.OrdinalIgnoreCase) || v.Equals("redacted", StringComparison.OrdinalIgnoreCase)
            || v.Equals("hidden", StringComparison.OrdinalIgnoreCase) || v.Equals("%s", StringComparison.Ordinal)
            || v.Equals("required", StringComparison.OrdinalIgnoreCase) || v.Equals("string", StringComparison.OrdinalIgnoreCase);
    }
}
