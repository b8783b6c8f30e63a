using System.Security.Cryptography;
using System.Text;
using PiiScan.Operators.Crypto;
using Xunit;

namespace PiiScan.Tests.Crypto;

public class HmacHashTests
{
    [Theory]
    // RFC 4231 test cases 1, 2, 3, 4 and 6 (HMAC-SHA-256).
    [InlineData("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265", "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")]
    [InlineData("4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "dddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddddd", "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")]
    [InlineData("0102030405060708090a0b0c0d0e0f10111213141516171819", "cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd", "82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")]
    public void Rfc4231Vectors(string keyHex, string dataHex, string macHex) =>
        Assert.Equal(macHex, Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(keyHex), Convert.FromHexString(dataHex))));

    [Fact]
    public void Rfc4231Case6LargeKey() =>
        Assert.Equal(
            "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
            Convert.ToHexStringLower(HMACSHA256.HashData(Enumerable.Repeat((byte)0xaa, 131).ToArray(),
                "Test Using Larger Than Block-Size Key - Hash Key First"u8)));

    [Fact]
    public void FramingMatchesIndependentComputation()
    {
        // Python: hmac.new(bytes(range(32)), 'PERSON\x1fJane Doe'.encode(), sha256).hexdigest()[:16]
        Assert.Equal("PERSON_257f45bd446e61e0", HmacHashOperator.Compute(TestKeys.Pattern(32, 0), "PERSON", "Jane Doe"));
        var key = TestKeys.Pattern(32, 5);
        var mac = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes("EMAIL_ADDRESS\u001fa@b.example"));
        Assert.Equal("EMAIL_ADDRESS_" + Convert.ToHexStringLower(mac)[..16], HmacHashOperator.Compute(key, "EMAIL_ADDRESS", "a@b.example"));
    }

    [Fact]
    public void OperatorIsConsistentAndKeyed()
    {
        using var k1 = TestKeys.Single(0x10);
        using var k2 = TestKeys.Single(0x20);
        using var a = new HmacHashOperator(k1.ActiveKey);
        using var b = new HmacHashOperator(k2.ActiveKey);
        var sb = new StringBuilder();
        a.Apply("Jane Doe", "PERSON", sb);
        Assert.Matches("^PERSON_[0-9a-f]{16}$", sb.ToString());
        Assert.Equal(sb.ToString(), a.Hash("Jane Doe", "PERSON"));
        Assert.NotEqual(a.Hash("Jane Doe", "PERSON"), b.Hash("Jane Doe", "PERSON"));
        Assert.NotEqual(a.Hash("Jane Doe", "PERSON"), a.Hash("Jane Doe", "LOCATION")[..0] + a.Hash("Jane Doe", "LOCATION").Replace("LOCATION", "PERSON"));
        Assert.Equal("hash", a.Name);
    }
}
