using System.Text;

namespace PiiScan.Tests.Fuzz;

/// <summary>
/// Seeded random mutations of an input: bit flips, byte overwrites, truncation, deletions, duplications and
/// insertions of tokens that stress readers (quotes, braces, NULs, invalid UTF-8, huge numbers, deep nesting,
/// line breaks, PII-like fragments for the recognizers).
/// </summary>
internal static class Mutator
{
    private static readonly byte[][] Tokens =
    [
        "\""u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), "["u8.ToArray(), "]"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "\\"u8.ToArray(), "\\u"u8.ToArray(), "\\ud800"u8.ToArray(), "\n"u8.ToArray(), "\r"u8.ToArray(), "\r\n"u8.ToArray(),
        [0], [0xC3, 0x28], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF],
        "99999999999999999999999999999999999999e99999"u8.ToArray(), "-1e-400"u8.ToArray(), "NaN"u8.ToArray(),
        Encoding.ASCII.GetBytes(new string('[', 300)), Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 200))),
        "\t"u8.ToArray(), "\"\""u8.ToArray(), ",,,"u8.ToArray(),
        "4111 1111 1111 1111"u8.ToArray(), "someone@example.com"u8.ToArray(), "@@@.."u8.ToArray(), "+1 (555) 010-0000"u8.ToArray(),
        "GB82 WEST 1234 5698 7654 32"u8.ToArray(), "eyJhbGciOiJIUzI1NiJ9.e30."u8.ToArray(), "-----BEGIN PRIVATE KEY-----"u8.ToArray(),
        "AKIA0000000000000000"u8.ToArray(), "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"u8.ToArray(), "1:2:3:4:5:6:7:8:9"u8.ToArray(),
        "PAR1"u8.ToArray(), [0x1F, 0x8B, 0x08], [0x28, 0xB5, 0x2F, 0xFD],
    ];

    /// <summary>Applies 1..<paramref name="maxMutations"/> random mutations to a copy of <paramref name="input"/>.</summary>
    public static byte[] Mutate(byte[] input, Random rng, int maxMutations = 4)
    {
        var data = new List<byte>(input);
        var n = rng.Next(1, maxMutations + 1);
        for (var i = 0; i < n; i++)
        {
            var pos = data.Count == 0 ? 0 : rng.Next(data.Count);
            switch (rng.Next(8))
            {
                case 0 when data.Count > 0:
                    data[pos] ^= (byte)(1 << rng.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[pos] = (byte)rng.Next(256);
                    break;
                case 2:
                    data.RemoveRange(pos, data.Count - pos); // truncate
                    break;
                case 3 when data.Count > 0:
                    data.RemoveRange(pos, Math.Min(data.Count - pos, rng.Next(1, 64)));
                    break;
                case 4 when data.Count > 0:
                    var len = Math.Min(data.Count - pos, rng.Next(1, 256));
                    data.InsertRange(rng.Next(data.Count + 1), data.GetRange(pos, len));
                    break;
                default:
                    var token = Tokens[rng.Next(Tokens.Length)];
                    var repeat = rng.Next(10) == 0 ? rng.Next(2, 50) : 1;
                    for (var r = 0; r < repeat; r++)
                    {
                        data.InsertRange(pos, token);
                    }
                    break;
            }
        }
        return data.ToArray();
    }
}
