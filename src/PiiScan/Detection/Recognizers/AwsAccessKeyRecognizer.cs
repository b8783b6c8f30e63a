using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>AWS access key IDs: <c>AKIA</c> (long-term) or <c>ASIA</c> (temporary) followed by 16 base32 characters <c>[A-Z2-7]</c>.</summary>
public sealed class AwsAccessKeyRecognizer : RecognizerBase
{
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(["AKIA", "ASIA"], StringComparison.Ordinal);
    private static readonly SearchValues<char> Base32 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    /// <summary>Creates the recognizer.</summary>
    public AwsAccessKeyRecognizer()
        : base("AwsAccessKeyRecognizer", EntityTypes.AwsAccessKey, ContextProfile.None)
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
            i = start + 4;
            if (start > 0 && TextScan.IsAsciiLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            int run = TextScan.RunLength(text, i, Base32);
            if (run == 16 && TextScan.NotWordAt(text, i + 16))
            {
                ReportExact(results, start, i + 16, EntityTypes.AwsAccessKey, text[start] == 'A' && text[start + 1] == 'K' ? "akia" : "asia", 0.9f);
                i += 16;
            }
        }
    }
}
