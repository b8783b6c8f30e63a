namespace PiiScan.Detection.Validators;

/// <summary>ABA routing transit number checksum: 3-7-1 weights, mod 10, with a valid Federal Reserve prefix.</summary>
public static class AbaRoutingValidator
{
    /// <summary>True when the nine digit values form a valid routing number.</summary>
    public static bool IsValid(ReadOnlySpan<byte> d)
    {
        if (d.Length != 9)
        {
            return false;
        }
        int prefix = (d[0] * 10) + d[1];
        if (!(prefix <= 12 || prefix is >= 21 and <= 32 || prefix is >= 61 and <= 72 || prefix == 80))
        {
            return false;
        }
        int sum = (3 * (d[0] + d[3] + d[6])) + (7 * (d[1] + d[4] + d[7])) + d[2] + d[5] + d[8];
        return sum % 10 == 0 && sum > 0;
    }
}
