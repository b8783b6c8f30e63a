namespace PiiScan.Detection.Validators;

/// <summary>Luhn (mod 10) checksum, used by payment cards, IMEI and Canadian SIN.</summary>
public static class LuhnValidator
{
    /// <summary>True when the digit values (0-9 each) pass the Luhn check.</summary>
    public static bool IsValid(ReadOnlySpan<byte> digits)
    {
        if (digits.Length < 2)
        {
            return false;
        }
        int sum = 0;
        bool dbl = false;
        for (int i = digits.Length - 1; i >= 0; i--)
        {
            int d = digits[i];
            if (dbl)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return sum % 10 == 0;
    }

    /// <summary>True when the ASCII digits (other characters ignored) pass the Luhn check.</summary>
    public static bool IsValid(ReadOnlySpan<char> text)
    {
        Span<byte> digits = stackalloc byte[64];
        int n = 0;
        foreach (char c in text)
        {
            if ((uint)(c - '0') <= 9)
            {
                if (n == digits.Length)
                {
                    return false;
                }
                digits[n++] = (byte)(c - '0');
            }
        }
        return IsValid(digits[..n]);
    }
}
