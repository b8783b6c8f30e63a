using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// US driver license numbers (state formats vary: 0-2 letters followed by 5-14 digits, e.g. CA <c>A1234567</c>,
/// NY <c>123456789</c>, FL <c>A123456789012</c>); context required.
/// </summary>
public sealed class UsDriverLicenseRecognizer : RecognizerBase
{
    private static readonly SearchValues<string> Anchors = SearchValues.Create(["driver", "licen", "dl", "driving"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the recognizer.</summary>
    public UsDriverLicenseRecognizer()
        : base("UsDriverLicenseRecognizer", EntityTypes.UsDriverLicense, new ContextProfile(["driver license", "drivers license", "driver's license", "driver licence", "driving licence", "driving license", "dl", "dl number", "license number", "licence number", "dln"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        // Numbers first: a vectorized digit test rejects most values before any context lookup.
        if (text.IndexOfAny(TextScan.Digits) < 0 || !ContextTokenScanner.MayHaveContext(text, context, Context, Anchors))
        {
            return;
        }
        int i = 0;
        while (ContextTokenScanner.NextToken(text, ref i, out int start, out int letters, out int digits))
        {
            if (digits is >= 5 and <= 14 && letters + digits is >= 6 and <= 15)
            {
                Report(results, text, context, start, start + letters + digits, EntityTypes.UsDriverLicense, letters == 0 ? "dl_digits" : "dl_letter_digits", 0.4f, ContextRequirement.Required);
            }
        }
    }
}
