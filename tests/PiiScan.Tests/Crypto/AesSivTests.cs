using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using PiiScan.Operators.Crypto;
using Xunit;

namespace PiiScan.Tests.Crypto;

public class AesSivTests
{
    [Fact]
    public void Rfc5297_A1_DeterministicAuthenticatedEncryption()
    {
        // RFC 5297 Appendix A.1 (256-bit SIV key = AES-128).
        var key = TestKeys.Hex("fffefdfc fbfaf9f8 f7f6f5f4 f3f2f1f0 f0f1f2f3 f4f5f6f7 f8f9fafb fcfdfeff");
        var ad = TestKeys.Hex("10111213 14151617 18191a1b 1c1d1e1f 20212223 24252627");
        var plaintext = TestKeys.Hex("11223344 55667788 99aabbcc ddee");
        var expected = TestKeys.Hex("85632d07 c6e8f37f 950acd32 0a2ecc93 40c02b96 90c4dc04 daef7f6a fe5c");
        using var siv = new AesSiv(key);
        Assert.Equal(expected, siv.Encrypt(plaintext, ad));
        Assert.Equal(expected, siv.Encrypt(plaintext, new[] { ad }));
        Assert.True(siv.TryDecrypt(expected, ad, out var back));
        Assert.Equal(plaintext, back);
    }

    [Fact]
    public void Rfc5297_A2_NonceBasedWithSeveralAdComponents()
    {
        // RFC 5297 Appendix A.2: AD1, AD2 and the nonce are the S2V components before the plaintext.
        var key = TestKeys.Hex("7f7e7d7c 7b7a7978 77767574 73727170 40414243 44454647 48494a4b 4c4d4e4f");
        var ad1 = TestKeys.Hex("00112233 44556677 8899aabb ccddeeff deaddada deaddada ffeeddcc bbaa9988 77665544 33221100");
        var ad2 = TestKeys.Hex("10203040 50607080 90a0");
        var nonce = TestKeys.Hex("09f91102 9d74e35b d84156c5 635688c0");
        var plaintext = TestKeys.Hex("74686973 20697320 736f6d65 20706c61 696e7465 78742074 6f20656e 63727970 74207573 696e6720 5349562d 414553");
        var expected = TestKeys.Hex("7bdb6e3b 432667eb 06f4d14b ff2fbd0f cb900f2f ddbe4043 26601965 c889bf17 dba77ceb 094fa663 b7a3f748 ba8af829 ea64ad54 4a272e9c 485b62a3 fd5c0d");
        using var siv = new AesSiv(key);
        var ads = new[] { ad1, ad2, nonce };
        Assert.Equal(expected, siv.Encrypt(plaintext, ads));
        Assert.True(siv.TryDecrypt(expected, ads, out var back));
        Assert.Equal(plaintext, back);
    }

    [Theory]
    [InlineData(32)]
    [InlineData(48)]
    [InlineData(64)]
    public void RoundTripsAllKeySizesAndLengths(int keyLength)
    {
        using var siv = new AesSiv(TestKeys.Pattern(keyLength, 3));
        var ad = "PERSON"u8.ToArray();
        foreach (var len in new[] { 0, 1, 15, 16, 17, 31, 32, 33, 255, 256, 257, 5000 })
        {
            var p = TestKeys.Pattern(len, 7);
            var c = siv.Encrypt(p, ad);
            Assert.Equal(len + AesSiv.SivLength, c.Length);
            Assert.True(siv.TryDecrypt(c, ad, out var back));
            Assert.Equal(p, back);
        }
    }

    [Fact]
    public void RejectsTamperingAndWrongAssociatedData()
    {
        using var siv = new AesSiv(TestKeys.Pattern(64, 1));
        var c = siv.Encrypt("Jane Doe"u8, "PERSON"u8);
        Assert.False(siv.TryDecrypt(c, "LOCATION"u8, out _));
        for (var i = 0; i < c.Length; i++)
        {
            var t = (byte[])c.Clone();
            t[i] ^= 0x01;
            Assert.False(siv.TryDecrypt(t, "PERSON"u8, out var p));
            Assert.Null(p);
        }
        Assert.False(siv.TryDecrypt(c.AsSpan(0, 10), "PERSON"u8, out _));
    }

    [Fact]
    public void RejectsBadKeyLength()
    {
        Assert.Throws<ArgumentException>(() => new AesSiv(new byte[16]));
    }

    [Fact]
    public void MatchesPythonCryptographyAessiv()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Crypto", "Data", "aessiv_python_vectors.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var count = 0;
        foreach (var v in doc.RootElement.GetProperty("vectors").EnumerateArray())
        {
            var key = Convert.FromBase64String(v.GetProperty("key").GetString()!);
            var type = v.GetProperty("type").GetString()!;
            var value = v.GetProperty("value").GetString()!;
            var payload = v.GetProperty("payload").GetString()!;
            using var siv = new AesSiv(key);
            Assert.Equal(payload, Base64Url.EncodeToString(siv.Encrypt(Encoding.UTF8.GetBytes(value), Encoding.UTF8.GetBytes(type))));
            count++;
        }
        Assert.Equal(20, count);
    }

    [Fact]
    public void IsThreadSafe()
    {
        using var siv = new AesSiv(TestKeys.Pattern(64, 9));
        var expected = Enumerable.Range(0, 200).Select(i => siv.Encrypt(Encoding.UTF8.GetBytes("value " + i), "PERSON"u8)).ToArray();
        Parallel.For(0, 4000, i =>
        {
            var got = siv.Encrypt(Encoding.UTF8.GetBytes("value " + (i % 200)), "PERSON"u8);
            Assert.Equal(expected[i % 200], got);
        });
    }
}
