using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>Canadian Social Insurance Numbers: nine digits (<c>3-3-3</c>, or compact with context), Luhn-valid, not starting with 0 or 8.</summary>
public sealed class CaSinRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public CaSinRecognizer()
        : base("CaSinRecognizer", EntityTypes.CaSin, new ContextProfile(["sin", "social insurance", "nas", "numero d'assurance sociale"]), 9, 9)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> d, ReadOnlySpan<byte> groups, char separator)
    {
        if (d[0] is 0 or 8 || !LuhnValidator.IsValid(d))
        {
            return;
        }
        ReportCompactOrGrouped(results, text, context, start, end, groups, separator, [3, 3, 3], ("sin_compact", 0.4f), ("sin_grouped", 0.5f));
    }
}
