using System.Buffers;

namespace PiiScan.Detection.Recognizers;

/// <summary>Google API keys: <c>AIza</c> + exactly 35 <c>[A-Za-z0-9_-]</c>.</summary>
public sealed class GoogleApiKeyRecognizer : PrefixTokenRecognizer
{
    private static readonly SearchValues<string> Prefix = SearchValues.Create(["AIza"], StringComparison.Ordinal);
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    /// <summary>Creates the recognizer.</summary>
    public GoogleApiKeyRecognizer()
        : base("GoogleApiKeyRecognizer", EntityTypes.GoogleApiKey, Prefix, alsoBlockedBefore: "_-")
    {
    }

    /// <inheritdoc />
    protected override int PrefixLength(ReadOnlySpan<char> text, int start) => 4;

    /// <inheritdoc />
    protected override int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results)
    {
        int run = TextScan.RunLength(text, body, BodyChars);
        if (run == 35)
        {
            ReportExact(results, start, body + 35, EntityTypes.GoogleApiKey, "aiza", 0.9f);
            return body + 35;
        }
        return -1;
    }
}
