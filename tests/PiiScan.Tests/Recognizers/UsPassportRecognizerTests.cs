using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UsPassportRecognizerTests
{
    private static readonly UsPassportRecognizer R = new();

    [Theory]
    [InlineData("passport 912803456", "912803456", "")]
    [InlineData("Passport Number: A12345678", "A12345678", "")]
    [InlineData("{\"passport_no\":\"340020013\"}", "340020013", "passport_no")]
    [InlineData("passport no. 505123987.", "505123987", "")]
    [InlineData("travel document and passport C03005988", "C03005988", "")]
    [InlineData("PASSPORT=488839667", "488839667", "")]
    [InlineData("passport: 123456789 issued", "123456789", "")]
    [InlineData("our passport id is Z98765432", "Z98765432", "")]
    [InlineData("(passport 710000123)", "710000123", "")]
    [InlineData("913456789", "913456789", "passport")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UsPassport, key);

    [Theory]
    [InlineData("912803456", "")]
    [InlineData("passport 91280345", "")]
    [InlineData("passport 9128034567", "")]
    [InlineData("passport AB1234567", "")]
    [InlineData("order 912803456", "")]
    [InlineData("passport photo 2024-01-15", "")]
    [InlineData("passport x912803456", "")]
    [InlineData("passports issued: 3", "")]
    [InlineData("A12345678", "")]
    [InlineData("912803456", "request_id")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
