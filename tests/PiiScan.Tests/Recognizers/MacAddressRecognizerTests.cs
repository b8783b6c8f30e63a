using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class MacAddressRecognizerTests
{
    private static readonly MacAddressRecognizer R = new();

    [Theory]
    [InlineData("mac 00:1a:2b:3c:4d:5e up", "00:1a:2b:3c:4d:5e", "")]
    [InlineData("HWaddr 00-1A-2B-3C-4D-5E", "00-1A-2B-3C-4D-5E", "")]
    [InlineData("{\"bssid\":\"a4:5e:60:e8:1f:09\"}", "a4:5e:60:e8:1f:09", "")]
    [InlineData("cisco 001a.2b3c.4d5e", "001a.2b3c.4d5e", "")]
    [InlineData("dev=DE:AD:BE:EF:00:01;", "DE:AD:BE:EF:00:01", "")]
    [InlineData("(02:42:ac:11:00:02)", "02:42:ac:11:00:02", "")]
    [InlineData("ether f0:18:98:12:34:56.", "f0:18:98:12:34:56", "")]
    [InlineData("AA-BB-CC-DD-EE-01", "AA-BB-CC-DD-EE-01", "")]
    [InlineData("wifi 3c:22:fb:aa:bb:cc ok", "3c:22:fb:aa:bb:cc", "")]
    [InlineData("ap c8:3a:35:0b:c1:d2", "c8:3a:35:0b:c1:d2", "")]
    [InlineData("MAC: 9681.6032.0782, ok", "9681.6032.0782", "")] // digits-only Cisco form with MAC context
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.MacAddress, key);

    [Theory]
    [InlineData("00:00:00:00:00:00", "")]
    [InlineData("ff:ff:ff:ff:ff:ff", "")]
    [InlineData("00:1a:2b:3c:4d", "")]
    [InlineData("00:1a:2b:3c:4d:5e:6f", "")]
    [InlineData("00:1a-2b:3c:4d:5e", "")]
    [InlineData("at 12:34:56", "")]
    [InlineData("x00:1a:2b:3c:4d:5e", "")]
    [InlineData("1234.5678.9012", "")]
    [InlineData("build 1234.5678.9012", "")]
    [InlineData("00:1g:2b:3c:4d:5e", "")]
    [InlineData("uuid 123e4567-e89b-12d3-a456-426614174000", "")]
    [InlineData("order 00:1a:2b:3c:4d:5e", "")]
    [InlineData("2001:db8::1", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
