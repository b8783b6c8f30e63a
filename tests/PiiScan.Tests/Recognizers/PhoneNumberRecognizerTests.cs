using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class PhoneNumberRecognizerTests
{
    private static readonly PhoneNumberRecognizer Us = new("US");
    private static readonly PhoneNumberRecognizer Gb = new("GB");

    [Theory]
    [InlineData("call (202) 555-0143 now", "(202) 555-0143", "")]
    [InlineData("tel 202-555-0143", "202-555-0143", "")]
    [InlineData("{\"v\":\"+1 202 555 0143\"}", "+1 202 555 0143", "")]
    [InlineData("office +44 20 7946 0958.", "+44 20 7946 0958", "")]
    [InlineData("paris +33 1 42 68 53 00", "+33 1 42 68 53 00", "")]
    [InlineData("berlin +49 30 901820", "+49 30 901820", "")]
    [InlineData("+14155552671", "+14155552671", "")]
    [InlineData("mobile: 4155552671", "4155552671", "")]
    [InlineData("2025550143", "2025550143", "phone_number")]
    [InlineData("fax 415.555.2671", "415.555.2671", "")]
    [InlineData("+1-415-555-2671 (cell)", "+1-415-555-2671", "")]
    [InlineData("sydney +61 2 9374 4000", "+61 2 9374 4000", "")]
    public void Finds_us_region(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(Us, text, expected, EntityTypes.PhoneNumber, key);

    [Theory]
    [InlineData("ring 020 7946 0958", "020 7946 0958")]
    [InlineData("mobile 07911 123456", "07911 123456")]
    public void Finds_gb_region(string text, string expected) =>
        RecognizerTestHelper.AssertFinds(Gb, text, expected, EntityTypes.PhoneNumber);

    [Theory]
    [InlineData("date 2024-01-15", "")]
    [InlineData("on 15/01/2024", "")]
    [InlineData("ip 192.168.100.200", "")]
    [InlineData("version 10.0.19045.1234", "")]
    [InlineData("ts 1607635102", "")]
    [InlineData("epoch 1607635102.00", "")]
    [InlineData("order 202-555-0143", "")]
    [InlineData("id 4155552671", "")] // bare digits without phone context
    [InlineData("count 1234567", "")]
    [InlineData("(123) 456-7890", "")] // invalid NANP area code
    [InlineData("+1 555", "")]
    [InlineData("price $1,234.56", "")]
    [InlineData("2025550143", "request_id")]
    [InlineData("v1.2.3 build 4567890", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(Us, text, key);
}
