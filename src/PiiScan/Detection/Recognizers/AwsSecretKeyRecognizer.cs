using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// AWS secret access keys: 40 base64 characters (mixed case with a digit), only with key-name context —
/// a field key such as <c>aws_secret_access_key</c>, or a nearby <c>secret</c> keyword together with <c>aws</c>/<c>access</c>.
/// </summary>
public sealed class AwsSecretKeyRecognizer : RecognizerBase
{
    private static readonly string[] KeyWords = ["aws_secret", "secret_access_key", "secretaccesskey", "aws_secret_key"];
    private static readonly string[] NearWords = ["aws", "access"];
    private static readonly System.Buffers.SearchValues<string> SecretWord = System.Buffers.SearchValues.Create(["secret"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Creates the recognizer.</summary>
    public AwsSecretKeyRecognizer()
        : base("AwsSecretKeyRecognizer", EntityTypes.AwsSecretKey, new ContextProfile(KeyWords))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        // A secret access key is 40 characters: shorter values cannot hold one.
        if (text.Length < 40)
        {
            return;
        }
        if (!string.IsNullOrEmpty(context.Key) && ContextMatcher.ContainsAny(context.Key, KeyWords))
        {
            ScanRuns(text, 0, text.Length, results, "aws_secret_key_field");
            return;
        }
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(SecretWord);
            if (k < 0)
            {
                return;
            }
            int p = i + k;
            i = p + 6;
            int ws = Math.Max(0, p - 24);
            int we = Math.Min(text.Length, p + 20);
            if (!ContextMatcher.ContainsAny(text[ws..we], NearWords) && text[ws..we].IndexOf("aws", StringComparison.OrdinalIgnoreCase) < 0)
            {
                continue;
            }
            int end = Math.Min(text.Length, p + 80);
            i = ScanRuns(text, p + 6, end, results, "aws_secret_key_context");
        }
    }

    /// <summary>Reports 40-character base64 runs in [from, to); returns where scanning stopped.</summary>
    private int ScanRuns(ReadOnlySpan<char> text, int from, int to, List<Detection> results, string pattern)
    {
        int j = from;
        while (j < to)
        {
            int k = text[j..to].IndexOfAny(TextScan.Base64);
            if (k < 0)
            {
                return to;
            }
            j += k;
            int run = TextScan.RunLength(text, j, TextScan.Base64);
            if (run == 40 && LooksRandom(text.Slice(j, 40)) && (j == 0 || !TextScan.Base64.Contains(text[j - 1])))
            {
                ReportExact(results, j, j + 40, EntityTypes.AwsSecretKey, pattern, 0.85f);
                return j + 40;
            }
            j += run;
        }
        return to;
    }

    private static bool LooksRandom(ReadOnlySpan<char> s) =>
        s.IndexOfAny(TextScan.Digits) >= 0 && s.IndexOfAny(TextScan.Lower) >= 0 && s.IndexOfAny(TextScan.Upper) >= 0;
}
