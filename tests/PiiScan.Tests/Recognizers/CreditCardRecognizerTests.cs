using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class CreditCardRecognizerTests
{
    private static readonly CreditCardRecognizer R = new();

    [Theory]
    [InlineData("card 4111111111111111 ok", "4111111111111111")]
    [InlineData("{\"pan\":\"4111 1111 1111 1111\"}", "4111 1111 1111 1111")]
    [InlineData("pay with 5555-5555-5555-4444.", "5555-5555-5555-4444")]
    [InlineData("5105105105105100", "5105105105105100")]
    [InlineData("amex 378282246310005", "378282246310005")]
    [InlineData("amex 3714 496353 98431 end", "3714 496353 98431")]
    [InlineData("discover 6011111111111117", "6011111111111117")]
    [InlineData("disc 6011 0009 9013 9424", "6011 0009 9013 9424")]
    [InlineData("jcb=3530111333300000", "3530111333300000")]
    [InlineData("jcb 3566002020360505;", "3566002020360505")]
    [InlineData("diners 30569309025904", "30569309025904")]
    [InlineData("diners 38520000023237", "38520000023237")]
    [InlineData("mc2 2223003122003222", "2223003122003222")]
    [InlineData("visa13 4222222222222", "4222222222222")]
    [InlineData("unionpay 6200000000000005", "6200000000000005")]
    [InlineData("(4012888888881881)", "4012888888881881")]
    public void Finds_valid_cards(string text, string expected) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.CreditCard);

    [Theory]
    [InlineData("card 4111111111111112")] // Luhn fails
    [InlineData("order 1234567812345678")] // no issuer / Luhn
    [InlineData("4111 1111-1111 1111")] // mixed separators
    [InlineData("41111 11111 11111 1")] // bad grouping
    [InlineData("ts 1607635102.00")]
    [InlineData("id=A4111111111111111")] // glued to a letter
    [InlineData("x4111111111111111y")]
    [InlineData("41111111111111111111111")] // too long
    [InlineData("3.4111111111111111")] // decimal fraction
    [InlineData("9111111111111111")] // unknown issuer prefix 9
    [InlineData("411111111111")] // too short
    [InlineData("5555555555554444 55")] // 16+2 digit groups are not a card layout
    public void Ignores_near_misses(string text) => RecognizerTestHelper.AssertNone(R, text);

    [Fact]
    public void Context_raises_score_and_keeps_base()
    {
        var d = RecognizerTestHelper.AssertFinds(R, "4111111111111111", "4111111111111111", EntityTypes.CreditCard, key: "card_number");
        Assert.Equal(0.95f, d.BaseScore);
        Assert.True(d.Score > d.BaseScore);
    }
}
