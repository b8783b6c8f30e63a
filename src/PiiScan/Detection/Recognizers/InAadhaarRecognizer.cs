using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>Indian Aadhaar numbers: twelve digits starting 2-9 (<c>4 4 4</c>, or compact with context), Verhoeff-valid.</summary>
public sealed class InAadhaarRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public InAadhaarRecognizer()
        : base("InAadhaarRecognizer", EntityTypes.InAadhaar, new ContextProfile(["aadhaar", "aadhar", "uidai", "uid", "adhaar"]), 12, 12)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> d, ReadOnlySpan<byte> groups, char separator)
    {
        if (d[0] < 2 || !VerhoeffValidator.IsValid(d))
        {
            return;
        }
        ReportCompactOrGrouped(results, text, context, start, end, groups, separator, [4, 4, 4], ("aadhaar_compact", 0.5f), ("aadhaar_grouped", 0.7f));
    }
}
