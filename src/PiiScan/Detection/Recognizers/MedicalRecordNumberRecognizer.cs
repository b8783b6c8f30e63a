using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Medical record numbers (a HIPAA identifier; Google DLP's <c>MEDICAL_RECORD_NUMBER</c>): 6 to 12 digits, reported
/// only with record context (<c>MRN</c>, <c>medical record</c>, <c>patient id</c>, <c>chart number</c>, a key such as
/// <c>mrn</c> or <c>patient_id</c>; see <see cref="LabeledNumberRecognizer"/>), since hospitals number records in
/// their own formats without a checksum. Letter-prefixed record numbers (<c>A123456</c>) and numbers of 5 digits or
/// fewer are not covered.
/// </summary>
public sealed class MedicalRecordNumberRecognizer : LabeledNumberRecognizer
{
    /// <summary>Creates the recognizer.</summary>
    public MedicalRecordNumberRecognizer()
        : base("MedicalRecordNumberRecognizer", EntityTypes.MedicalRecordNumber, new ContextProfile(
            ["mrn", "medical record", "med rec", "patient id", "patient number", "patient no", "chart number", "chart no",
             "hospital number", "health record number", "numéro de dossier", "historia clínica", "patientennummer"]),
            6, 12, "record_digits")
    {
    }
}
