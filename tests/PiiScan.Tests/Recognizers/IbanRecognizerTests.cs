using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class IbanRecognizerTests
{
    private static readonly IbanRecognizer R = new();

    [Theory]
    [InlineData("iban DE46398259791907483378", "DE46398259791907483378", "")]
    [InlineData("GB10 NWBK 8762 3286 0129 04", "GB10 NWBK 8762 3286 0129 04", "")]
    [InlineData("{\"iban\":\"FR5804796669725102734646869\"}", "FR5804796669725102734646869", "")]
    [InlineData("pay to ES73 5896 9350 4925 8991 3944 EUR", "ES73 5896 9350 4925 8991 3944", "")]
    [InlineData("IT87X1177151620466109906958.", "IT87X1177151620466109906958", "")]
    [InlineData("(NL50ABNA4830401198)", "NL50ABNA4830401198", "")]
    [InlineData("IBAN: BE69 0364 9420 5552", "BE69 0364 9420 5552", "")]
    [InlineData("CH5666786981984634648", "CH5666786981984634648", "")]
    [InlineData("konto NO4748506950699 ok", "NO4748506950699", "")]
    [InlineData("PL66 2057 5594 7090 0547 4995 2525", "PL66 2057 5594 7090 0547 4995 2525", "")]
    [InlineData("SE4959446109248343526119,x", "SE4959446109248343526119", "")]
    [InlineData("AT285537215397431083", "AT285537215397431083", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.IbanCode, key);

    [Theory]
    [InlineData("DE46398259791907483379", "")]
    [InlineData("DE463982597919074833781", "")]
    [InlineData("DE4639825979190748337", "")]
    [InlineData("XX46398259791907483378", "")]
    [InlineData("de46398259791907483378", "")]
    [InlineData("xGB10NWBK87623286012904", "")]
    [InlineData("GB10  NWBK  8762  3286  0129  04", "")]
    [InlineData("DE46-3982-5979-1907-4833-78", "")]
    [InlineData("DE46 3982 5979 1907 4833 79", "")]
    [InlineData("order DE00398259791907483378", "")]
    [InlineData("GB10NWBK8762328601290", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
