using PiiScan.Dsr;
using Xunit;

namespace PiiScan.Tests.Dsr;

public class SubjectNormalizerTests
{
    [Theory]
    [InlineData("EMAIL_ADDRESS", " Jane.Doe@Example.COM ", "jane.doe@example.com")]
    [InlineData("PHONE_NUMBER", "(415) 555-0123", "+14155550123")]
    [InlineData("PHONE_NUMBER", "+1 415 555 0123", "+14155550123")]
    [InlineData("US_SSN", "536-22-1234", "536221234")]
    [InlineData("CREDIT_CARD", "4111 1111-1111 1111", "4111111111111111")]
    [InlineData("IBAN_CODE", "gb82 west 1234 5698 7654 32", "GB82WEST12345698765432")]
    [InlineData("US_BANK_NUMBER", "4419-2283 0017", "441922830017")]
    [InlineData("MEDICAL_RECORD_NUMBER", "0048-2913", "00482913")]
    [InlineData("IP_ADDRESS", "2001:DB8:0:0::1", "2001:db8::1")]
    [InlineData("PERSON", "  José   ÖKAFOR ", "jose okafor")]
    public void Normalize_VariantSpellings_GiveCanonicalValue(string type, string value, string expected)
    {
        Assert.Equal(expected, SubjectNormalizer.Normalize(type, value, "US"));
    }

    [Fact]
    public void Normalize_UnindexedType_ReturnsNull()
    {
        Assert.Null(SubjectNormalizer.Normalize("URL", "https://example.com", "US"));
    }

    [Fact]
    public void Hash_SameSubjectDifferentSpelling_SameHash()
    {
        using var keyring = Crypto.TestKeys.Single();
        using var hasher = SubjectHasher.ForActiveKey(keyring);
        Assert.Equal(hasher.HashValue("PHONE_NUMBER", "(415) 555-0123", "US"), hasher.HashValue("PHONE_NUMBER", "+14155550123", "US"));
        Assert.NotEqual(hasher.HashValue("EMAIL_ADDRESS", "a@example.com", "US"), hasher.HashValue("PERSON", "a@example.com", "US"));
        Assert.Matches("^[0-9a-f]{64}$", hasher.HashValue("US_SSN", "536-22-1234", "US")!);
    }
}
