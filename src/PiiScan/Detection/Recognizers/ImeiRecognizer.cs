using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>IMEI: fifteen digits passing Luhn, grouped <c>2-6-6-1</c> (dash or space) or compact with context.</summary>
public sealed class ImeiRecognizer : DigitSequenceRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public ImeiRecognizer()
        : base("ImeiRecognizer", EntityTypes.Imei, new ContextProfile(["imei", "device id", "device_id", "handset", "equipment identity"]), 15, 15)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> d, ReadOnlySpan<byte> groups, char separator)
    {
        if (!LuhnValidator.IsValid(d))
        {
            return;
        }
        ReportCompactOrGrouped(results, text, context, start, end, groups, separator, [2, 6, 6, 1], ("imei_compact", 0.5f), ("imei_grouped", 0.7f));
    }
}
