namespace PiiScan.Detection.Validators;

/// <summary>Weighted mod-11 check digit (UK NHS number: weights 10..2, check = 11 - sum mod 11).</summary>
public static class Mod11Validator
{
    /// <summary>True when the ten digit values form a valid NHS number.</summary>
    public static bool IsValidNhs(ReadOnlySpan<byte> d)
    {
        if (d.Length != 10)
        {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++)
        {
            sum += d[i] * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11)
        {
            check = 0;
        }
        return check != 10 && check == d[9];
    }
}
