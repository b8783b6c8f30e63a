using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UkNinoRecognizerTests
{
    private static readonly UkNinoRecognizer R = new();

    [Theory]
    [InlineData("dni YY572004D ok", "YY572004D", "")]
    [InlineData("{\"v\":\"CH575269D\"}", "CH575269D", "")]
    [InlineData("NIF: YL561438A", "YL561438A", "")]
    [InlineData("AZ613695D", "AZ613695D", "")]
    [InlineData("id=XM548924A;", "XM548924A", "")]
    [InlineData("(YY314906A)", "YY314906A", "")]
    [InlineData("x KG108223A.", "KG108223A", "")]
    [InlineData("'TT063383D'", "TT063383D", "")]
    [InlineData("nino AB 12 34 56 C", "AB 12 34 56 C", "")]
    [InlineData("NI number: CE 10 20 30 A.", "CE 10 20 30 A", "")]
    [InlineData("JG103759A", "JG103759A", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UkNino, key);

    [Theory]
    [InlineData("DA123456A", "")]
    [InlineData("AD123456A", "")]
    [InlineData("BG123456A", "")]
    [InlineData("GB123456A", "")]
    [InlineData("ZZ123456A", "")]
    [InlineData("AB123456E", "")]
    [InlineData("AB12345A", "")]
    [InlineData("AB1234567A", "")]
    [InlineData("XAB123456A", "")]
    [InlineData("AB 1234 56 C", "")]
    [InlineData("ab123456a", "")]
    [InlineData("AB123456AB", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
