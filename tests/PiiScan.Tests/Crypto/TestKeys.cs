using System.Text;
using PiiScan.Keys;

namespace PiiScan.Tests.Crypto;

/// <summary>Deterministic fake keyrings for tests.</summary>
internal static class TestKeys
{
    public static string Json(params (string Id, byte Fill)[] keys) => Json(keys[^1].Id, keys);

    public static string Json(string active, params (string Id, byte Fill)[] keys)
    {
        var sb = new StringBuilder();
        sb.Append("{\"version\":1,\"active\":\"").Append(active).Append("\",\"keys\":[");
        for (var i = 0; i < keys.Length; i++)
        {
            var (id, fill) = keys[i];
            sb.Append(i == 0 ? "" : ",")
                .Append("{\"id\":\"").Append(id).Append("\",\"created\":\"2026-11-24T12:00:00Z\",")
                .Append("\"siv\":\"").Append(Convert.ToBase64String(Pattern(64, fill))).Append("\",")
                .Append("\"fpe\":\"").Append(Convert.ToBase64String(Pattern(32, (byte)(fill + 1)))).Append("\",")
                .Append("\"hmac\":\"").Append(Convert.ToBase64String(Pattern(32, (byte)(fill + 2)))).Append("\"}");
        }
        return sb.Append("]}").ToString();
    }

    public static Keyring Keyring(params (string Id, byte Fill)[] keys) =>
        PiiScan.Keys.Keyring.Parse(Encoding.UTF8.GetBytes(Json(keys)), "test");

    public static Keyring Single(byte fill = 0x10, string id = "0badc0de") => Keyring((id, fill));

    public static byte[] Pattern(int length, byte fill)
    {
        var b = new byte[length];
        for (var i = 0; i < length; i++)
        {
            b[i] = (byte)(fill + i);
        }
        return b;
    }

    public static byte[] Hex(string hex) => Convert.FromHexString(hex.Replace(" ", ""));
}
