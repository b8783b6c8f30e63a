namespace PiiScan.Detection.Validators;

/// <summary>Spanish DNI/NIF/NIE control letter: number mod 23 indexes <c>TRWAGMYFPDXBNJZSQVHLCKE</c>.</summary>
public static class Mod23Validator
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>True when <paramref name="letter"/> is the control letter of <paramref name="number"/>.</summary>
    public static bool IsValid(int number, char letter) => number >= 0 && Letters[number % 23] == letter;
}
