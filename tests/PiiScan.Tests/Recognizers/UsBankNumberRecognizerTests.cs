using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UsBankNumberRecognizerTests
{
    private static readonly UsBankNumberRecognizer R = new();

    [Theory]
    [InlineData("Wire $5,000 to Carlos Mendoza, account 000123456789, routing 021000021.", "000123456789", "")]
    [InlineData("Account Number: 4419 2283 0017", "4419 2283 0017", "")]
    [InlineData("acct# 88123457", "88123457", "")]
    [InlineData("checking account 12345678901234567", "12345678901234567", "")]
    [InlineData("savings acct 9876-5432-10", "9876-5432-10", "")]
    [InlineData("bank account no. 31926819", "31926819", "")]
    [InlineData("Account locked for user 10293847", "10293847", "")] // a user id labeled account: reported (it identifies a customer)
    [InlineData("10293847", "10293847", "user_account_number")] // a key's words count, so user words are no negative context
    [InlineData("Kontonummer 5301234567", "5301234567", "")]
    [InlineData("número de cuenta 20381234567890", "20381234567890", "")]
    [InlineData("{\"account_number\":\"72839104\"}", "72839104", "account_number")]
    [InlineData("72839104", "72839104", "bank_account")]
    public void Analyze_AccountNumberWithContext_FindsIt(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UsBankNumber, key);

    [Theory]
    [InlineData("000123456789", "")] // no context
    [InlineData("account 1234567", "")] // 7 digits
    [InlineData("account 123456789012345678", "")] // 18 digits
    [InlineData("account 00000000", "")] // a placeholder
    [InlineData("AWS account 123456789012 in us-east-1", "")]
    [InlineData("account id 123456789012", "")]
    [InlineData("AccountId=123456789012 region=us-east-1", "")]
    [InlineData("account settings saved, order 12345678", "")] // the nearest word is an order
    [InlineData("account opened 2026-03-14", "")] // a date
    [InlineData("account opened 20260314", "")]
    [InlineData("account v12345678", "")]
    [InlineData("account 12345678abc", "")]
    [InlineData("Accountant, phone 51 516 33 75 90", "")]
    [InlineData("Person Contact 918295750515", "")] // "conta" (Portuguese) is no prefix of "contact"
    [InlineData("checking job status 123456789", "")]
    [InlineData("123456789012", "account_id")]
    [InlineData("123456789012", "aws_account")]
    public void Analyze_NoAccountContext_FindsNothing(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);

    [Fact]
    public void Analyze_WithContext_ScoresBelowPhoneNumbersAndCards()
    {
        var d = RecognizerTestHelper.AssertFinds(R, "account 000123456789", "000123456789", EntityTypes.UsBankNumber);
        Assert.Equal(0.6f, d.Score, 3);
    }
}
