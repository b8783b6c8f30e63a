using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class InAadhaarRecognizerTests
{
    private static readonly InAadhaarRecognizer R = new();

    [Theory]
    [InlineData("aadhaar 8748 2753 4649", "8748 2753 4649", "")]
    [InlineData("8270 4534 5770", "8270 4534 5770", "")]
    [InlineData("uid: 891524601952", "891524601952", "")]
    [InlineData("4859-0031-4495", "4859-0031-4495", "")]
    [InlineData("{\"a\":\"392327523686\"}", "392327523686", "aadhaar_no")]
    [InlineData("4991 8437 3813.", "4991 8437 3813", "")]
    [InlineData("9181 4632 7788", "9181 4632 7788", "")]
    [InlineData("2772 7372 8900", "2772 7372 8900", "")]
    [InlineData("Aadhar number 457974756613", "457974756613", "")]
    [InlineData("4500 9051 8779", "4500 9051 8779", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.InAadhaar, key);

    [Theory]
    [InlineData("874827534649", "")]
    [InlineData("8748 2753 4648", "")]
    [InlineData("1748 2753 4649", "")]
    [InlineData("0270 4534 5770", "")]
    [InlineData("874 8275 34649", "")]
    [InlineData("order 8748 2753 4649", "")]
    [InlineData("8748 2753 46491", "")]
    [InlineData("8748 2753 4649 1234", "")]
    [InlineData("x8748 2753 4649", "")]
    [InlineData("874827534649", "aadhaar_hash_sha")]
    [InlineData("id 485900314494", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
