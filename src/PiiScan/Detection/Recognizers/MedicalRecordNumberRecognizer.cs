using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Medical record numbers (a HIPAA identifier; Google DLP's <c>MEDICAL_RECORD_NUMBER</c>): 7 to 12 digits, compact or
/// grouped by one separator, reported only with record context (<c>MRN</c>, <c>medical record</c>, <c>patient
/// id</c>, <c>chart number</c>, a key such as <c>mrn</c> or <c>patient_id</c>), since hospitals number records in
/// their own formats without a checksum. Letter-prefixed record numbers (<c>A123456</c>) and numbers of 6 digits or fewer (the shared digit scan skips
/// those) are not covered. A run of one
/// repeated digit is a placeholder, and a date (<c>2026-03-14</c>, <c>20260314</c>) is none.
/// </summary>
public sealed class MedicalRecordNumberRecognizer : DigitSequenceRecognizer
{
    /// <summary>Base score; supporting context (required) raises it to 0.6, below a compact SSN with its context (0.65).</summary>
    public const float BaseScore = 0.25f;

    /// <summary>Creates the recognizer.</summary>
    public MedicalRecordNumberRecognizer()
        : base("MedicalRecordNumberRecognizer", EntityTypes.MedicalRecordNumber, new ContextProfile(
            ["mrn", "medical record", "med rec", "patient id", "patient number", "patient no", "chart number", "chart no",
             "hospital number", "health record number", "numéro de dossier", "historia clínica", "patientennummer"]),
            7, 12)
    {
    }

    /// <inheritdoc />
    protected internal override void OnCandidate(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results, int start, int end, ReadOnlySpan<byte> digits, ReadOnlySpan<byte> groups, char separator)
    {
        if (digits.IndexOfAnyExcept(digits[0]) >= 0 && !DigitGroups.IsDateLike(digits, groups))
        {
            Report(results, text, context, start, end, EntityTypes.MedicalRecordNumber, separator == '\0' ? "record_digits" : "record_digits_grouped", BaseScore, ContextRequirement.Required);
        }
    }
}
