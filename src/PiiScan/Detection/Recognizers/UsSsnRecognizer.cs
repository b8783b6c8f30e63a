using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// US Social Security numbers: <c>AAA-GG-SSSS</c> or <c>AAA GG SSSS</c>; area not 000, 666 or 9xx, group
/// not 00, serial not 0000, and not a famous sample number. Bare nine digits only with context.
/// </summary>
public sealed class UsSsnRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public UsSsnRecognizer()
        : base("UsSsnRecognizer", EntityTypes.UsSsn, new ContextProfile(["ssn", "social security", "social_security_number", "ss#", "ssn#", "taxpayer", "tin"]), 9, 9)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> d, ReadOnlySpan<byte> groups, char separator)
    {
        if (!IsValid(d))
        {
            return;
        }
        ReportCompactOrGrouped(results, text, context, start, end, groups, separator, [3, 2, 4], ("ssn_compact", 0.3f), ("ssn_grouped", 0.5f));
    }

    /// <summary>SSA structural rules on nine digit values.</summary>
    internal static bool IsValid(ReadOnlySpan<byte> d)
    {
        int area = (d[0] * 100) + (d[1] * 10) + d[2];
        int group = (d[3] * 10) + d[4];
        int serial = (d[5] * 1000) + (d[6] * 100) + (d[7] * 10) + d[8];
        if (area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0)
        {
            return false;
        }
        // 078-05-1120 (Woolworth wallet) and 123-45-6789 (advertising sample) are well-known invalid numbers.
        return !(area == 78 && group == 5 && serial == 1120) && !(area == 123 && group == 45 && serial == 6789);
    }
}
