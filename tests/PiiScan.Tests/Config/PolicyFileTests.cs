using PiiScan.Config;
using PiiScan.Detection;
using Xunit;

namespace PiiScan.Tests.Config;

public class PolicyFileTests
{
    [Fact]
    public void Parse_SamplePolicy_ReadsEverySection()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "samples", "policy.yaml");
        var policy = PolicyFile.Load(path);
        Assert.Equal("replace", policy.DefaultOperator.Operator);
        Assert.Equal("mask", policy.Operators[EntityTypes.CreditCard].Operator);
        Assert.Equal(4, policy.Operators[EntityTypes.CreditCard].KeepLast);
        Assert.Equal("[ip]", policy.Operators[EntityTypes.IpAddress].With);
        Assert.Equal(0.7f, policy.Thresholds[EntityTypes.Person]);
        Assert.Equal(0.5f, policy.DefaultThreshold);
        Assert.Contains("support@example.com", policy.AllowList);
        Assert.Equal(EntityTypes.Organization, Assert.Single(policy.DenyList).Type);
        Assert.Equal(EntityTypes.Person, policy.FieldTypes["cust_nm"]);
        Assert.Null(policy.FieldTypes["company"]);
    }

    [Theory]
    [InlineData("operatorz:\n  EMAIL_ADDRESS: mask\n", "unknown key 'operatorz'")]
    [InlineData("operators:\n  EMAIL: mask\n", "unknown entity type 'EMAIL'")]
    [InlineData("operators:\n  EMAIL_ADDRESS: shred\n", "unknown operator 'shred'")]
    [InlineData("thresholds:\n  default: 1.5\n", "between 0 and 1")]
    [InlineData("deny_list:\n  - value: x\n", "needs 'value' and 'type'")]
    [InlineData("operators: [\n", "invalid YAML")]
    [InlineData("field_types:\n  cust_nm: EMAIL_ADDRESS\n", "not a type a whole field value is given")]
    [InlineData("field_types:\n  cust_nm: PERSN\n", "unknown entity type 'PERSN'")]
    public void Parse_InvalidPolicy_ClearErrorWithLine(string yaml, string expected)
    {
        var ex = Assert.Throws<PiiScanException>(() => PolicyFile.Parse(new StringReader(yaml), "p.yaml"));
        Assert.Contains(expected, ex.Message);
        Assert.StartsWith("p.yaml", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_ClearError()
    {
        var ex = Assert.Throws<PiiScanException>(() => PolicyFile.Load("/nonexistent/policy.yaml"));
        Assert.Contains("--config", ex.Message);
    }

    [Fact]
    public void Parse_Empty_Defaults()
    {
        var policy = PolicyFile.Parse(new StringReader(""));
        Assert.Equal("replace", policy.DefaultOperator.Operator);
        Assert.Empty(policy.Operators);
    }
}
