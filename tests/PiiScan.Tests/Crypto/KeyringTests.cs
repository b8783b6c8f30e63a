using System.Text;
using PiiScan.Keys;
using Xunit;

namespace PiiScan.Tests.Crypto;

public sealed class KeyringTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("piiscan-keyring-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private string Write(string name, string content, UnixFileMode mode = UnixFileMode.UserRead | UnixFileMode.UserWrite)
    {
        var p = PathOf(name);
        File.WriteAllText(p, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(p, mode);
        }
        return p;
    }

    [Fact]
    public void CreateSaveLoadRoundTrip()
    {
        using var ring = Keyring.CreateNew();
        Assert.Single(ring.Keys);
        Assert.True(Keyring.IsValidKeyId(ring.ActiveKeyId));
        var path = PathOf("keys.json");
        ring.Save(path);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
        using var loaded = Keyring.Load(path);
        Assert.Equal(ring.ActiveKeyId, loaded.ActiveKeyId);
        Assert.True(ring.ActiveKey.Siv.SequenceEqual(loaded.ActiveKey.Siv));
        Assert.True(ring.ActiveKey.Fpe.SequenceEqual(loaded.ActiveKey.Fpe));
        Assert.True(ring.ActiveKey.Hmac.SequenceEqual(loaded.ActiveKey.Hmac));
        Assert.Equal(ring.ActiveKey.Created, loaded.ActiveKey.Created);
        var json = File.ReadAllText(path);
        Assert.Contains("\"version\": 1", json);
        Assert.Contains($"\"active\": \"{ring.ActiveKeyId}\"", json);
    }

    [Fact]
    public void RotateKeepsOldKeysAndSaveOverwritesAtomically()
    {
        using var ring = Keyring.CreateNew();
        var first = ring.ActiveKeyId;
        var second = ring.Rotate();
        Assert.Equal(second.Id, ring.ActiveKeyId);
        Assert.NotEqual(first, second.Id);
        Assert.Equal(2, ring.Keys.Count);
        Assert.True(ring.TryGetKey(first, out _));
        var path = PathOf("keys.json");
        ring.Save(path);
        ring.Rotate();
        ring.Save(path);
        using var loaded = Keyring.Load(path);
        Assert.Equal(3, loaded.Keys.Count);
        Assert.Equal(ring.ActiveKeyId, loaded.ActiveKeyId);
        Assert.False(ring.ActiveKey.Siv.SequenceEqual(ring.GetKey(first).Siv));
    }

    [Fact]
    public void RefusesGroupOrWorldReadableFileUnlessInsecureAllowed()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var path = Write("open.json", TestKeys.Json(("0badc0de", 1)), (UnixFileMode)0b110_100_100);
        var ex = Assert.Throws<KeyringException>(() => Keyring.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains($"chmod 600 {path}", ex.Message);
        Assert.Contains("--insecure-keyring", ex.Message);
        using var ring = Keyring.Load(path, allowInsecure: true);
        Assert.Equal("0badc0de", ring.ActiveKeyId);
    }

    [Fact]
    public void LoadDefaultUsesExplicitPath()
    {
        using var ring = Keyring.CreateNew();
        var path = PathOf("default.json");
        ring.Save(path);
        using var loaded = Keyring.LoadDefault(path);
        Assert.Equal(ring.ActiveKeyId, loaded!.ActiveKeyId);
    }

    [Fact]
    public void MissingFileIsClearError()
    {
        var path = PathOf("nope.json");
        var ex = Assert.Throws<KeyringException>(() => Keyring.Load(path));
        Assert.Contains(path, ex.Message);
        Assert.Contains("does not exist", ex.Message);
    }

    [Theory]
    [InlineData("{\"version\":1,", "not valid JSON")]
    [InlineData("[]", "top level")]
    [InlineData("{\"version\":2,\"active\":\"0badc0de\",\"keys\":[]}", "unsupported version 2")]
    [InlineData("{\"version\":1,\"keys\":[]}", "'active'")]
    [InlineData("{\"version\":1,\"active\":\"0badc0de\",\"keys\":[]}", "non-empty array")]
    [InlineData("{\"version\":1,\"active\":\"0badc0de\",\"keys\":[{\"id\":\"XYZ\"}]}", "8 lowercase hex")]
    public void MalformedFilesAreClearErrors(string json, string expected)
    {
        var path = Write("bad.json", json);
        var ex = Assert.Throws<KeyringException>(() => Keyring.Load(path));
        Assert.Contains(expected, ex.Message);
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void UnknownActiveIdIsClearError()
    {
        var path = Write("k.json", TestKeys.Json("deadbeef", ("0badc0de", 1)));
        var ex = Assert.Throws<KeyringException>(() => Keyring.Load(path));
        Assert.Contains("active key id 'deadbeef' is not among the keys (0badc0de)", ex.Message);
    }

    [Theory]
    [InlineData("siv", 32, 64)]
    [InlineData("fpe", 16, 32)]
    [InlineData("hmac", 64, 32)]
    public void WrongKeyLengthsAreClearErrors(string field, int got, int expected)
    {
        var json = TestKeys.Json(("0badc0de", 1));
        var good = field switch
        {
            "siv" => Convert.ToBase64String(TestKeys.Pattern(64, 1)),
            "fpe" => Convert.ToBase64String(TestKeys.Pattern(32, 2)),
            _ => Convert.ToBase64String(TestKeys.Pattern(32, 3)),
        };
        json = json.Replace($"\"{field}\":\"{good}\"", $"\"{field}\":\"{Convert.ToBase64String(new byte[got])}\"");
        var path = Write("k.json", json);
        var ex = Assert.Throws<KeyringException>(() => Keyring.Load(path));
        Assert.Contains($"field '{field}' must decode to {expected} bytes, got {got}", ex.Message);
    }

    [Fact]
    public void GetKeyUnknownIdIsClearError()
    {
        using var ring = TestKeys.Single();
        var ex = Assert.Throws<KeyringException>(() => ring.GetKey("12345678"));
        Assert.Contains("'12345678' is not in the keyring", ex.Message);
    }

    [Fact]
    public void DisposeZeroesKeys()
    {
        var ring = TestKeys.Single();
        var key = ring.ActiveKey;
        ring.Dispose();
        Assert.Throws<ObjectDisposedException>(() => key.Siv.ToArray());
    }

    [Fact]
    public void CanaryKeyNeverAppearsInMessagesOrToString()
    {
        // Recognizable key bytes: "CANARY!!" repeated.
        var canary = Enumerable.Range(0, 64).Select(i => (byte)"CANARY!!"[i % 8]).ToArray();
        var needles = new[]
        {
            Convert.ToBase64String(canary), Convert.ToBase64String(canary[..32]), Convert.ToBase64String(canary[..24]),
            Convert.ToHexString(canary[..16]), Convert.ToHexStringLower(canary[..16]), "CANARY!!", "Q0FOQVJZISE",
        };
        var b64_64 = Convert.ToBase64String(canary);
        var b64_32 = Convert.ToBase64String(canary[..32]);
        var good = $"{{\"id\":\"c0ffee00\",\"created\":\"2026-11-24T12:00:00Z\",\"siv\":\"{b64_64}\",\"fpe\":\"{b64_32}\",\"hmac\":\"{b64_32}\"}}";
        var texts = new List<string>();

        void Capture(string json)
        {
            var path = Write($"c{texts.Count}.json", json);
            try
            {
                using var r = Keyring.Load(path);
                texts.Add(r.ToString());
                texts.AddRange(r.Keys.Select(k => k.ToString()));
                var op = global::PiiScan.Operators.Crypto.CryptoOperators.Create("pseudonymize", r, null);
                texts.Add(op.ToString()!);
                texts.Add(((global::PiiScan.Operators.Crypto.AesSivOperator)op).Pseudonymize("Jane Doe", "PERSON"));
                ((IDisposable)op).Dispose();
                using var re = new global::PiiScan.Operators.Crypto.Reidentifier(r);
                texts.Add(re.RestoreTokens("[[PERSON:c0ffee00:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA]]"));
                texts.Add(Assert.Throws<KeyringException>(() => r.GetKey("00000000")).ToString());
            }
            catch (Exception e)
            {
                texts.Add(e.ToString());
                texts.Add(e.Message);
                texts.Add(System.Text.Json.JsonSerializer.Serialize(new { e.Message, Type = e.GetType().FullName, Inner = e.InnerException?.ToString() }));
            }
        }

        Capture($"{{\"version\":1,\"active\":\"c0ffee00\",\"keys\":[{good}]}}");
        Capture($"{{\"version\":1,\"active\":\"{b64_32}\",\"keys\":[{good}]}}");
        Capture($"{{\"version\":1,\"active\":\"c0ffee00\",\"keys\":[{good.Replace(b64_32 + "\",\"hmac", b64_64 + "\",\"hmac")}]}}");
        Capture($"{{\"version\":1,\"active\":\"c0ffee00\",\"keys\":[{good.Replace("\"siv\":\"", "\"siv\":\"!!")}]}}");
        Capture($"{{\"version\":1,\"active\":\"c0ffee00\",\"keys\":[{good}, {{\"id\":\"{b64_32}\"}}]}}");
        Capture($"{{\"version\":1,\"active\":\"c0ffee00\",\"keys\":[{good}");
        Capture($"{b64_64}");
        Capture($"{{\"version\":1,\"active\":\"c0ffee00\",\"keys\":[{good}], {b64_64}}}");

        Assert.True(texts.Count >= 8 * 3);
        foreach (var text in texts)
        {
            foreach (var needle in needles)
            {
                Assert.DoesNotContain(needle, text);
            }
        }
    }
}
