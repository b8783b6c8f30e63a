using System.Text;
using PiiScan.Keys;
using PiiScan.Operators;
using PiiScan.Operators.Crypto;
using Xunit;

namespace PiiScan.Tests.Crypto;

public class CryptoOperatorsTests
{
    [Theory]
    [InlineData("pseudonymize", typeof(AesSivOperator))]
    [InlineData("fpe", typeof(Ff1Operator))]
    [InlineData("hash", typeof(HmacHashOperator))]
    public void CreatesEachOperator(string name, Type type)
    {
        using var ring = TestKeys.Single();
        var op = CryptoOperators.Create(name, ring, CryptoOperatorOptions.Default);
        Assert.IsType(type, op);
        Assert.Equal(name, op.Name);
        Assert.True(CryptoOperators.IsCryptoOperator(name));
        var sb = new StringBuilder();
        op.Apply("123-45-6789", "US_SSN", sb);
        Assert.NotEqual("123-45-6789", sb.ToString());
        ((IDisposable)op).Dispose();
    }

    [Fact]
    public void NullKeyringMessage()
    {
        var ex = Assert.Throws<KeyringException>(() => CryptoOperators.Create("pseudonymize", null, CryptoOperatorOptions.Default));
        Assert.Equal("operator 'pseudonymize' needs a keyring: pass --keys FILE or set PIISCAN_KEYRING", ex.Message);
    }

    [Fact]
    public void FactorySharesInstancesPerName()
    {
        using var ring = TestKeys.Single();
        var factory = CryptoOperators.CreateFactory(ring);
        Assert.Same(factory("fpe"), factory("fpe"));
        Assert.NotSame(factory("fpe"), factory("hash"));
        var ex = Assert.Throws<KeyringException>(() => CryptoOperators.CreateFactory(null)("hash"));
        Assert.Contains("operator 'hash' needs a keyring", ex.Message);
    }

    [Fact]
    public void UnknownNameAndKeyId()
    {
        using var ring = TestKeys.Single();
        Assert.Throws<ArgumentException>(() => CryptoOperators.Create("mask", ring, null));
        Assert.Throws<KeyringException>(() => CryptoOperators.Create("hash", ring, new CryptoOperatorOptions { KeyId = "12345678" }));
    }

    [Fact]
    public void PseudonymizeTokenShapeAndCaching()
    {
        using var ring = TestKeys.Single();
        using var op = new AesSivOperator(ring.ActiveKey);
        var t = op.Pseudonymize("Jane Doe", "PERSON");
        Assert.Matches("^" + PseudonymToken.Pattern + "$", t);
        Assert.Same(t, op.Pseudonymize("Jane Doe".AsSpan(), "PERSON"));
        Assert.NotEqual(t, op.Pseudonymize("Jane Doe", "LOCATION")[..0] + op.Pseudonymize("Jane Doe", "LOCATION"));
        Assert.Throws<ArgumentException>(() => op.Pseudonymize("x", "bad type"));
    }

    [Fact]
    public void CacheIsBounded()
    {
        using var ring = TestKeys.Single();
        using var op = new AesSivOperator(ring.ActiveKey, cacheCapacity: 100);
        var first = op.Pseudonymize("v0", "PERSON");
        for (var i = 0; i < 1000; i++)
        {
            op.Pseudonymize("v" + i, "PERSON");
        }
        Assert.Equal(first, op.Pseudonymize("v0", "PERSON"));
    }

    [Fact]
    public void OperatorsAreThreadSafe()
    {
        using var ring = TestKeys.Single();
        IOperator[] ops = [new AesSivOperator(ring.ActiveKey, 50), new Ff1Operator(ring.ActiveKey), new HmacHashOperator(ring.ActiveKey)];
        foreach (var op in ops)
        {
            var expected = Enumerable.Range(0, 100).Select(i => Apply(op, $"555-{i:D3}-0000")).ToArray();
            Parallel.For(0, 2000, i => Assert.Equal(expected[i % 100], Apply(op, $"555-{i % 100:D3}-0000")));
            ((IDisposable)op).Dispose();
        }
    }

    private static string Apply(IOperator op, string value)
    {
        var sb = new StringBuilder();
        op.Apply(value, "PHONE_NUMBER", sb);
        return sb.ToString();
    }
}
