using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class AwsAccessKeyRecognizerTests
{
    private static readonly AwsAccessKeyRecognizer R = new();

    [Theory]
    [InlineData("token AKIAF6E2B7AYYAEFFHQ2 ok", "AKIAF6E2B7AYYAEFFHQ2", "")]
    [InlineData("{\"token\":\"AKIAVY545FBTF6BOH77Q\"}", "AKIAVY545FBTF6BOH77Q", "")]
    [InlineData("Authorization: Bearer AKIAAXTJMKV47PUZQM3M", "AKIAAXTJMKV47PUZQM3M", "")]
    [InlineData("GITHUB_TOKEN=AKIANYOUNII7WCERKH46", "AKIANYOUNII7WCERKH46", "")]
    [InlineData("'AKIARN2Y7U4UECRCRWTB'", "AKIARN2Y7U4UECRCRWTB", "")]
    [InlineData("AKIAIZ5MBRPJDH4GXEMM", "AKIAIZ5MBRPJDH4GXEMM", "")]
    [InlineData("x ASIA6QLA6CLORWKZOF2Y.", "ASIA6QLA6CLORWKZOF2Y", "")]
    [InlineData("url?t=ASIAI45MAYV5UNGHNPYF&a=1", "ASIAI45MAYV5UNGHNPYF", "")]
    [InlineData("[ASIATUQBWFC4V2R7BNE3]", "ASIATUQBWFC4V2R7BNE3", "")]
    [InlineData("auth=ASIACLVI6J47FO4SKQTY;", "ASIACLVI6J47FO4SKQTY", "")]
    [InlineData("push with AKIAIOSFODNN7EXAMPLE now", "AKIAIOSFODNN7EXAMPLE", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.AwsAccessKey, key);

    [Theory]
    [InlineData("AKIAF6E2B7AYYAEFFHQ", "")]
    [InlineData("AKIAF6E2B7AYYAEFFHQ2X", "")]
    [InlineData("AKIAf6e2b7ayyaeffhq2", "")]
    [InlineData("AKIAF6E2B7AYYAEFFHQ1", "")]
    [InlineData("XAKIAF6E2B7AYYAEFFHQ2", "")]
    [InlineData("AKIBF6E2B7AYYAEFFHQ2", "")]
    [InlineData("ASIA 6QLA6CLORWKZOF2Y", "")]
    [InlineData("akia1234567890123456", "")]
    [InlineData("AKIA0000000000000000", "")]
    [InlineData("ASIAN markets", "")]
    [InlineData("AKIA_F6E2B7AYYAEFFHQ2", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
