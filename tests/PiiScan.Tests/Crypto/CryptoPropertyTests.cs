using System.Text;
using CsCheck;
using PiiScan.Detection;
using PiiScan.Keys;
using PiiScan.Operators.Crypto;
using Xunit;

namespace PiiScan.Tests.Crypto;

public sealed class CryptoPropertyTests : IDisposable
{
    private readonly Keyring _ringA = TestKeys.Single(0x10, "aaaaaaaa");
    private readonly Keyring _ringB = TestKeys.Single(0x90, "bbbbbbbb");

    public void Dispose()
    {
        _ringA.Dispose();
        _ringB.Dispose();
    }

    /// <summary>Well-formed Unicode text: any scalar value (no lone surrogates), 0-40 code points.</summary>
    private static readonly Gen<string> UnicodeText =
        Gen.Int[0, 0x10FFFF].Where(cp => cp is < 0xD800 or > 0xDFFF)
            .Array[0, 40].Select(cps => string.Concat(cps.Select(char.ConvertFromUtf32)));

    private static readonly Gen<string> TypeName = Gen.OneOfConst(EntityTypes.All.ToArray());

    /// <summary>Digit-bearing values: digits mixed with separators and letters.</summary>
    private static readonly Gen<string> DigitText =
        Gen.Frequency((6, Gen.Char['0', '9']), (1, Gen.OneOfConst(' ', '-', '.', '(', ')', '/')), (1, Gen.Char['A', 'Z']))
            .Array[0, 30].Select(cs => new string(cs));

    [Fact]
    public void ReidentifyInvertsPseudonymize()
    {
        using var op = new AesSivOperator(_ringA.ActiveKey, cacheCapacity: 0);
        using var re = new Reidentifier(_ringA);
        Gen.Select(UnicodeText, TypeName).Sample((value, type) =>
        {
            var token = op.Pseudonymize(value, type);
            Assert.True(re.TryRestoreToken(token, out var t, out var back));
            Assert.Equal(type, t);
            Assert.Equal(value, back);
            Assert.Equal($"<{value}>", re.RestoreTokens($"<{token}>"));
        }, iter: 300);
    }

    [Fact]
    public void PseudonymizeIsDeterministicAcrossInstances()
    {
        using var op1 = new AesSivOperator(_ringA.ActiveKey);
        using var op2 = new AesSivOperator(_ringA.ActiveKey, cacheCapacity: 0);
        Gen.Select(UnicodeText, TypeName).Sample((value, type) =>
            Assert.Equal(op1.Pseudonymize(value, type), op2.Pseudonymize(value, type)), iter: 300);
    }

    [Fact]
    public void KeysAreSeparated()
    {
        using var a = new AesSivOperator(_ringA.ActiveKey);
        using var b = new AesSivOperator(_ringB.ActiveKey);
        using var reB = new Reidentifier(TestKeys.Single(0x90, "aaaaaaaa"));
        Gen.Select(UnicodeText, TypeName).Sample((value, type) =>
        {
            var ta = a.Pseudonymize(value, type);
            var tb = b.Pseudonymize(value, type);
            Assert.NotEqual(Payload(ta), Payload(tb));
            // Token from key A presented under the same id with key B's material must not decrypt.
            Assert.False(reB.TryRestoreToken(ta, out _, out _));
        }, iter: 200);
    }

    [Fact]
    public void TokensNeverContainThePlaintext()
    {
        using var op = new AesSivOperator(_ringA.ActiveKey, cacheCapacity: 0);
        Gen.Select(UnicodeText.Where(v => v.Length >= 4), TypeName).Sample((value, type) =>
            Assert.DoesNotContain(value, Payload(op.Pseudonymize(value, type)), StringComparison.Ordinal), iter: 300);
    }

    [Fact]
    public void FpeKeepsFormatAndRoundTrips()
    {
        using var op = new Ff1Operator(_ringA.ActiveKey, new CryptoOperatorOptions { CacheCapacity = 0 });
        Gen.Select(DigitText, TypeName).Sample((value, type) =>
        {
            var enc = op.Encrypt(value, type);
            if (op.TryReverse(enc, type, out var back))
            {
                Ff1Tests.AssertSameFormat(value, enc);
                Assert.Equal(value, back);
                if (type == EntityTypes.CreditCard)
                {
                    Assert.Equal(Ff1Tests.Luhn(value), Ff1Tests.Luhn(enc));
                }
            }
            else
            {
                Assert.Matches($"^{type}_[0-9a-f]{{16}}$", enc);
                Assert.True(value.Count(char.IsAsciiDigit) < Ff1Operator.MinimumDigits + 5);
            }
        }, iter: 400);
    }

    [Fact]
    public void FpeSeparatesKeys()
    {
        using var a = new Ff1Operator(_ringA.ActiveKey);
        using var b = new Ff1Operator(_ringB.ActiveKey);
        Gen.Char['0', '9'].Array[12, 20].Select(cs => new string(cs)).Sample(v =>
            Assert.NotEqual(a.Encrypt(v, EntityTypes.UsPassport), b.Encrypt(v, EntityTypes.UsPassport)), iter: 100);
    }

    private static string Payload(string token) => token[(token.LastIndexOf(':') + 1)..^2];
}
