using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UsSsnRecognizerTests
{
    private static readonly UsSsnRecognizer R = new();

    [Theory]
    [InlineData("ssn 536-22-1234", "536-22-1234", "")]
    [InlineData("SSN: 536 22 1234.", "536 22 1234", "")]
    [InlineData("id 219-09-9999 x", "219-09-9999", "")]
    [InlineData("{\"s\":\"001-01-0001\"}", "001-01-0001", "")]
    [InlineData("665-12-3456", "665-12-3456", "")]
    [InlineData("667-01-0101", "667-01-0101", "")]
    [InlineData("899-99-9998", "899-99-9998", "")]
    [InlineData("ssn=536221234", "536221234", "")]
    [InlineData("536221234", "536221234", "ssn")]
    [InlineData("social security number 412785301", "412785301", "")]
    [InlineData("taxpayer id: 401-76-5432", "401-76-5432", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UsSsn, key);

    [Theory]
    [InlineData("000-12-3456", "")]
    [InlineData("666-12-3456", "")]
    [InlineData("900-12-3456", "")]
    [InlineData("536-00-1234", "")]
    [InlineData("536-22-0000", "")]
    [InlineData("536221234", "")]
    [InlineData("123-45-6789", "")]
    [InlineData("078-05-1120", "")]
    [InlineData("order 536-22-1234", "")]
    [InlineData("536-22-12345", "")]
    [InlineData("5362-21-234", "")]
    [InlineData("536-22-1234-5", "")]
    [InlineData("536221234", "request_id")]
    [InlineData("v536-22-1234", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
