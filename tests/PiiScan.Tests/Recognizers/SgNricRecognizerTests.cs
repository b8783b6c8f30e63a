using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class SgNricRecognizerTests
{
    private static readonly SgNricRecognizer R = new();

    [Theory]
    [InlineData("dni S0068675A ok", "S0068675A", "")]
    [InlineData("{\"v\":\"T3916316G\"}", "T3916316G", "")]
    [InlineData("NIF: F8585242Q", "F8585242Q", "")]
    [InlineData("G4002421U", "G4002421U", "")]
    [InlineData("id=S9200073G;", "S9200073G", "")]
    [InlineData("(T6490542I)", "T6490542I", "")]
    [InlineData("x F7842184M.", "F7842184M", "")]
    [InlineData("'G1167286N'", "G1167286N", "")]
    [InlineData("[S9249975H]", "S9249975H", "")]
    [InlineData("to T1048221B ok", "T1048221B", "")]
    [InlineData("S2303277E", "S2303277E", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.SgNric, key);

    [Theory]
    [InlineData("S0068675B", "")]
    [InlineData("T3916316A", "")]
    [InlineData("A0068675A", "")]
    [InlineData("XS0068675A", "")]
    [InlineData("S0068675AB", "")]
    [InlineData("S006867A", "")]
    [InlineData("S00686750A", "")]
    [InlineData("s0068675a", "")]
    [InlineData("M0068675A", "")]
    [InlineData("S 0068675A", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
