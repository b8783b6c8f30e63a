using System.Buffers;

namespace PiiScan.Detection.Recognizers;

/// <summary>Slack tokens <c>xox[abpors]-</c> followed by dash-separated alphanumeric segments (at least two, 20+ characters).</summary>
public sealed class SlackTokenRecognizer : PrefixTokenRecognizer
{
    private static readonly SearchValues<string> Prefix = SearchValues.Create(["xox"], StringComparison.Ordinal);
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-");

    /// <summary>Creates the recognizer.</summary>
    public SlackTokenRecognizer()
        : base("SlackTokenRecognizer", EntityTypes.SlackToken, Prefix, alsoBlockedBefore: "")
    {
    }

    /// <inheritdoc />
    protected override int PrefixLength(ReadOnlySpan<char> text, int start) => 3;

    /// <inheritdoc />
    protected override int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results)
    {
        if (start + 5 > text.Length || text[start + 3] is not ('a' or 'b' or 'p' or 'o' or 'r' or 's') || text[start + 4] != '-')
        {
            return -1;
        }
        int bodyStart = start + 5;
        int end = bodyStart + TextScan.RunLength(text, bodyStart, BodyChars);
        while (end > bodyStart && text[end - 1] == '-')
        {
            end--;
        }
        ReadOnlySpan<char> token = text[bodyStart..end];
        if (token.Length >= 20 && TextScan.CountOf(token, '-') >= 1 && token.IndexOfAny(TextScan.Digits) >= 0 && TextScan.NotWordAt(text, end))
        {
            ReportExact(results, start, end, EntityTypes.SlackToken, "xox_token", 0.9f);
            return end;
        }
        return -1;
    }
}
