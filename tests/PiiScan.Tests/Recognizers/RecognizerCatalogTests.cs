using PiiScan.Detection;
using PiiScan.Detection.Recognizers;
using Xunit;

namespace PiiScan.Tests.Recognizers;

public class RecognizerCatalogTests
{
    [Fact]
    public void Default_catalog_has_unique_names_and_known_types()
    {
        var all = RecognizerCatalog.CreateDefault(RecognizerOptions.Default);
        Assert.True(all.Count >= 20);
        Assert.Equal(all.Count, all.Select(r => r.Name).Distinct().Count());
        foreach (var r in all)
        {
            Assert.NotEmpty(r.SupportedTypes);
            Assert.All(r.SupportedTypes, t => Assert.True(EntityTypes.IsKnown(t), t));
        }
    }

    [Fact]
    public void Enabled_and_disabled_types_filter()
    {
        var only = RecognizerCatalog.CreateDefault(new RecognizerOptions { EnabledTypes = ["email_address", "IP_ADDRESS"] });
        Assert.Equal(2, only.Count);
        var without = RecognizerCatalog.CreateDefault(new RecognizerOptions { DisabledTypes = [EntityTypes.PhoneNumber] });
        Assert.DoesNotContain(without, r => r.SupportedTypes.Contains(EntityTypes.PhoneNumber));
    }

    [Fact]
    public void Phone_region_is_passed_through()
    {
        var all = RecognizerCatalog.CreateDefault(new RecognizerOptions { DefaultPhoneRegion = "gb" });
        var phone = Assert.Single(all.OfType<PhoneNumberRecognizer>());
        Assert.Equal("GB", phone.DefaultRegion);
    }
}
