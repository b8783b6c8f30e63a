using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>Slack tokens <c>xox[abpors]-</c> followed by dash-separated alphanumeric segments (at least two, 20+ characters).</summary>
public sealed class SlackTokenRecognizer : RecognizerBase
{
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    /// <summary>Creates the recognizer.</summary>
    public SlackTokenRecognizer()
        : base("SlackTokenRecognizer", EntityTypes.SlackToken, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf("xox", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            i = start + 3;
            if (start + 5 > text.Length || text[start + 3] is not ('a' or 'b' or 'p' or 'o' or 'r' or 's') || text[start + 4] != '-')
            {
                continue;
            }
            if (start > 0 && TextScan.IsAsciiLetterOrDigit(text[start - 1]))
            {
                continue;
            }
            int bodyStart = start + 5;
            int end = bodyStart + TextScan.RunLength(text, bodyStart, BodyChars);
            while (end > bodyStart && text[end - 1] == '-')
            {
                end--;
            }
            ReadOnlySpan<char> body = text[bodyStart..end];
            if (body.Length >= 20 && TextScan.CountOf(body, '-') >= 1 && body.IndexOfAny(TextScan.Digits) >= 0 && TextScan.NotWordAt(text, end))
            {
                ReportExact(results, start, end, EntityTypes.SlackToken, "xox_token", 0.9f);
                i = end;
            }
        }
    }
}
