namespace PiiScan.Detection.Validators;

/// <summary>ISO 7064 MOD 97-10 as used by IBAN: rearranged (first four characters moved to the end), letters as 10..35, remainder 1.</summary>
public static class Mod97Validator
{
    /// <summary>True when the compact upper-case IBAN characters pass MOD 97-10.</summary>
    public static bool IsValidIban(ReadOnlySpan<char> iban)
    {
        if (iban.Length < 5)
        {
            return false;
        }
        int rem = 0;
        for (int n = 0; n < iban.Length; n++)
        {
            char c = iban[(n + 4) % iban.Length];
            if ((uint)(c - '0') <= 9)
            {
                rem = ((rem * 10) + (c - '0')) % 97;
            }
            else if (c is >= 'A' and <= 'Z')
            {
                rem = ((rem * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }
        return rem == 1;
    }
}
