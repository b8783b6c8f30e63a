using System.Buffers;

namespace PiiScan.Detection.Recognizers;

/// <summary>AWS access key IDs: <c>AKIA</c> (long-term) or <c>ASIA</c> (temporary) followed by 16 base32 characters <c>[A-Z2-7]</c>.</summary>
public sealed class AwsAccessKeyRecognizer : PrefixTokenRecognizer
{
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(["AKIA", "ASIA"], StringComparison.Ordinal);
    private static readonly SearchValues<char> Base32 = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567");

    /// <summary>Creates the recognizer.</summary>
    public AwsAccessKeyRecognizer()
        : base("AwsAccessKeyRecognizer", EntityTypes.AwsAccessKey, Prefixes, alsoBlockedBefore: "")
    {
    }

    /// <inheritdoc />
    protected override int PrefixLength(ReadOnlySpan<char> text, int start) => 4;

    /// <inheritdoc />
    protected override int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results)
    {
        int run = TextScan.RunLength(text, body, Base32);
        if (run == 16 && TextScan.NotWordAt(text, body + 16))
        {
            ReportExact(results, start, body + 16, EntityTypes.AwsAccessKey, text[start] == 'A' && text[start + 1] == 'K' ? "akia" : "asia", 0.9f);
            return body + 16;
        }
        return -1;
    }
}
