using System.Buffers;
using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Base of the secret-token recognizers that start with a literal prefix (<c>AKIA</c>, <c>ghp_</c>, <c>sk_live_</c>...):
/// finds each prefix, skips it when glued to a preceding token character, and hands the body to <see cref="MatchBody"/>.
/// </summary>
public abstract class PrefixTokenRecognizer : RecognizerBase
{
    private readonly SearchValues<string> _prefixes;
    private readonly string _alsoBlockedBefore;

    /// <summary>
    /// Creates the recognizer for <paramref name="prefixes"/>. A prefix preceded by an ASCII letter or digit is skipped,
    /// and also one preceded by any character of <paramref name="alsoBlockedBefore"/>.
    /// </summary>
    protected PrefixTokenRecognizer(string name, string entityType, SearchValues<string> prefixes, string alsoBlockedBefore)
        : base(name, entityType, ContextProfile.None)
    {
        _prefixes = prefixes;
        _alsoBlockedBefore = alsoBlockedBefore;
    }

    /// <inheritdoc />
    public sealed override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int i = 0;
        while (i < text.Length)
        {
            int k = text[i..].IndexOfAny(_prefixes);
            if (k < 0)
            {
                return;
            }
            int start = i + k;
            int body = start + PrefixLength(text, start);
            i = body;
            if (start > 0 && (TextScan.IsAsciiLetterOrDigit(text[start - 1]) || _alsoBlockedBefore.Contains(text[start - 1], StringComparison.Ordinal)))
            {
                continue;
            }
            int end = MatchBody(text, start, body, results);
            if (end >= 0)
            {
                i = end;
            }
        }
    }

    /// <summary>Length of the prefix found at <paramref name="start"/>.</summary>
    protected abstract int PrefixLength(ReadOnlySpan<char> text, int start);

    /// <summary>
    /// Checks the token body starting at <paramref name="body"/>; on a match reports it and returns the end of the
    /// token, otherwise returns -1.
    /// </summary>
    protected abstract int MatchBody(ReadOnlySpan<char> text, int start, int body, List<Detection> results);
}
