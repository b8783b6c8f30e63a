using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class UkNhsRecognizerTests
{
    private static readonly UkNhsRecognizer R = new();

    [Theory]
    [InlineData("nhs 609 139 0996", "609 139 0996", "")]
    [InlineData("patient 907-866-6617", "907-866-6617", "")]
    [InlineData("116 372 6516", "116 372 6516", "")]
    [InlineData("NHS number: 9314170586", "9314170586", "")]
    [InlineData("{\"n\":\"7407188181\"}", "7407188181", "nhs_number")]
    [InlineData("137 484 7771.", "137 484 7771", "")]
    [InlineData("(452 984 1537)", "452 984 1537", "")]
    [InlineData("nhs_no=1564041042", "1564041042", "")]
    [InlineData("640 206 7970", "640 206 7970", "")]
    [InlineData("168 773 1322", "168 773 1322", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.UkNhs, key);

    [Theory]
    [InlineData("6091390996", "")]
    [InlineData("609 139 0997", "")]
    [InlineData("907-866-6618", "")]
    [InlineData("1163-726-516", "")]
    [InlineData("ts 1607635102", "")]
    [InlineData("6091390996 nhs", "")]
    [InlineData("order 609 139 0996", "")]
    [InlineData("609 139 09961", "")]
    [InlineData("x609 139 0996", "")]
    [InlineData("116 372 6517", "")]
    [InlineData("9314170586", "trace_id")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
