using System.Buffers;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// GitHub tokens: classic <c>ghp_/gho_/ghs_/ghu_/ghr_</c> + 30 base62 + a 6-character base62 CRC-32 of those 30
/// (checked), and fine-grained <c>github_pat_</c> + 22 base62 + <c>_</c> + 59 base62.
/// </summary>
public sealed class GithubTokenRecognizer : PrefixTokenRecognizer
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(["ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"], StringComparison.Ordinal);

    /// <summary>Creates the recognizer.</summary>
    public GithubTokenRecognizer()
        : base("GithubTokenRecognizer", EntityTypes.GithubToken, Prefixes, alsoBlockedBefore: "_")
    {
    }

    /// <inheritdoc />
    protected override int PrefixLength(ReadOnlySpan<char> text, int start) => IsFineGrained(text, start) ? 11 : 4;

    /// <inheritdoc />
    protected override int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results)
    {
        if (IsFineGrained(text, start))
        {
            int a = TextScan.RunLength(text, body, TextScan.Base62);
            if (a == 22 && body + 22 < text.Length && text[body + 22] == '_')
            {
                int b = TextScan.RunLength(text, body + 23, TextScan.Base62);
                if (b == 59 && TextScan.NotWordAt(text, body + 23 + 59))
                {
                    ReportExact(results, start, body + 23 + 59, EntityTypes.GithubToken, "github_pat", 0.95f);
                    return body + 23 + 59;
                }
            }
            return -1;
        }
        int run = TextScan.RunLength(text, body, TextScan.Base62);
        if (run == 36 && TextScan.NotWordAt(text, body + 36) && ChecksumOk(text.Slice(body, 36)))
        {
            ReportExact(results, start, body + 36, EntityTypes.GithubToken, "classic_crc32", 1.0f);
            return body + 36;
        }
        return -1;
    }

    /// <summary>True when the last 6 base62 characters encode the CRC-32 of the first 30.</summary>
    internal static bool ChecksumOk(ReadOnlySpan<char> body)
    {
        ulong v = 0;
        for (int i = 30; i < 36; i++)
        {
            int d = Alphabet.IndexOf(body[i]);
            if (d < 0)
            {
                return false;
            }
            v = (v * 62) + (ulong)d;
        }
        return v == Crc32Checksum.Compute(body[..30]);
    }

    /// <summary>True for the fine-grained <c>github_pat_</c> prefix at <paramref name="start"/> (classic prefixes have <c>_</c> there).</summary>
    private static bool IsFineGrained(ReadOnlySpan<char> text, int start) => text[start + 2] == 't';
}
