using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class StripeKeyRecognizerTests
{
    private static readonly StripeKeyRecognizer R = new();

    [Theory]
    [InlineData("key sk_live_4eC39HqLyjWDarjtT1zdp7dc", "sk_live_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("sk_test_4eC39HqLyjWDarjtT1zdp7dc", "sk_test_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("rk_live_51H8abcdEFGHijklMNOPqrst", "rk_live_51H8abcdEFGHijklMNOPqrst", "")]
    [InlineData("{\"k\":\"pk_live_51H8abcdEFGHijklMNOPqrst\"}", "pk_live_51H8abcdEFGHijklMNOPqrst", "")]
    [InlineData("STRIPE_KEY=sk_live_51H8abcdEFGHijklMNOPqrstUVWXyz0123456789", "sk_live_51H8abcdEFGHijklMNOPqrstUVWXyz0123456789", "")]
    [InlineData("'rk_test_abcdefghijklmnop1234'", "rk_test_abcdefghijklmnop1234", "")]
    [InlineData("pk_test_TYooMQauvdEDq54NiTphI7jx.", "pk_test_TYooMQauvdEDq54NiTphI7jx", "")]
    [InlineData("Bearer sk_live_0000111122223333abcd", "sk_live_0000111122223333abcd", "")]
    [InlineData("a=sk_test_zzzzzzzzzzzzzzzz1&b", "sk_test_zzzzzzzzzzzzzzzz1", "")]
    [InlineData("[sk_live_ABCDEFGHIJKLMNOPQRSTUVWX]", "sk_live_ABCDEFGHIJKLMNOPQRSTUVWX", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.StripeKey, key);

    [Theory]
    [InlineData("sk_live_short", "")]
    [InlineData("sk_prod_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("xsk_live_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("sk_live_", "")]
    [InlineData("task_live_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("sk_live_4eC39HqLyjWDarjtT1zdp7dc_x", "")]
    [InlineData("SK_LIVE_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("sk-live-4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("ak_live_4eC39HqLyjWDarjtT1zdp7dc", "")]
    [InlineData("sk_live_123456789012345", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
