using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>US passport numbers (9 digits, or one letter + 8 digits for next-generation books); context required.</summary>
public sealed class UsPassportRecognizer : RecognizerBase
{
    private static readonly SearchValues<string> Anchors = SearchValues.Create(["passport"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the recognizer.</summary>
    public UsPassportRecognizer()
        : base("UsPassportRecognizer", EntityTypes.UsPassport, new ContextProfile(["passport", "passport number", "passport no", "travel document"]))
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
            if ((letters == 0 && digits == 9) || (letters == 1 && digits == 8))
            {
                Report(results, text, context, start, start + letters + digits, EntityTypes.UsPassport, letters == 0 ? "passport_9_digits" : "passport_next_gen", 0.4f, ContextRequirement.Required);
            }
        }
    }
}
