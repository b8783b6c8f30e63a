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
        Assert.True(all.Count >= 10);
        Assert.True(RecognizerCatalog.CreateDefault(new RecognizerOptions { CombineScanners = false }).Count >= 30);
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
        var group = Assert.Single(all.OfType<DigitRunGroup>());
        var phone = Assert.Single(group.Members.OfType<PhoneNumberRecognizer>());
        Assert.Equal("GB", phone.DefaultRegion);
    }

    [Theory]
    [InlineData("card 4111 1111 1111 1111, ssn 536-22-1234, nhs 609 139 0996, sin 470 066 382, imei 35-896929-130721-7")]
    [InlineData("routing number 011000015 aadhaar 8748 2753 4649 amex 378282246310005 ssn: 536221234")]
    [InlineData("ts 1607635102 order 1234567812345678 uuid 550e8400-e29b-41d4-a716-446655440000")]
    [InlineData("at 2024-01-15T10:30:00.123Z v1.2.3 x=0.95 12:34567890X 1/4111111111111111 call (202) 555-0143 +44 20 7946 0958")]
    [InlineData("dob: 12/05/1990, nif 72143795V nie X1107962Y KRTWBX48C71X432R S0068675A YY572004D DE46398259791907483378")]
    [InlineData("send 1FX5CB74NSsN6R6bpWW5T1aeZsvMFtLyth, bc1qe30dcjcfdme059e427pech8ty4t5dm9n5xpc0a 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed 39Y5aH6qWc3R6T8Xfy4mtjgPc3XEH6ABAU")]
    [InlineData("{\"n\":1024,\"a\":\"+1 202 555 0143\",\"b\":12;\"ssn\":\"536-22-1234\"}\n12 May 1990\t9")]
    [InlineData("DOB: May 12, 1990 and birthday Oct 28, 1943, thanks; {\"birthdate\": \"Jun 16, 1960\", \"n\": 7, \"m\": 8}")]
    [InlineData("{\"note\":\"MRN: 482913\",\"n\":551203}\nMRN 482913;")] // 6-digit record numbers closed by punctuation
    public void Combined_scanners_report_the_same_as_individual_recognizers(string text)
    {
        static List<string> Run(IReadOnlyList<IRecognizer> recognizers, string text)
        {
            var results = new List<PiiScan.Detection.Detection>();
            foreach (var r in recognizers)
            {
                r.Analyze(text, FieldContext.PlainText, results);
            }
            return results.Select(d => $"{d.Start}-{d.End}:{d.Type}:{d.Recognizer}:{d.Pattern}:{d.Score}").OrderBy(x => x, StringComparer.Ordinal).ToList();
        }
        var combined = RecognizerCatalog.CreateDefault(RecognizerOptions.Default);
        var separate = RecognizerCatalog.CreateDefault(new RecognizerOptions { CombineScanners = false });
        Assert.Contains(combined, r => r is DigitRunGroup);
        Assert.DoesNotContain(separate, r => r is DigitRunGroup or DigitSequenceGroup);
        var expected = Run(separate, text);
        Assert.Equal(expected, Run(combined, text));
    }
}
