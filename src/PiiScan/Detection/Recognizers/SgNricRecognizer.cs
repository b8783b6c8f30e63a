using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>Singapore NRIC/FIN (S, T, F, G series): prefix letter + 7 digits + weighted mod-11 check letter.</summary>
public sealed class SgNricRecognizer : RecognizerBase, IDigitRunHandler
{
    /// <summary>Creates the recognizer.</summary>
    public SgNricRecognizer()
        : base("SgNricRecognizer", EntityTypes.SgNric, new ContextProfile(["nric", "fin", "identity card", "ic number", "ic no"]))
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
        Span<byte> digits = stackalloc byte[7];
        int i;
        int run = runEnd - p;
        i = tokenEnd;
        if (run != 7 || p < 1 || text[p - 1] is not ('S' or 'T' or 'F' or 'G') || (p >= 2 && char.IsLetterOrDigit(text[p - 2])))
        {
            return i;
        }
        int check = p + 7;
        if (check >= text.Length || text[check] is < 'A' or > 'Z' || !TextScan.NotWordAt(text, check + 1))
        {
            return i;
        }
        for (int j = 0; j < 7; j++)
        {
            digits[j] = (byte)(text[p + j] - '0');
        }
        if (WeightedMod11LetterValidator.IsValidNric(text[p - 1], digits, text[check]))
        {
            Report(results, text, context, p - 1, check + 1, EntityTypes.SgNric, "nric", 0.9f);
            i = check + 1;
        }
        return i;
    }
}
