using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class CaSinRecognizerTests
{
    private static readonly CaSinRecognizer R = new();

    [Theory]
    [InlineData("sin 470 066 382", "470 066 382", "")]
    [InlineData("647-024-967", "647-024-967", "")]
    [InlineData("SIN: 136996394", "136996394", "")]
    [InlineData("732 176 540.", "732 176 540", "")]
    [InlineData("{\"v\":\"616362463\"}", "616362463", "sin")]
    [InlineData("social insurance number 470-968-256", "470-968-256", "")]
    [InlineData("706 710 480", "706 710 480", "")]
    [InlineData("223-851-973", "223-851-973", "")]
    [InlineData("537 805 855", "537 805 855", "")]
    [InlineData("numéro NAS 473268191", "473268191", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.CaSin, key);

    [Theory]
    [InlineData("470066382", "")]
    [InlineData("470 066 383", "")]
    [InlineData("047 024 967", "")]
    [InlineData("870 066 382", "")]
    [InlineData("4700 66 382", "")]
    [InlineData("order 470 066 382", "")]
    [InlineData("470 066 3821", "")]
    [InlineData("x470 066 382", "")]
    [InlineData("470-066 382", "")]
    [InlineData("136996394", "uuid")]
    [InlineData("1.470 066 382", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
