using System.Globalization;
using System.Text.RegularExpressions;

namespace PiiScan.Retention;

/// <summary>Retention periods: a number and a unit, <c>d</c> (days), <c>w</c> (weeks), <c>m</c>/<c>mo</c> (months), <c>y</c> (years).</summary>
public static partial class RetentionPeriod
{
    /// <summary>True when <paramref name="period"/> is well-formed.</summary>
    public static bool IsValid(string period) => Pattern().IsMatch(period.Trim());

    /// <summary><paramref name="now"/> minus the period (calendar months and years).</summary>
    public static DateTimeOffset Subtract(DateTimeOffset now, string period)
    {
        var m = Pattern().Match(period.Trim());
        if (!m.Success)
        {
            throw new PiiScanException($"Retention period '{period}' is not valid: use a number and d, w, m or y (30d, 12m, 2y).");
        }
        var n = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return m.Groups[2].Value.ToLowerInvariant() switch
        {
            "d" or "day" or "days" => now.AddDays(-n),
            "w" or "week" or "weeks" => now.AddDays(-7 * n),
            "m" or "mo" or "month" or "months" => now.AddMonths(-n),
            _ => now.AddYears(-n),
        };
    }

    [GeneratedRegex(@"^(\d{1,5})\s*(d|days?|w|weeks?|m|mo|months?|y|years?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
