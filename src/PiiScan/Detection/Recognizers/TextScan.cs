using System.Buffers;

namespace PiiScan.Detection.Recognizers;

/// <summary>Character classes and boundary helpers shared by the hand-written scanners.</summary>
internal static class TextScan
{
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
    public static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");
    public static readonly SearchValues<char> Base62 = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");
    public static readonly SearchValues<char> Base64 = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/");
    public static readonly SearchValues<char> Base64Url = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");
    public static readonly SearchValues<char> AlphaNum = Base62;
    public static readonly SearchValues<char> Word = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_");
    public static readonly SearchValues<char> Lower = SearchValues.Create("abcdefghijklmnopqrstuvwxyz");
    public static readonly SearchValues<char> Upper = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    public static readonly SearchValues<char> LowerHexLetters = SearchValues.Create("abcdef");
    public static readonly SearchValues<char> UpperHexLetters = SearchValues.Create("ABCDEF");

    /// <summary>Occurrences of <paramref name="c"/> (hand-rolled: the generic span Count allocates on some runtimes).</summary>
    public static int CountOf(ReadOnlySpan<char> s, char c)
    {
        int n = 0;
        foreach (char x in s)
        {
            if (x == c)
            {
                n++;
            }
        }
        return n;
    }

    /// <summary>
    /// Index after the identifier-like token (letters, digits, underscore) containing <paramref name="i"/>: digit runs
    /// glued to letters (hex ids, UUID parts, identifiers) are skipped in one vectorized step.
    /// </summary>
    public static int SkipToken(ReadOnlySpan<char> s, int i)
    {
        int n = s[i..].IndexOfAnyExcept(Word);
        return n < 0 ? s.Length : i + Math.Max(n, 1);
    }

    /// <summary>End of the run of ASCII digits starting at <paramref name="i"/> (scalar: runs are short).</summary>
    public static int DigitRunEnd(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && (uint)(s[i] - '0') <= 9)
        {
            i++;
        }
        return i;
    }

    /// <summary>True when <paramref name="digits"/> (a digit run) reads as a year of 1900-2099 rather than a house number.</summary>
    public static bool IsYear(ReadOnlySpan<char> digits) => digits is ['1', '9', _, _] or ['2', '0', _, _];

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsAsciiLetterOrDigit(char c) => IsDigit(c) || IsAsciiLetter(c);

    public static bool IsAsciiUpper(char c) => c is >= 'A' and <= 'Z';

    public static bool IsHex(char c) => IsDigit(c) || (uint)((c | 0x20) - 'a') <= 'f' - 'a';

    /// <summary>True when the character at <paramref name="i"/> (or before the text) cannot continue a token of letters/digits.</summary>
    public static bool NotWordAt(ReadOnlySpan<char> s, int i) => i < 0 || i >= s.Length || !(char.IsLetterOrDigit(s[i]) || s[i] == '_');

    /// <summary>Length of the run of characters of <paramref name="set"/> starting at <paramref name="i"/>.</summary>
    public static int RunLength(ReadOnlySpan<char> s, int i, SearchValues<char> set)
    {
        int n = s[i..].IndexOfAnyExcept(set);
        return n < 0 ? s.Length - i : n;
    }

    /// <summary>Index of the first character of the run of <paramref name="set"/> ending just before <paramref name="end"/>.</summary>
    public static int RunStart(ReadOnlySpan<char> s, int end, SearchValues<char> set)
    {
        // Hand-rolled: LastIndexOfAnyExcept over a range-shaped SearchValues allocates on .NET 10.
        int i = end;
        while (i > 0 && set.Contains(s[i - 1]))
        {
            i--;
        }
        return i;
    }

    /// <summary>
    /// Start of a digit token at <paramref name="i"/> is clean: not preceded by a letter, digit, underscore,
    /// or a <c>.</c>/<c>,</c> that follows a digit (decimal fraction, thousands group).
    /// </summary>
    public static bool CleanNumberStart(ReadOnlySpan<char> s, int i)
    {
        if (i == 0)
        {
            return true;
        }
        char p = s[i - 1];
        if (char.IsLetterOrDigit(p) || p == '_')
        {
            return false;
        }
        if ((p is '.' or ',' or '-' or '/' or ':') && i >= 2 && IsDigit(s[i - 2]))
        {
            return false;
        }
        return true;
    }

    /// <summary>End of a digit token at <paramref name="end"/> is clean: no letter/digit follows, nor a separator plus digit.</summary>
    public static bool CleanNumberEnd(ReadOnlySpan<char> s, int end)
    {
        if (end >= s.Length)
        {
            return true;
        }
        char n = s[end];
        if (char.IsLetterOrDigit(n) || n == '_')
        {
            return false;
        }
        if ((n is '.' or ',' or '-' or '/' or ':') && end + 1 < s.Length && IsDigit(s[end + 1]))
        {
            return false;
        }
        return true;
    }
}
