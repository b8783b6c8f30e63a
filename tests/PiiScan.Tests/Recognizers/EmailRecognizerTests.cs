using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class EmailRecognizerTests
{
    private static readonly EmailRecognizer R = new();

    [Theory]
    [InlineData("contact john.doe@example.com today", "john.doe@example.com")]
    [InlineData("{\"email\":\"jane+news@mail.example.org\"}", "jane+news@mail.example.org")]
    [InlineData("<a.b-c_d@sub.domain.co.uk>", "a.b-c_d@sub.domain.co.uk")]
    [InlineData("mail me: x@y.io.", "x@y.io")]
    [InlineData("user=o'brien@example.ie;", "o'brien@example.ie")]
    [InlineData("José@bücher.example.de", "José@bücher.example.de")]
    [InlineData("punycode a1@xn--bcher-kva.xn--p1ai", "a1@xn--bcher-kva.xn--p1ai")]
    [InlineData("FOO.BAR@EXAMPLE.COM", "FOO.BAR@EXAMPLE.COM")]
    [InlineData("to:alice%team@corp-mail.example.net,", "alice%team@corp-mail.example.net")]
    [InlineData("'bob@example.com'", "bob@example.com")]
    [InlineData("reply-to=sales_2024@shop.example.travel", "sales_2024@shop.example.travel")]
    [InlineData("https://example.com/unsubscribe?email=jane@example.com", "jane@example.com")]
    public void Finds_addresses(string text, string expected) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.EmailAddress);

    [Theory]
    [InlineData("icon image@2x.png")]
    [InlineData("npm lodash@4.17.21")]
    [InlineData("user@localhost")]
    [InlineData("a..b@example.com")]
    [InlineData("trailing.@example.com")]
    [InlineData("name@-example.com")]
    [InlineData("name@example-.com")]
    [InlineData("@example.com")]
    [InlineData("name@example.c")]
    [InlineData("name@example.123")]
    [InlineData("docker pull repo/img@sha256:abcdef")]
    [InlineData("logo@3x.jpg")]
    [InlineData("DATABASE_URL: postgres://svc_app:Error~6357enim@mq.internal.example.net:7912/beatae")] // URL credentials, not a mailbox
    [InlineData("user_db=https://admin:Itaque!3319officiis@mongo.example.org:4186/ullam")]
    public void Ignores_near_misses(string text) => RecognizerTestHelper.AssertNone(R, text);
}
