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
}
