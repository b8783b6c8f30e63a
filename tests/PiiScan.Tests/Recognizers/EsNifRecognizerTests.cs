using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class EsNifRecognizerTests
{
    private static readonly EsNifRecognizer R = new();

    [Theory]
    [InlineData("dni 72143795V ok", "72143795V", "")]
    [InlineData("{\"v\":\"92304355L\"}", "92304355L", "")]
    [InlineData("NIF: 60105079F", "60105079F", "")]
    [InlineData("45854175H", "45854175H", "")]
    [InlineData("id=28594445V;", "28594445V", "")]
    [InlineData("(34983952D)", "34983952D", "")]
    [InlineData("x X1107962Y.", "X1107962Y", "")]
    [InlineData("'Y6676160X'", "Y6676160X", "")]
    [InlineData("[Z9435283K]", "Z9435283K", "")]
    [InlineData("to X8779956M ok", "X8779956M", "")]
    [InlineData("Y2355844Z", "Y2355844Z", "")]
    [InlineData("nif 72143795-V", "72143795-V", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.EsNif, key);

    [Theory]
    [InlineData("72143795W", "")]
    [InlineData("X1107962Z", "")]
    [InlineData("W1107962Y", "")]
    [InlineData("721437950V", "")]
    [InlineData("7214379V", "")]
    [InlineData("a72143795V", "")]
    [InlineData("72143795VV", "")]
    [InlineData("72143795v", "")]
    [InlineData("order 1234.72143795V", "")]
    [InlineData("72143795", "")]
    [InlineData("X110796Y", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
