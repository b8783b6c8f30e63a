using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>US ABA routing numbers: nine digits passing the 3-7-1 checksum; reported only with context.</summary>
public sealed class UsBankRoutingRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public UsBankRoutingRecognizer()
        : base("UsBankRoutingRecognizer", EntityTypes.UsBankRouting, new ContextProfile(["routing", "routing number", "aba", "rtn", "transit", "bank routing", "ach"]), 9, 9)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> d, ReadOnlySpan<byte> groups, char separator)
    {
        if (separator == '\0' && AbaRoutingValidator.IsValid(d))
        {
            Report(results, text, context, start, end, EntityTypes.UsBankRouting, "aba_checksum", 0.6f, ContextRequirement.Required);
        }
    }
}
