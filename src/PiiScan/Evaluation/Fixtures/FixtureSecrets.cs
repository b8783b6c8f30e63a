using System.Security.Cryptography;
using System.Text;
using Bogus;
using PiiScan.Detection;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// Generators of fake credentials and wallet addresses in their real formats: AWS keys, GitHub tokens with the CRC-32
/// check, Slack, Stripe, OpenAI and Google keys, JWTs, PEM private keys, passwords, Bitcoin base58check/bech32 and
/// Ethereum addresses. All random; none is a real credential.
/// </summary>
public static class FixtureSecrets
{
    private const string Base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string UrlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const string Base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const string Bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

    /// <summary>An AWS access key id (<c>AKIA</c>/<c>ASIA</c> + 16 base32).</summary>
    public static PlantedValue AwsAccessKey(Randomizer r) =>
        new(EntityTypes.AwsAccessKey, r.ArrayElement(["AKIA", "ASIA"]) + Chars(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), r.ArrayElement(["aws_access_key_id", "AWS_ACCESS_KEY_ID", "accessKeyId"]), "my AWS access key id is");

    /// <summary>An AWS secret access key (40 base64 characters, mixed case with digits); always after its key name.</summary>
    public static PlantedValue AwsSecretKey(Randomizer r)
    {
        string s;
        do
        {
            s = Chars(r, Base64Chars, 40);
        }
        while (!(s.Any(char.IsDigit) && s.Any(char.IsLower) && s.Any(char.IsUpper)));
        return new(EntityTypes.AwsSecretKey, s, r.ArrayElement(["aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"]), "my AWS secret access key is");
    }

    /// <summary>A GitHub token: classic (prefix + 30 base62 + base62 CRC-32) or fine-grained <c>github_pat_</c>.</summary>
    public static PlantedValue GithubToken(Randomizer r)
    {
        string text;
        if (r.Number(0, 4) == 0)
        {
            text = "github_pat_" + Chars(r, Base62, 22) + "_" + Chars(r, Base62, 59);
        }
        else
        {
            var body = Chars(r, Base62, 30);
            ulong crc = Crc32(body);
            var check = new char[6];
            for (var i = 5; i >= 0; i--)
            {
                check[i] = Base62[(int)(crc % 62)];
                crc /= 62;
            }
            text = r.ArrayElement(["ghp_", "gho_", "ghs_", "ghu_", "ghr_"]) + body + new string(check);
        }
        return new(EntityTypes.GithubToken, text, r.ArrayElement(["GITHUB_TOKEN", "github_token", "gh_token"]), "here is my GitHub token");
    }

    /// <summary>A Slack token (<c>xoxb-</c>/<c>xoxp-</c> + numeric and alphanumeric segments).</summary>
    public static PlantedValue SlackToken(Randomizer r)
    {
        var text = r.Bool()
            ? $"xoxb-{FixtureIdentifiers.Num(r, 12)}-{FixtureIdentifiers.Num(r, 13)}-{Chars(r, Base62, 24)}"
            : $"xoxp-{FixtureIdentifiers.Num(r, 12)}-{FixtureIdentifiers.Num(r, 12)}-{FixtureIdentifiers.Num(r, 13)}-{Chars(r, "0123456789abcdef", 32)}";
        return new(EntityTypes.SlackToken, text, r.ArrayElement(["SLACK_BOT_TOKEN", "slack_token"]), "our Slack bot token is");
    }

    /// <summary>A Stripe secret, restricted or live publishable key.</summary>
    public static PlantedValue StripeKey(Randomizer r)
    {
        var prefix = r.ArrayElement(["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_"]);
        var key = prefix[0] == 'p' ? r.ArrayElement(["STRIPE_PUBLISHABLE_KEY", "stripe_pk"]) : r.ArrayElement(["STRIPE_SECRET_KEY", "stripe_key", "stripeApiKey"]);
        return new(EntityTypes.StripeKey, prefix + Chars(r, Base62, r.ArrayElement([24, 34, 99])), key, "the Stripe key is");
    }

    /// <summary>An OpenAI key: project/service-account key, a legacy key with the <c>T3BlbkFJ</c> marker, or legacy 48.</summary>
    public static PlantedValue OpenAiKey(Randomizer r)
    {
        var text = r.Number(0, 2) switch
        {
            0 => r.ArrayElement(["sk-proj-", "sk-svcacct-"]) + Chars(r, UrlSafe, r.ArrayElement([48, 74, 156])),
            1 => "sk-" + Chars(r, Base62, 20) + "T3BlbkFJ" + Chars(r, Base62, 20),
            _ => "sk-" + Chars(r, Base62, 48),
        };
        return new(EntityTypes.OpenAiApiKey, text, r.ArrayElement(["OPENAI_API_KEY", "openai_api_key", "api_key"]), "my OpenAI API key is");
    }

    /// <summary>A Google API key (<c>AIza</c> + 35 URL-safe characters).</summary>
    public static PlantedValue GoogleApiKey(Randomizer r) =>
        new(EntityTypes.GoogleApiKey, "AIza" + Chars(r, UrlSafe, 35), r.ArrayElement(["GOOGLE_API_KEY", "maps_api_key", "google_key"]), "the Google Maps key is");

    /// <summary>A signed JWT whose header is JSON with an <c>alg</c> member.</summary>
    public static PlantedValue Jwt(Randomizer r, string subject)
    {
        var header = r.ArrayElement(["{\"alg\":\"HS256\",\"typ\":\"JWT\"}", "{\"alg\":\"RS256\",\"kid\":\"k" + r.Number(1, 99) + "\",\"typ\":\"JWT\"}", "{\"typ\":\"JWT\",\"alg\":\"ES256\"}"]);
        var payload = $"{{\"sub\":\"{subject}\",\"iat\":{r.Number(1_600_000_000, 1_800_000_000)},\"scope\":\"read write\"}}";
        var text = B64Url(header) + "." + B64Url(payload) + "." + Chars(r, UrlSafe, r.ArrayElement([43, 86, 342]));
        return new(EntityTypes.Jwt, text, r.ArrayElement(["id_token", "access_token", "jwt"]), "my session token is");
    }

    /// <summary>A PEM private key block with a random base64 body (multi-line).</summary>
    public static PlantedValue PrivateKey(Randomizer r)
    {
        var label = r.ArrayElement(["PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"]);
        var sb = new StringBuilder($"-----BEGIN {label}-----");
        var lines = r.Number(3, 8);
        for (var i = 0; i < lines; i++)
        {
            sb.Append('\n').Append(Chars(r, Base64Chars, i == lines - 1 ? r.Number(8, 60) : 64));
        }
        sb.Append($"\n-----END {label}-----");
        return new(EntityTypes.PrivateKey, sb.ToString(), r.ArrayElement(["private_key", "tls_key", "ssh_key"]), "here is the private key:");
    }

    /// <summary>A password-like secret (word, symbol, digits, word) after a password key.</summary>
    public static PlantedValue Password(Randomizer r, Faker f) => Password(r, f, ["!", "#", "$", "%", "*", "^", "-", "_", "+", "~", "?"]);

    private static PlantedValue Password(Randomizer r, Faker f, string[] symbols)
    {
        var text = Capitalize(Word(f)) + r.ArrayElement(symbols) + r.Number(10, 9999).ToString(System.Globalization.CultureInfo.InvariantCulture) + Word(f);
        return new(EntityTypes.Password, text, r.ArrayElement(["password", "db_password", "PGPASSWORD", "passwd", "pwd", "client_secret", "smtp_password"]), "password:");
    }

    /// <summary>A URL with <c>user:password@</c> credentials: only the password part is a gold span (the URL loses to it).</summary>
    public static PlantedValue UrlWithCredentials(Randomizer r, Faker f)
    {
        var password = Password(r, f, ["!", "*", "-", "_", "~", "$"]).Text;
        var scheme = r.ArrayElement(["postgres", "mysql", "amqp", "redis", "https", "mongodb"]);
        var prefix = $"{scheme}://{r.ArrayElement(["svc_app", "admin", "reporting", "etl", "deploy"])}:";
        var text = $"{prefix}{password}@{r.ArrayElement(["db", "mq", "cache", "api", "mongo"])}.{r.ArrayElement(["example.com", "example.org", "internal.example.net"])}:{r.Number(1000, 9999)}/{Word(f)}";
        return new(EntityTypes.Password, text, r.ArrayElement(["DATABASE_URL", "broker_url", "dsn"]), "connect with", [(prefix.Length, password.Length, EntityTypes.Password)]);
    }

    /// <summary>A Bitcoin (P2PKH/P2SH base58check or bech32 P2WPKH) or Ethereum address.</summary>
    public static PlantedValue CryptoWallet(Randomizer r)
    {
        var hash = r.Bytes(20);
        var text = r.Number(0, 3) switch
        {
            0 => Base58Check(0, hash),
            1 => Base58Check(5, hash),
            2 => SegwitV0(hash),
            _ => "0x" + Convert.ToHexStringLower(hash),
        };
        return new(EntityTypes.CryptoWallet, text, r.ArrayElement(["wallet", "btc_address", "eth_wallet"]), r.ArrayElement(["send it to my wallet", "my bitcoin address is", "wallet address:"]));
    }

    /// <summary>Random characters of <paramref name="alphabet"/>.</summary>
    internal static string Chars(Randomizer r, string alphabet, int n)
    {
        var c = new char[n];
        for (var i = 0; i < n; i++)
        {
            c[i] = alphabet[r.Number(0, alphabet.Length - 1)];
        }
        return new string(c);
    }

    /// <summary>A lower-case dictionary word of 4-8 letters.</summary>
    internal static string Word(Faker f)
    {
        string w;
        do
        {
            w = new string(f.Lorem.Word().Where(char.IsAsciiLetterLower).ToArray());
        }
        while (w.Length is < 4 or > 8);
        return w;
    }

    private static string Capitalize(string w) => char.ToUpperInvariant(w[0]) + w[1..];

    private static string B64Url(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static uint Crc32(string ascii)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var ch in ascii)
        {
            crc ^= (byte)ch;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }
        return ~crc;
    }

    private static string Base58Check(byte version, byte[] hash)
    {
        var payload = new byte[25];
        payload[0] = version;
        hash.CopyTo(payload, 1);
        var check = SHA256.HashData(SHA256.HashData(payload.AsSpan(0, 21)));
        check.AsSpan(0, 4).CopyTo(payload.AsSpan(21));
        var n = new System.Numerics.BigInteger(payload, isUnsigned: true, isBigEndian: true);
        var sb = new StringBuilder();
        while (n > 0)
        {
            sb.Insert(0, Base58[(int)(n % 58)]);
            n /= 58;
        }
        for (var i = 0; i < payload.Length && payload[i] == 0; i++)
        {
            sb.Insert(0, '1');
        }
        return sb.ToString();
    }

    private static string SegwitV0(byte[] program)
    {
        var data = new List<byte> { 0 };
        int acc = 0, bits = 0;
        foreach (var b in program)
        {
            acc = (acc << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                bits -= 5;
                data.Add((byte)((acc >> bits) & 31));
            }
        }
        if (bits > 0)
        {
            data.Add((byte)((acc << (5 - bits)) & 31));
        }
        var values = new List<byte> { 3, 3, 0, 2, 3 }; // hrp "bc" expanded: high bits 3,3; 0; low bits 2,3
        values.AddRange(data);
        values.AddRange([0, 0, 0, 0, 0, 0]);
        var mod = Polymod(values) ^ 1;
        var sb = new StringBuilder("bc1");
        foreach (var d in data)
        {
            sb.Append(Bech32[d]);
        }
        for (var i = 0; i < 6; i++)
        {
            sb.Append(Bech32[(int)((mod >> (5 * (5 - i))) & 31)]);
        }
        return sb.ToString();
    }

    private static uint Polymod(List<byte> values)
    {
        uint[] gen = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
        uint chk = 1;
        foreach (var v in values)
        {
            var top = chk >> 25;
            chk = ((chk & 0x1ffffff) << 5) ^ v;
            for (var i = 0; i < 5; i++)
            {
                if (((top >> i) & 1) != 0)
                {
                    chk ^= gen[i];
                }
            }
        }
        return chk;
    }
}
