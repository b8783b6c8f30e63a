using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class SlackTokenRecognizerTests
{
    private static readonly SlackTokenRecognizer R = new();

    [Theory]
    [InlineData("token xoxb-2143567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "xoxb-2143567890-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx", "")]
    [InlineData("{\"t\":\"xoxp-2143567890-2143567890-2143567890-0123456789abcdef0123456789abcdef\"}", "xoxp-2143567890-2143567890-2143567890-0123456789abcdef0123456789abcdef", "")]
    [InlineData("xoxa-2-2143567890-1234567890-abcdefabcdef", "xoxa-2-2143567890-1234567890-abcdefabcdef", "")]
    [InlineData("SLACK=xoxr-2143567890-1234567890-zzzzzzzzzz", "xoxr-2143567890-1234567890-zzzzzzzzzz", "")]
    [InlineData("xoxs-2143567890-1234567890-1234567890-abc", "xoxs-2143567890-1234567890-1234567890-abc", "")]
    [InlineData("'xoxo-2143567890-abcdefghijklmnop'", "xoxo-2143567890-abcdefghijklmnop", "")]
    [InlineData("Bearer xoxb-11111111111-22222222222-abcDEF", "xoxb-11111111111-22222222222-abcDEF", "")]
    [InlineData("slack xoxb-99999-88888-abcdefghijklmnopqrst.", "xoxb-99999-88888-abcdefghijklmnopqrst", "")]
    [InlineData("[xoxp-123456789012-123456789012-abcd]", "xoxp-123456789012-123456789012-abcd", "")]
    [InlineData("a=xoxb-123-456-abcdefghijklmnopqrstuv&b", "xoxb-123-456-abcdefghijklmnopqrstuv", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.SlackToken, key);

    [Theory]
    [InlineData("xoxb-short", "")]
    [InlineData("xoxz-2143567890-1234567890-abcdef", "")]
    [InlineData("xox-2143567890-1234567890", "")]
    [InlineData("axoxb-2143567890-1234567890-abcdef", "")]
    [InlineData("xoxb-abcdefghijklmnopqrstuvwxyz", "")]
    [InlineData("xoxb2143567890-1234567890-abcdef", "")]
    [InlineData("xoxb-", "")]
    [InlineData("the xox game", "")]
    [InlineData("xoxb-123-456", "")]
    [InlineData("XOXB-2143567890-1234567890-abcdef", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
