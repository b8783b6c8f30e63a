using System.Buffers.Text;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// JSON Web Tokens: three base64url parts separated by dots, starting with <c>eyJ</c>, whose header decodes
/// to JSON containing an <c>"alg"</c> member. Decoding uses a stack buffer.
/// </summary>
public sealed class JwtRecognizer : RecognizerBase
{
    /// <summary>Creates the recognizer.</summary>
    public JwtRecognizer()
        : base("JwtRecognizer", EntityTypes.Jwt, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        Span<byte> header = stackalloc byte[768];
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf("eyJ", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            i = start + 3;
            if (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-'))
            {
                continue;
            }
            int h = TextScan.RunLength(text, start, TextScan.Base64Url);
            int p1 = start + h;
            if (h < 10 || p1 >= text.Length || text[p1] != '.')
            {
                i = p1;
                continue;
            }
            int p = TextScan.RunLength(text, p1 + 1, TextScan.Base64Url);
            int p2 = p1 + 1 + p;
            if (p < 4 || p2 >= text.Length || text[p2] != '.')
            {
                i = p2;
                continue;
            }
            int s = p2 + 1 < text.Length ? TextScan.RunLength(text, p2 + 1, TextScan.Base64Url) : 0;
            int end = p2 + 1 + s;
            i = end;
            if (end < text.Length && (TextScan.IsAsciiLetterOrDigit(text[end]) || (text[end] == '.' && end + 1 < text.Length && TextScan.Base64Url.Contains(text[end + 1]))))
            {
                continue; // JWE (five parts) or glued text
            }
            ReadOnlySpan<char> hdr = text.Slice(start, h);
            if (hdr.Length > 1000 || Base64Url.DecodeFromChars(hdr, header, out _, out int written) != System.Buffers.OperationStatus.Done)
            {
                continue;
            }
            ReadOnlySpan<byte> json = header[..written];
            if (json.Length > 0 && json[0] == (byte)'{' && json.IndexOf("\"alg\""u8) >= 0)
            {
                ReportExact(results, start, end, EntityTypes.Jwt, s == 0 ? "jwt_unsigned" : "jwt", 0.95f);
            }
        }
    }
}
