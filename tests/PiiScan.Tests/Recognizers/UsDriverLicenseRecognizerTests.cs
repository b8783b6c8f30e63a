using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UsDriverLicenseRecognizerTests
{
    private static readonly UsDriverLicenseRecognizer R = new();

    [Theory]
    [InlineData("driver license A1234567", "A1234567", "")]
    [InlineData("DL: 123456789", "123456789", "")]
    [InlineData("{\"dl\":\"D12345678901\"}", "D12345678901", "dl_number")]
    [InlineData("driver's license no. B7654321.", "B7654321", "")]
    [InlineData("driving licence 990011223", "990011223", "")]
    [InlineData("license number: WD1234567", "WD1234567", "")]
    [InlineData("drivers license S530412345678", "S530412345678", "")]
    [InlineData("dln 12345678", "12345678", "")]
    [InlineData("DL 99887766", "99887766", "")]
    [InlineData("A7654321", "A7654321", "driversLicense")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UsDriverLicense, key);

    [Theory]
    [InlineData("A1234567", "")]
    [InlineData("driver license A123", "")]
    [InlineData("driver license 1234", "")]
    [InlineData("driver ABC1234567", "")]
    [InlineData("order 123456789 driver", "")]
    [InlineData("dl 1.2.3.4", "")]
    [InlineData("handler 123456789", "")]
    [InlineData("driver license x123456789", "")]
    [InlineData("license MIT 2024", "")]
    [InlineData("123456789", "trace_id")]
    [InlineData("google_key=AIza65kUyDl46q5fiEe5BdZgsA_3SExtlZ_rQom SSN=256263580", "")] // "Dl46" inside a random key is not "dl"
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
