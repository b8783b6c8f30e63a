using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// PEM private keys: <c>-----BEGIN … PRIVATE KEY-----</c> through the matching <c>-----END … PRIVATE KEY-----</c>;
/// a block cut off before its END line is reported up to the end of its base64 body.
/// </summary>
public sealed class PrivateKeyRecognizer : RecognizerBase
{
    private const string Begin = "-----BEGIN ";
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ+/=\r\n\t \\:-,");

    /// <summary>Creates the recognizer.</summary>
    public PrivateKeyRecognizer()
        : base("PrivateKeyRecognizer", EntityTypes.PrivateKey, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf(Begin, StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            int labelStart = start + Begin.Length;
            i = labelStart;
            int close = text[labelStart..Math.Min(text.Length, labelStart + 48)].IndexOf("-----", StringComparison.Ordinal);
            if (close < 0)
            {
                continue;
            }
            ReadOnlySpan<char> label = text.Slice(labelStart, close);
            if (!label.EndsWith("PRIVATE KEY", StringComparison.Ordinal) && !label.EndsWith("PRIVATE KEY BLOCK", StringComparison.Ordinal))
            {
                continue;
            }
            int bodyStart = labelStart + close + 5;
            int endMarker = text[bodyStart..].IndexOf("-----END ", StringComparison.Ordinal);
            int end;
            string pattern;
            if (endMarker >= 0)
            {
                int endLabel = bodyStart + endMarker + 9;
                int endClose = text[endLabel..Math.Min(text.Length, endLabel + 48)].IndexOf("-----", StringComparison.Ordinal);
                end = endClose < 0 ? endLabel : endLabel + endClose + 5;
                pattern = "pem_block";
            }
            else
            {
                end = bodyStart + TextScan.RunLength(text, bodyStart, BodyChars);
                while (end > bodyStart && text[end - 1] is ' ' or '\r' or '\n' or '\t' or '\\')
                {
                    end--;
                }
                pattern = "pem_truncated";
            }
            ReportExact(results, start, end, EntityTypes.PrivateKey, pattern, 1.0f);
            i = end;
        }
    }
}
