using System.Buffers;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// OpenAI API keys: <c>sk-proj-</c>/<c>sk-svcacct-</c>/<c>sk-admin-</c> + 40 or more <c>[A-Za-z0-9_-]</c>;
/// <c>sk-</c> keys containing the <c>T3BlbkFJ</c> marker; legacy <c>sk-</c> + exactly 48 alphanumerics.
/// </summary>
public sealed class OpenAiKeyRecognizer : PrefixTokenRecognizer
{
    private static readonly SearchValues<string> Prefix = SearchValues.Create(["sk-"], StringComparison.Ordinal);
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    /// <summary>Creates the recognizer.</summary>
    public OpenAiKeyRecognizer()
        : base("OpenAiKeyRecognizer", EntityTypes.OpenAiApiKey, Prefix, alsoBlockedBefore: "_-")
    {
    }

    /// <inheritdoc />
    protected override int PrefixLength(ReadOnlySpan<char> text, int start) => 3;

    /// <inheritdoc />
    protected override int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results)
    {
        int run = TextScan.RunLength(text, body, BodyChars);
        int end = body + run;
        if (!TextScan.NotWordAt(text, end))
        {
            return -1;
        }
        ReadOnlySpan<char> b = text[body..end];
        if ((b.StartsWith("proj-") || b.StartsWith("svcacct-") || b.StartsWith("admin-")) && run >= 48)
        {
            ReportExact(results, start, end, EntityTypes.OpenAiApiKey, "project_key", 0.95f);
            return end;
        }
        if (run >= 40 && b.Contains("T3BlbkFJ", StringComparison.Ordinal))
        {
            ReportExact(results, start, end, EntityTypes.OpenAiApiKey, "t3blbkfj_marker", 1.0f);
            return end;
        }
        if (run == 48 && b.IndexOfAnyExcept(TextScan.Base62) < 0)
        {
            ReportExact(results, start, end, EntityTypes.OpenAiApiKey, "legacy_48", 0.7f);
            return end;
        }
        return -1;
    }
}
