using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UsBankRoutingRecognizerTests
{
    private static readonly UsBankRoutingRecognizer R = new();

    [Theory]
    [InlineData("routing number 011000015", "011000015", "")]
    [InlineData("ABA: 021000021", "021000021", "")]
    [InlineData("{\"r\":\"026009593\"}", "026009593", "routing_number")]
    [InlineData("rtn=121000358", "121000358", "")]
    [InlineData("bank routing 111000025.", "111000025", "")]
    [InlineData("routing no. 322271627", "322271627", "")]
    [InlineData("ach routing 063100277", "063100277", "")]
    [InlineData("ABA 071000013", "071000013", "")]
    [InlineData("routing: 011401533", "011401533", "")]
    [InlineData("transit 091000019", "091000019", "")]
    [InlineData("routing number is 122105278 ok", "122105278", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UsBankRouting, key);

    [Theory]
    [InlineData("011000015", "")]
    [InlineData("routing number 011000016", "")]
    [InlineData("routing 0110000155", "")]
    [InlineData("routing 01100001", "")]
    [InlineData("routing 131000015", "")]
    [InlineData("order 011000015", "")]
    [InlineData("routing 011-000-015", "")]
    [InlineData("021000021", "order_id")]
    [InlineData("aba x021000021", "")]
    [InlineData("sha 021000021", "")]
    [InlineData("the number 044000037", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
