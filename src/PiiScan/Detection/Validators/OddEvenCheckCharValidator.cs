namespace PiiScan.Detection.Validators;

/// <summary>
/// Italian fiscal code (codice fiscale) check character: characters at odd positions map through a fixed
/// table, even positions to their ordinal (0-9 / A-Z), sum mod 26 gives the check letter.
/// </summary>
public static class OddEvenCheckCharValidator
{
    private static ReadOnlySpan<byte> OddValues => [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

    /// <summary>True when the 16 upper-case characters end with the right check letter.</summary>
    public static bool IsValidFiscalCode(ReadOnlySpan<char> code)
    {
        if (code.Length != 16)
        {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 15; i++)
        {
            char c = code[i];
            int ord = c is >= '0' and <= '9' ? c - '0' : c is >= 'A' and <= 'Z' ? c - 'A' : -1;
            if (ord < 0)
            {
                return false;
            }
            sum += (i & 1) == 0 ? OddValues[ord] : ord;
        }
        return code[15] == (char)('A' + (sum % 26));
    }
}
