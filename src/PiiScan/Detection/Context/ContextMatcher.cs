namespace PiiScan.Detection.Context;

/// <summary>
/// Allocation-free, case-insensitive word search used by the context mechanism. Separators
/// (<c>_ - . space</c>) are ignored on both sides, so <c>date of birth</c> matches <c>date_of_birth</c>,
/// <c>dateOfBirth</c> and <c>DATE-OF-BIRTH</c>.
/// </summary>
public static class ContextMatcher
{
    /// <summary>
    /// Returns the end index (exclusive, in <paramref name="haystack"/>) of the last occurrence of any of
    /// <paramref name="words"/>, or -1. A match must start at a word start; words of three letters or
    /// fewer must also end at a word end, and must not run into a digit (<c>Dl46</c> inside a random key is not <c>dl</c>).
    /// </summary>
    public static int LastMatchEnd(ReadOnlySpan<char> haystack, string[] words) => LastMatchEnd(haystack, words, capitalizedWhole: false);

    /// <summary>
    /// As <see cref="LastMatchEnd(ReadOnlySpan{char}, string[])"/>; with <paramref name="capitalizedWhole"/>, a match
    /// that opens a capitalized word must not run on in lower case but for a plural <c>s</c> or <c>es</c>: in prose
    /// such a word is another word, often a name (<c>Stephen</c> is not <c>step</c>, <c>Builders</c> not
    /// <c>build</c>), while log identifiers (<c>orderid</c>, <c>buildNumber</c>, <c>ORDERID</c>, <c>OrderId</c>) keep
    /// their prefix match.
    /// </summary>
    public static int LastMatchEnd(ReadOnlySpan<char> haystack, string[] words, bool capitalizedWhole)
    {
        int best = -1;
        for (int w = 0; w < words.Length; w++)
        {
            string word = words[w];
            for (int i = haystack.Length - 1; i >= 0; i--)
            {
                if (!IsWordStart(haystack, i))
                {
                    continue;
                }
                int end = MatchAt(haystack, i, word);
                if (end > 0 && capitalizedWhole && char.IsUpper(haystack[i]) && PluralEnd(haystack, end) is var wordEnd
                    && wordEnd < haystack.Length && char.IsLower(haystack[wordEnd]))
                {
                    continue;
                }
                if (end > 0 && (word.Length > 3 || (IsWordEnd(haystack, end) && (end >= haystack.Length || !char.IsDigit(haystack[end])))))
                {
                    if (end > best)
                    {
                        best = end;
                    }
                    break;
                }
            }
        }
        return best;
    }

    /// <summary>True when any of <paramref name="words"/> occurs in <paramref name="haystack"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> haystack, string[] words) => LastMatchEnd(haystack, words) >= 0;

    /// <summary>Tries to match <paramref name="word"/> at <paramref name="start"/>; returns the end index or -1.</summary>
    private static int MatchAt(ReadOnlySpan<char> s, int start, string word)
    {
        int i = start;
        int j = 0;
        while (j < word.Length)
        {
            char wc = word[j];
            if (IsSeparator(wc))
            {
                j++;
                continue;
            }
            while (i < s.Length && IsSeparator(s[i]) && i > start)
            {
                i++;
            }
            if (i >= s.Length || ToLower(s[i]) != wc)
            {
                return -1;
            }
            i++;
            j++;
        }
        return i;
    }

    private static bool IsSeparator(char c) => c is '_' or '-' or ' ' or '.';

    private static char ToLower(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

    private static bool IsWordStart(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (!char.IsLetterOrDigit(c))
        {
            return false;
        }
        if (i == 0)
        {
            return true;
        }
        char p = s[i - 1];
        if (!char.IsLetterOrDigit(p))
        {
            return true;
        }
        return char.IsLower(p) && char.IsUpper(c);
    }

    // The end of a plural "s" or "es" at end, else end.
    private static int PluralEnd(ReadOnlySpan<char> s, int end) =>
        end < s.Length && s[end] == 's' ? end + 1
        : end + 1 < s.Length && s[end] == 'e' && s[end + 1] == 's' ? end + 2
        : end;

    private static bool IsWordEnd(ReadOnlySpan<char> s, int end)
    {
        if (end >= s.Length)
        {
            return true;
        }
        char n = s[end];
        if (!char.IsLetter(n))
        {
            return true;
        }
        return char.IsUpper(n) && char.IsLower(s[end - 1]);
    }
}
