using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Italian fiscal codes (codice fiscale): 6 letters, 2-digit year, month letter, 2-digit day (+40 for women),
/// municipality letter + 3 digits, and the odd/even check character. Upper case only.
/// </summary>
public sealed class ItFiscalCodeRecognizer : RecognizerBase, IDigitRunHandler
{
    /// <summary>Creates the recognizer.</summary>
    public ItFiscalCodeRecognizer()
        : base("ItFiscalCodeRecognizer", EntityTypes.ItFiscalCode, new ContextProfile(["codice fiscale", "fiscal code", "cf", "tax code"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results) =>
        DigitRunDispatcher.Run(this, text, context, results);

    /// <inheritdoc />
    bool IDigitRunHandler.NeedsUpperCasePrefix => true;

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        int i;
        i = tokenEnd;
        int start = p - 6;
        if (start < 0 || start + 16 > text.Length || (start > 0 && char.IsLetterOrDigit(text[start - 1])) || !TextScan.NotWordAt(text, start + 16))
        {
            return i;
        }
        ReadOnlySpan<char> c = text.Slice(start, 16);
        if (!Shape(c))
        {
            return i;
        }
        if (OddEvenCheckCharValidator.IsValidFiscalCode(c))
        {
            Report(results, text, context, start, start + 16, EntityTypes.ItFiscalCode, "codice_fiscale", 0.95f);
            i = start + 16;
        }
        return i;
    }

    private static bool Shape(ReadOnlySpan<char> c)
    {
        for (int j = 0; j < 6; j++)
        {
            if (c[j] is < 'A' or > 'Z')
            {
                return false;
            }
        }
        if (!TextScan.IsDigit(c[6]) || !TextScan.IsDigit(c[7]) || "ABCDEHLMPRST".IndexOf(c[8]) < 0)
        {
            return false;
        }
        if (!TextScan.IsDigit(c[9]) || !TextScan.IsDigit(c[10]))
        {
            return false;
        }
        int day = ((c[9] - '0') * 10) + (c[10] - '0');
        if (!(day is >= 1 and <= 31 || day is >= 41 and <= 71))
        {
            return false;
        }
        return c[11] is >= 'A' and <= 'Z' && TextScan.IsDigit(c[12]) && TextScan.IsDigit(c[13]) && TextScan.IsDigit(c[14]) && c[15] is >= 'A' and <= 'Z';
    }
}
