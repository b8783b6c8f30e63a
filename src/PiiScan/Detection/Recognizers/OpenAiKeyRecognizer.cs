using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// OpenAI API keys: <c>sk-proj-</c>/<c>sk-svcacct-</c>/<c>sk-admin-</c> + 40 or more <c>[A-Za-z0-9_-]</c>;
/// <c>sk-</c> keys containing the <c>T3BlbkFJ</c> marker; legacy <c>sk-</c> + exactly 48 alphanumerics.
/// </summary>
public sealed class OpenAiKeyRecognizer : RecognizerBase
{
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    /// <summary>Creates the recognizer.</summary>
    public OpenAiKeyRecognizer()
        : base("OpenAiKeyRecognizer", EntityTypes.OpenAiApiKey, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf("sk-", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            int body = start + 3;
            i = body;
            if (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-'))
            {
                continue;
            }
            int run = TextScan.RunLength(text, body, BodyChars);
            int end = body + run;
            if (!TextScan.NotWordAt(text, end))
            {
                continue;
            }
            ReadOnlySpan<char> b = text[body..end];
            if ((b.StartsWith("proj-") || b.StartsWith("svcacct-") || b.StartsWith("admin-")) && run >= 48)
            {
                ReportExact(results, start, end, EntityTypes.OpenAiApiKey, "project_key", 0.95f);
                i = end;
            }
            else if (run >= 40 && b.Contains("T3BlbkFJ", StringComparison.Ordinal))
            {
                ReportExact(results, start, end, EntityTypes.OpenAiApiKey, "t3blbkfj_marker", 1.0f);
                i = end;
            }
            else if (run == 48 && b.IndexOfAnyExcept(TextScan.Base62) < 0)
            {
                ReportExact(results, start, end, EntityTypes.OpenAiApiKey, "legacy_48", 0.7f);
                i = end;
            }
        }
    }
}
