using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class MedicalRecordNumberRecognizerTests
{
    private static readonly MedicalRecordNumberRecognizer R = new();

    [Theory]
    [InlineData("Patient Ahmed Hassan (MRN 00482913) was admitted on 2026-03-14.", "00482913", "")]
    [InlineData("MRN: 7734-2210", "7734-2210", "")]
    [InlineData("medical record number 5521093", "5521093", "")]
    [InlineData("Patient ID 88213004 transferred to ICU", "88213004", "")]
    [InlineData("chart no. 4409127", "4409127", "")]
    [InlineData("Patientennummer 30017845", "30017845", "")]
    [InlineData("{\"mrn\":\"1029384756\"}", "1029384756", "mrn")]
    [InlineData("6044339", "6044339", "patient_id")]
    [InlineData("Patient MRN: 482913 admitted today.", "482913", "")] // 6 digits
    [InlineData("{\"mrn\":\"482913\"}", "482913", "mrn")]
    public void Analyze_RecordNumberWithContext_FindsIt(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.MedicalRecordNumber, key);

    [Theory]
    [InlineData("00482913", "")] // no context
    [InlineData("MRN 48291", "")] // 5 digits
    [InlineData("MRN 1234567890123", "")] // 13 digits
    [InlineData("MRN 0000000", "")] // a placeholder
    [InlineData("MRN 2026-03-14", "")] // dates stand next to record context in notes
    [InlineData("patient id A1234567", "")]
    [InlineData("MRN 20260314", "")]
    [InlineData("MRN 14-03-2026", "")]
    [InlineData("MRN updated, order 12345678", "")] // the nearest word is an order
    [InlineData("88213004", "request_id")]
    public void Analyze_NoRecordContext_FindsNothing(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
