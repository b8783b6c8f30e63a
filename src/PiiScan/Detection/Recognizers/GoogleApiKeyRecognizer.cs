using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>Google API keys: <c>AIza</c> + exactly 35 <c>[A-Za-z0-9_-]</c>.</summary>
public sealed class GoogleApiKeyRecognizer : RecognizerBase
{
    private static readonly SearchValues<char> BodyChars = SearchValues.Create("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_");

    /// <summary>Creates the recognizer.</summary>
    public GoogleApiKeyRecognizer()
        : base("GoogleApiKeyRecognizer", EntityTypes.GoogleApiKey, ContextProfile.None)
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOf("AIza", StringComparison.Ordinal);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            i = start + 4;
            if (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is '_' or '-'))
            {
                continue;
            }
            int run = TextScan.RunLength(text, i, BodyChars);
            if (run == 35)
            {
                ReportExact(results, start, i + 35, EntityTypes.GoogleApiKey, "aiza", 0.9f);
                i += 35;
            }
        }
    }
}
