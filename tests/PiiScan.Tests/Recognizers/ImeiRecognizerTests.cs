using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class ImeiRecognizerTests
{
    private static readonly ImeiRecognizer R = new();

    [Theory]
    [InlineData("imei 359064100379083", "359064100379083", "")]
    [InlineData("35-896929-130721-7", "35-896929-130721-7", "")]
    [InlineData("35 206105 248442 1", "35 206105 248442 1", "")]
    [InlineData("{\"v\":\"356050699079807\"}", "356050699079807", "imei")]
    [InlineData("IMEI: 351696710699273.", "351696710699273", "")]
    [InlineData("device id 356811732060017", "356811732060017", "")]
    [InlineData("35-131270-493720-4", "35-131270-493720-4", "")]
    [InlineData("(35-521487-740000-0)", "35-521487-740000-0", "")]
    [InlineData("handset 350916449279051", "350916449279051", "")]
    [InlineData("35 597722 152676 7", "35 597722 152676 7", "")]
    public void Finds_valid(string text, string expected, string key) =>
        RecognizerTestHelper.AssertFinds(R, text, expected, EntityTypes.Imei, key);

    [Theory]
    [InlineData("359064100379083", "")]
    [InlineData("imei 359064100379084", "")]
    [InlineData("35-896929-130721-8", "")]
    [InlineData("358-96929-130721-7", "")]
    [InlineData("imei 3590641003790831", "")]
    [InlineData("order 35-896929-130721-7", "")]
    [InlineData("35-896929-1307217", "")]
    [InlineData("356050699079807", "build_id")]
    [InlineData("x35-896929-130721-7", "")]
    [InlineData("imei 35906410037908", "")]
    public void Ignores_near_misses(string text, string key) => RecognizerTestHelper.AssertNone(R, text, key);
}
