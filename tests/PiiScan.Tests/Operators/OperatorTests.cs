using System.Text;
using PiiScan.Config;
using PiiScan.Detection;
using PiiScan.Operators;
using Xunit;

namespace PiiScan.Tests.Operators;

public class OperatorTests
{
    [Theory]
    [InlineData("4111111111111111", 4, "************1111")]
    [InlineData("abcdef", 4, "***def")]
    [InlineData("ab", 4, "*b")]
    [InlineData("a😀b😀", 2, "**b😀")]
    [InlineData("secret", 0, "******")]
    public void Mask_KeepLast_MasksAllButTail(string value, int keep, string expected)
    {
        var sb = new StringBuilder();
        new MaskOperator(keep).Apply(value, EntityTypes.CreditCard, sb);
        Assert.Equal(expected, sb.ToString());
    }

    [Fact]
    public void Replace_Default_WritesTypeInAngleBrackets()
    {
        var sb = new StringBuilder("x");
        new ReplaceOperator().Apply("a@example.com", EntityTypes.EmailAddress, sb);
        Assert.Equal("x<EMAIL_ADDRESS>", sb.ToString());
    }

    [Fact]
    public void Redact_Any_AppendsNothing()
    {
        var sb = new StringBuilder("x");
        RedactOperator.Instance.Apply("hunter2", EntityTypes.Password, sb);
        Assert.Equal("x", sb.ToString());
    }

    [Fact]
    public void BuildPolicy_OverrideAll_AppliesToEveryType()
    {
        var file = PolicyFile.Parse(new StringReader("operators:\n  EMAIL_ADDRESS: mask\n"));
        var policy = OperatorFactory.BuildPolicy(file, "redact", null);
        Assert.Equal("redact", policy.For(EntityTypes.EmailAddress).Name);
        Assert.Equal("redact", policy.For(EntityTypes.IpAddress).Name);
    }

    [Theory]
    [InlineData("pseudonymize")]
    [InlineData("fpe")]
    [InlineData("hash")]
    public void BuildPolicy_KeyedOperatorWithoutKeyring_ClearError(string op)
    {
        var ex = Assert.Throws<PiiScanException>(() => OperatorFactory.BuildPolicy(new PolicyFile(), op, null));
        Assert.Contains("--keys", ex.Message);
    }
}
