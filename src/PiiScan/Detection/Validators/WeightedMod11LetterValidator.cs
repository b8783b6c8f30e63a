namespace PiiScan.Detection.Validators;

/// <summary>Singapore NRIC/FIN check letter: weights 2,7,6,5,4,3,2, offset 4 for T/G, mod 11 into a series table.</summary>
public static class WeightedMod11LetterValidator
{
    private static ReadOnlySpan<byte> Weights => [2, 7, 6, 5, 4, 3, 2];

    /// <summary>True for a valid S/T/F/G-series NRIC/FIN given its prefix, 7 digit values and check letter.</summary>
    public static bool IsValidNric(char prefix, ReadOnlySpan<byte> digits, char check)
    {
        if (digits.Length != 7)
        {
            return false;
        }
        int sum = prefix is 'T' or 'G' ? 4 : 0;
        for (int i = 0; i < 7; i++)
        {
            sum += digits[i] * Weights[i];
        }
        int rem = sum % 11;
        string table = prefix switch
        {
            'S' or 'T' => "JZIHGFEDCBA",
            'F' or 'G' => "XWUTRQPNMLK",
            _ => "",
        };
        return table.Length == 11 && table[rem] == check;
    }
}
