namespace PiiScan.Detection.Recognizers;

/// <summary>Reads a run of digit groups separated by one consistent separator (space or dash).</summary>
internal static class DigitGroups
{
    /// <summary>
    /// Reads digits from <paramref name="start"/> into <paramref name="digits"/> (values 0-9) and the group
    /// lengths into <paramref name="groups"/>. Returns the digit count, or -1 when the run is longer than
    /// <paramref name="digits"/> or has more groups than <paramref name="groups"/>; <paramref name="end"/> is
    /// always the end of the run so the caller can skip it.
    /// </summary>
    public static int Read(ReadOnlySpan<char> s, int start, Span<byte> digits, Span<byte> groups, out int groupCount, out int end, out char separator, bool allowDot = false)
    {
        int n = 0;
        groupCount = 0;
        separator = '\0';
        int i = start;
        bool overflow = false;
        int groupLen = 0;
        while (true)
        {
            while (i < s.Length && TextScan.IsDigit(s[i]))
            {
                if (n < digits.Length)
                {
                    digits[n] = (byte)(s[i] - '0');
                }
                else
                {
                    overflow = true;
                }
                n++;
                groupLen++;
                i++;
            }
            if (groupCount < groups.Length)
            {
                groups[groupCount] = (byte)Math.Min(groupLen, 255);
            }
            else
            {
                overflow = true;
            }
            groupCount++;
            groupLen = 0;
            if (i + 1 < s.Length && TextScan.IsDigit(s[i + 1]))
            {
                char c = s[i];
                bool ok = c is ' ' or '-' || (allowDot && c == '.');
                if (ok && (separator == '\0' || separator == c))
                {
                    separator = c;
                    i++;
                    continue;
                }
            }
            break;
        }
        end = i;
        return overflow ? -1 : n;
    }

    /// <summary>
    /// True when the run reads as a calendar date: groups 4-2-2 or 2-2-4 (<c>2026-03-14</c>, <c>14-03-2026</c>), or eight
    /// compact digits <c>yyyyMMdd</c> of a year 1900-2099 with a valid month and day. Context-only number types (account
    /// and record numbers) skip such runs: dates stand next to their context words in forms and notes.
    /// </summary>
    public static bool IsDateLike(ReadOnlySpan<byte> digits, ReadOnlySpan<byte> groups)
    {
        if (groups.Length == 3 && digits.Length == 8)
        {
            return (groups[0] == 4 && groups[1] == 2 && groups[2] == 2) || (groups[0] == 2 && groups[1] == 2 && groups[2] == 4);
        }
        if (groups.Length != 1 || digits.Length != 8)
        {
            return false;
        }
        var century = (digits[0] * 10) + digits[1];
        var month = (digits[4] * 10) + digits[5];
        var day = (digits[6] * 10) + digits[7];
        return century is 19 or 20 && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }
}
