using System.Buffers;

namespace PiiScan.Detection.Recognizers;

/// <summary>Stripe API keys: <c>sk_</c>/<c>rk_</c>/<c>pk_</c> + <c>live_</c>/<c>test_</c> + at least 16 base62 characters.</summary>
public sealed class StripeKeyRecognizer : PrefixTokenRecognizer
{
    private static readonly SearchValues<string> Prefixes = SearchValues.Create(["sk_live_", "sk_test_", "rk_live_", "rk_test_", "pk_live_", "pk_test_"], StringComparison.Ordinal);

    /// <summary>Creates the recognizer.</summary>
    public StripeKeyRecognizer()
        : base("StripeKeyRecognizer", EntityTypes.StripeKey, Prefixes, alsoBlockedBefore: "_")
    {
    }

    /// <inheritdoc />
    protected override int PrefixLength(ReadOnlySpan<char> text, int start) => 8;

    /// <inheritdoc />
    protected override int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results)
    {
        int run = TextScan.RunLength(text, body, TextScan.Base62);
        if (run is < 16 or > 247 || !TextScan.NotWordAt(text, body + run))
        {
            return -1;
        }
        bool live = text[start + 3] == 'l';
        (string pattern, float score) = text[start] switch
        {
            'p' => (live ? "publishable_live" : "publishable_test", live ? 0.6f : 0.4f),
            'r' => (live ? "restricted_live" : "restricted_test", live ? 0.95f : 0.8f),
            _ => (live ? "secret_live" : "secret_test", live ? 0.95f : 0.8f),
        };
        ReportExact(results, start, body + run, EntityTypes.StripeKey, pattern, score);
        return body + run;
    }
}
