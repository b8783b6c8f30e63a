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
        if (separator == '\0')
        {
            Report(results, text, context, start, end, EntityTypes.UkNhs, "nhs_compact", 0.5f, ContextRequirement.Required);
        }
        else if (groups.SequenceEqual((ReadOnlySpan<byte>)[3, 3, 4]))
        {
            Report(results, text, context, start, end, EntityTypes.UkNhs, "nhs_grouped", 0.6f);
        }
    }
}
