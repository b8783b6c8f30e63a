using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>UK NHS numbers: ten digits (<c>3 3 4</c> groups, or compact with context) passing mod 11.</summary>
public sealed class UkNhsRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public UkNhsRecognizer()
        : base("UkNhsRecognizer", EntityTypes.UkNhs, new ContextProfile(["nhs", "nhs number", "health service", "patient", "nhs_no"]), 10, 10)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> d, ReadOnlySpan<byte> groups, char separator)
    {
        if (!Mod11Validator.IsValidNhs(d))
        {
            return;
        }
        ReportCompactOrGrouped(results, text, context, start, end, groups, separator, [3, 3, 4], ("nhs_compact", 0.5f), ("nhs_grouped", 0.6f));
    }
}
