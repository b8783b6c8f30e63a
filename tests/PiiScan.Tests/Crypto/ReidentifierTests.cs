using System.Text;
using PiiScan.Detection;
using PiiScan.Keys;
using PiiScan.Operators.Crypto;
using Xunit;

namespace PiiScan.Tests.Crypto;

public class ReidentifierTests
{
    [Fact]
    public void RestoresTokensInText()
    {
        using var ring = TestKeys.Single();
        using var op = new AesSivOperator(ring.ActiveKey);
        var sb = new StringBuilder("Hi ");
        op.Apply("Jane Doe", EntityTypes.Person, sb);
        sb.Append(", mail ");
        op.Apply("jane@example.com", EntityTypes.EmailAddress, sb);
        sb.Append('.');
        var redacted = sb.ToString();
        Assert.Matches(@"^Hi \[\[PERSON:0badc0de:[A-Za-z0-9_-]+\]\], mail \[\[EMAIL_ADDRESS:0badc0de:[A-Za-z0-9_-]+\]\]\.$", redacted);
        using var re = new Reidentifier(ring);
        Assert.Equal("Hi Jane Doe, mail jane@example.com.", re.RestoreTokens(redacted));
        Assert.Equal(2, re.Restored);
        Assert.Equal(0, re.Failed);
    }

    [Fact]
    public void TypeFilterLeavesOtherTypesUncounted()
    {
        using var ring = TestKeys.Single();
        using var op = new AesSivOperator(ring.ActiveKey);
        var text = $"{op.Pseudonymize("Jane", "PERSON")} {op.Pseudonymize("Paris", "LOCATION")}";
        using var re = new Reidentifier(ring, ["location"]);
        var restored = re.RestoreTokens(text);
        Assert.StartsWith("[[PERSON:", restored);
        Assert.EndsWith(" Paris", restored);
        Assert.Equal(1, re.Restored);
        Assert.Equal(0, re.Failed);
    }

    [Fact]
    public void OldKeysStillRestoreAfterRotation()
    {
        using var ring = TestKeys.Keyring(("aaaaaaaa", 1), ("bbbbbbbb", 50));
        using var old = new AesSivOperator(ring.GetKey("aaaaaaaa"));
        using var cur = new AesSivOperator(ring.ActiveKey);
        var text = old.Pseudonymize("v1", "PERSON") + cur.Pseudonymize("v2", "PERSON");
        using var re = new Reidentifier(ring);
        Assert.Equal("v1v2", re.RestoreTokens(text));
    }

    [Fact]
    public void WrongKeyOrTamperedTokenIsLeftUnchangedAndCounted()
    {
        using var a = TestKeys.Single(0x10, "0badc0de");
        using var b = TestKeys.Single(0x70, "0badc0de");
        using var op = new AesSivOperator(a.ActiveKey);
        var token = op.Pseudonymize("Jane Doe", "PERSON");
        using var re = new Reidentifier(b);
        Assert.Equal(token, re.RestoreTokens(token));
        var tampered = token.Replace("[[PERSON:", "[[LOCATION:");
        Assert.Equal(tampered, re.RestoreTokens(tampered));
        Assert.Equal(0, re.Restored);
        Assert.Equal(2, re.Failed);
        Assert.False(re.TryRestoreToken(token, out _, out var original));
        Assert.Null(original);
    }

    [Fact]
    public void UnknownKeyIdIsReported()
    {
        using var a = TestKeys.Single(0x10, "11111111");
        using var b = TestKeys.Single(0x10, "22222222");
        using var op = new AesSivOperator(a.ActiveKey);
        using var re = new Reidentifier(b);
        var token = op.Pseudonymize("x", "PERSON");
        Assert.Equal(token, re.RestoreTokens(token));
        Assert.Equal(["11111111"], re.MissingKeyIds);
        Assert.Equal(1, re.Failed);
    }

    [Fact]
    public void TryRestoreTokenReturnsTypeAndOriginal()
    {
        using var ring = TestKeys.Single();
        using var op = new AesSivOperator(ring.ActiveKey);
        using var re = new Reidentifier(ring);
        Assert.True(re.TryRestoreToken(op.Pseudonymize("Zoë 🙂", "PERSON"), out var type, out var original));
        Assert.Equal("PERSON", type);
        Assert.Equal("Zoë 🙂", original);
        Assert.False(re.TryRestoreToken("not a token", out _, out _));
    }

    [Fact]
    public void RestoresFpeSpanByCodePoints()
    {
        using var ring = TestKeys.Single();
        using var fpe = new Ff1Operator(ring.ActiveKey);
        var enc = fpe.Encrypt("123-45-6789", EntityTypes.UsSsn);
        var text = $"🙂 ssn {enc} ok";
        using var re = new Reidentifier(ring);
        // "🙂" is one code point (two UTF-16 units): the value starts at code point 6.
        Assert.Equal("🙂 ssn 123-45-6789 ok", re.RestoreFpe(text, 6, 6 + enc.Length, "US_SSN", ring.ActiveKeyId));
        Assert.Equal(1, re.Restored);
        Assert.Throws<KeyringException>(() => re.RestoreFpe(text, 6, 17, "US_SSN", "99999999"));
        Assert.Throws<ArgumentOutOfRangeException>(() => re.RestoreFpe(text, 6, 400, "US_SSN"));
    }

    [Fact]
    public void FpeHashedValueIsCountedAsFailed()
    {
        using var ring = TestKeys.Single();
        using var fpe = new Ff1Operator(ring.ActiveKey);
        var enc = fpe.Encrypt("12", EntityTypes.UsSsn);
        using var re = new Reidentifier(ring);
        Assert.Equal(enc, re.RestoreFpe(enc, 0, enc.Length, "US_SSN"));
        Assert.Equal(1, re.Failed);
    }

    [Fact]
    public void NullKeyringIsOneClearError()
    {
        var ex = Assert.Throws<KeyringException>(() => new Reidentifier(null));
        Assert.Contains("--keys FILE", ex.Message);
    }
}
