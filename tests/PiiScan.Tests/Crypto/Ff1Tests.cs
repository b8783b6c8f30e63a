using PiiScan.Detection;
using PiiScan.Operators.Crypto;
using Xunit;

namespace PiiScan.Tests.Crypto;

public class Ff1Tests
{
    private static readonly byte[] NistAes256Key = TestKeys.Hex("2B7E1516 28AED2A6 ABF71588 09CF4F3C EF4359D8 D580AA4F 7F036D6F 04FC6A94");

    private static byte[] Symbols(string s) =>
        s.Select(c => (byte)(char.IsAsciiDigit(c) ? c - '0' : c - 'a' + 10)).ToArray();

    private static string Text(byte[] s) =>
        new(s.Select(b => (char)(b < 10 ? '0' + b : 'a' + b - 10)).ToArray());

    [Theory]
    // NIST SP 800-38G FF1 examples, samples 7-9 (AES-256).
    [InlineData(10, "", "0123456789", "6657667009")]
    [InlineData(10, "39383736353433323130", "0123456789", "1001623463")]
    [InlineData(36, "3737373770717273373737", "0123456789abcdefghi", "xs8a0azh2avyalyzuwd")]
    public void NistSp80038gAes256Samples(int radix, string tweakHex, string plaintext, string ciphertext)
    {
        using var ff1 = new Ff1Cipher(NistAes256Key, radix);
        var tweak = Convert.FromHexString(tweakHex);
        var c = ff1.Encrypt(tweak, Symbols(plaintext));
        Assert.Equal(ciphertext, Text(c));
        Assert.Equal(plaintext, Text(ff1.Decrypt(tweak, c)));
    }

    [Fact]
    public void MinimumLengthForRadix10IsSix()
    {
        using var ff1 = new Ff1Cipher(NistAes256Key, 10);
        Assert.Equal(6, ff1.MinLength);
        Assert.Throws<ArgumentException>(() => ff1.Encrypt([], new byte[5]));
        Assert.Equal(6, ff1.Encrypt([], new byte[6]).Length);
    }

    [Theory]
    [InlineData(EntityTypes.UsSsn, "123-45-6789")]
    [InlineData(EntityTypes.IbanCode, "GB82 WEST 1234 5698 7654 32")]
    [InlineData(EntityTypes.UkNino, "AB 12 34 56 C")]
    [InlineData(EntityTypes.PhoneNumber, "(555) 123-4567")]
    [InlineData(EntityTypes.DateOfBirth, "1984-03-07")]
    public void KeepsFormatAndRoundTrips(string type, string value)
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        var enc = op.Encrypt(value, type);
        AssertSameFormat(value, enc);
        Assert.NotEqual(value, enc);
        Assert.Equal(enc, op.Encrypt(value, type));
        Assert.Equal(value, op.Reverse(enc, type));
    }

    [Fact]
    public void TweakSeparatesTypes()
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        Assert.NotEqual(op.Encrypt("123456789", EntityTypes.UsSsn), op.Encrypt("123456789", EntityTypes.UsPassport));
    }

    [Theory]
    [InlineData("+44 20 7946 0958", 2)]
    [InlineData("+1 (212) 555-0123", 1)]
    [InlineData("+7 495 123-45-67", 1)]
    [InlineData("+353 1 234 5678", 3)]
    [InlineData("  +49 30 1234567", 2)]
    public void PhoneKeepsCountryCode(string value, int ccDigits)
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        var enc = op.Encrypt(value, EntityTypes.PhoneNumber);
        AssertSameFormat(value, enc);
        var plus = value.IndexOf('+');
        Assert.Equal(value[..(plus + 1 + ccDigits)], enc[..(plus + 1 + ccDigits)]);
        Assert.Equal(value, op.Reverse(enc, EntityTypes.PhoneNumber));
    }

    [Fact]
    public void PhoneCountryCodeLengthOption()
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey, new CryptoOperatorOptions { PhoneCountryCodeDigits = 3 });
        var enc = op.Encrypt("+441234567890", EntityTypes.PhoneNumber);
        Assert.StartsWith("+441", enc);
        Assert.Equal("+441234567890", op.Reverse(enc, EntityTypes.PhoneNumber));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("7", 1)]
    [InlineData("44", 2)]
    [InlineData("4420", 2)]
    [InlineData("353", 3)]
    [InlineData("2125", 3)]
    [InlineData("8613", 2)]
    [InlineData("", 0)]
    public void CountryCodeRule(string digits, int expected) =>
        Assert.Equal(expected, Ff1Operator.CountryCodeLength(digits));

    [Theory]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("5500-0000-0000-0004")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    public void CreditCardKeepsLast4AndLuhnValidity(string card)
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        Assert.True(Luhn(card));
        var enc = op.Encrypt(card, EntityTypes.CreditCard);
        AssertSameFormat(card, enc);
        Assert.Equal(card[^4..], enc[^4..]);
        Assert.NotEqual(card, enc);
        Assert.True(Luhn(enc));
        Assert.Equal(card, op.Reverse(enc, EntityTypes.CreditCard));
    }

    [Fact]
    public void CreditCardLuhnInvalidStaysInvalidAndRoundTrips()
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        for (var i = 0; i < 200; i++)
        {
            var card = $"4{i:D11}1234";
            if (Luhn(card))
            {
                continue;
            }
            var enc = op.Encrypt(card, EntityTypes.CreditCard);
            Assert.False(Luhn(enc));
            Assert.EndsWith("1234", enc);
            Assert.Equal(card, op.Reverse(enc, EntityTypes.CreditCard));
        }
    }

    [Fact]
    public void CreditCardWithoutKeepLast4EncryptsAllDigits()
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey, new CryptoOperatorOptions { CreditCardKeepLast4 = false });
        var enc = op.Encrypt("4111111111111111", EntityTypes.CreditCard);
        AssertSameFormat("4111111111111111", enc);
        Assert.Equal("4111111111111111", op.Reverse(enc, EntityTypes.CreditCard));
    }

    [Theory]
    [InlineData(EntityTypes.UsBankRouting, "12345")]
    [InlineData(EntityTypes.Person, "Jane Doe")]
    [InlineData(EntityTypes.PhoneNumber, "+44 12345")]
    [InlineData(EntityTypes.CreditCard, "4111 1111 11")]
    public void ShortValuesFallBackToHash(string type, string value)
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        using var hash = new HmacHashOperator(keys.ActiveKey);
        var enc = op.Encrypt(value, type);
        Assert.Equal(hash.Hash(value, type), enc);
        Assert.Matches($"^{type}_[0-9a-f]{{16}}$", enc);
        Assert.False(op.TryReverse(enc, type, out _));
        var ex = Assert.Throws<InvalidOperationException>(() => op.Reverse(enc, type));
        Assert.DoesNotContain(value, ex.Message);
    }

    [Fact]
    public void NonAsciiDigitsStayInPlace()
    {
        using var keys = TestKeys.Single();
        using var op = new Ff1Operator(keys.ActiveKey);
        const string value = "١٢٣ 1234567";
        var enc = op.Encrypt(value, EntityTypes.UsPassport);
        Assert.StartsWith("١٢٣ ", enc);
        Assert.Equal(value, op.Reverse(enc, EntityTypes.UsPassport));
    }

    internal static void AssertSameFormat(string original, string encrypted)
    {
        Assert.Equal(original.Length, encrypted.Length);
        for (var i = 0; i < original.Length; i++)
        {
            if (char.IsAsciiDigit(original[i]))
            {
                Assert.True(char.IsAsciiDigit(encrypted[i]), $"position {i} should be a digit");
            }
            else
            {
                Assert.Equal(original[i], encrypted[i]);
            }
        }
    }

    internal static bool Luhn(string s) =>
        Ff1Operator.IsLuhnValid(s.Where(char.IsAsciiDigit).Select(c => (byte)(c - '0')).ToArray());
}
