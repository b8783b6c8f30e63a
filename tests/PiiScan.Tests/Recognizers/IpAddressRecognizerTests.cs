using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class IpAddressRecognizerTests
{
    private static readonly IpAddressRecognizer R = new();

    [Theory]
    [InlineData("client 192.168.1.10 connected", "192.168.1.10")]
    [InlineData("{\"ip\":\"10.0.0.1\"}", "10.0.0.1")]
    [InlineData("remote=203.0.113.7:8443", "203.0.113.7")]
    [InlineData("cidr 172.16.0.0/12", "172.16.0.0")]
    [InlineData("from 8.8.8.8.", "8.8.8.8")]
    [InlineData("v6 2001:db8:85a3::8a2e:370:7334 ok", "2001:db8:85a3::8a2e:370:7334")]
    [InlineData("addr=[2001:0db8:0000:0000:0000:ff00:0042:8329]:443", "2001:0db8:0000:0000:0000:ff00:0042:8329")]
    [InlineData("link fe80::1ff:fe23:4567:890a", "fe80::1ff:fe23:4567:890a")]
    [InlineData("mapped ::ffff:192.0.2.128", "::ffff:192.0.2.128")]
    [InlineData("peer 2001:db8::1", "2001:db8::1")]
    [InlineData("x-forwarded-for: 198.51.100.23, 10.1.2.3", "198.51.100.23")]
    public void Finds_addresses(string text, string expected) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.IpAddress);

    [Theory]
    [InlineData("bind 0.0.0.0")]
    [InlineData("lo 127.0.0.1")]
    [InlineData("bcast 255.255.255.255")]
    [InlineData("version 1.2.3.4")]
    [InlineData("win v10.0.19045.1234")]
    [InlineData("build 10.0.0.1")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("01.02.03.04")]
    [InlineData("1.2.3.4.5")]
    [InlineData("at 12:34:56.789")]
    [InlineData("mac 00:1a:2b:3c:4d:5e")]
    [InlineData("std::vector<int>")]
    [InlineData("loopback ::1")]
    [InlineData("1607635102.00")]
    public void Ignores_near_misses(string text) => RecognizerTestHelper.AssertNone(R, text);
}
