using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class ItFiscalCodeRecognizerTests
{
    private static readonly ItFiscalCodeRecognizer R = new();

    [Theory]
    [InlineData("dni KRTWBX48C71X432R ok", "KRTWBX48C71X432R", "")]
    [InlineData("{\"v\":\"FFHBDE64R65Z764U\"}", "FFHBDE64R65Z764U", "")]
    [InlineData("NIF: DJGVHX53B25M287J", "DJGVHX53B25M287J", "")]
    [InlineData("KZBGWA52A53E024V", "KZBGWA52A53E024V", "")]
    [InlineData("id=HNXDTA15R07K008C;", "HNXDTA15R07K008C", "")]
    [InlineData("(CERAQC73M18N070B)", "CERAQC73M18N070B", "")]
    [InlineData("x MGUYCW74C06B276E.", "MGUYCW74C06B276E", "")]
    [InlineData("'RVTEXI94R44H165W'", "RVTEXI94R44H165W", "")]
    [InlineData("[TQBXLV66R19L112Q]", "TQBXLV66R19L112Q", "")]
    [InlineData("to SLOGMG73T53A443A ok", "SLOGMG73T53A443A", "")]
    [InlineData("DGHOIK11E21Q802V", "DGHOIK11E21Q802V", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.ItFiscalCode, key);

    [Theory]
    [InlineData("KRTWBX48C71X432S", "")]
    [InlineData("ffhbde64r65z764u", "")]
    [InlineData("XDJGVHX53B25M287J", "")]
    [InlineData("KZBGWA52A53E024VA", "")]
    [InlineData("HNXDTA15R07K008", "")]
    [InlineData("KRTWBX48Z71X432R", "")]
    [InlineData("KRTWBX48C99X432R", "")]
    [InlineData("KRTWB148C71X432R", "")]
    [InlineData("ABCDEF12G34H567I", "")]
    [InlineData("hello world 12345", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
