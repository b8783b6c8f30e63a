using System.Globalization;

namespace PiiScan.Readers;

/// <summary>Parses record times: RFC 3339 / ISO 8601 text, or epoch seconds or milliseconds.</summary>
public static class RecordTime
{
    /// <summary>
    /// Parses <paramref name="value"/>: RFC 3339 (a time without an offset is UTC), or an integer or decimal epoch
    /// (milliseconds when its magnitude is above 10^11, else seconds).
    /// </summary>
    public static bool TryParse(string value, out DateTimeOffset time)
    {
        time = default;
        var s = value.Trim();
        if (s.Length == 0)
        {
            return false;
        }
        if (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var epoch) && !s.Contains('-', StringComparison.Ordinal) && !s.Contains(':', StringComparison.Ordinal))
        {
            try
            {
                time = Math.Abs(epoch) > 1e11
                    ? DateTimeOffset.FromUnixTimeMilliseconds((long)epoch)
                    : DateTimeOffset.FromUnixTimeMilliseconds((long)(epoch * 1000));
                return true;
            }
            catch (ArgumentOutOfRangeException)
            {
                return false;
            }
        }
        return DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
    }
}
