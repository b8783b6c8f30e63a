using System.Buffers;
using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// GitHub tokens: classic <c>ghp_/gho_/ghs_/ghu_/ghr_</c> + 30 base62 + a 6-character base62 CRC-32 of those 30
/// (checked), and fine-grained <c>github_pat_</c> + 22 base62 + <c>_</c> + 59 base62.
/// </summary>
public sealed class GithubTokenRecognizer : RecognizerBase
{
    private const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(["ghp_", "gho_", "ghs_", "ghu_", "ghr_", "github_pat_"], StringComparison.Ordinal);

    /// <summary>Creates the recognizer.</summary>
    public GithubTokenRecognizer()
        : base("GithubTokenRecognizer", EntityTypes.GithubToken, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(Prefixes);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            bool fine = text[start + 2] == 't';
            int body = start + (fine ? 11 : 4);
            i = body;
            if (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] == '_'))
            {
                continue;
            }
            if (fine)
            {
                int a = TextScan.RunLength(text, body, TextScan.Base62);
                if (a == 22 && body + 22 < text.Length && text[body + 22] == '_')
                {
                    int b = TextScan.RunLength(text, body + 23, TextScan.Base62);
                    if (b == 59 && TextScan.NotWordAt(text, body + 23 + 59))
                    {
                        ReportExact(results, start, body + 23 + 59, EntityTypes.GithubToken, "github_pat", 0.95f);
                        i = body + 23 + 59;
                    }
                }
                continue;
            }
            int run = TextScan.RunLength(text, body, TextScan.Base62);
            if (run == 36 && TextScan.NotWordAt(text, body + 36) && ChecksumOk(text.Slice(body, 36)))
            {
                ReportExact(results, start, body + 36, EntityTypes.GithubToken, "classic_crc32", 1.0f);
                i = body + 36;
            }
        }
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
}
