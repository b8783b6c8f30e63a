using PiiScan.Detection;
using PiiScan.Operators.Crypto;

namespace PiiScan.Reidentification;

/// <summary>Finds <c>[[TYPE:KEYID:PAYLOAD]]</c> pseudonym tokens; the detection's type is the token's TYPE.</summary>
public sealed class PseudonymTokenRecognizer(IReadOnlySet<string>? types) : IRecognizer
{
    /// <inheritdoc />
    public string Name => "PseudonymToken";

    /// <inheritdoc />
    public IReadOnlyList<string> SupportedTypes => EntityTypes.All;

    /// <inheritdoc />
    public void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection.Detection> results)
    {
        if (text.IndexOf("[[", StringComparison.Ordinal) < 0)
        {
            return;
        }
        foreach (var m in PseudonymToken.Regex.EnumerateMatches(text))
        {
            var token = text.Slice(m.Index, m.Length);
            var colon = token.IndexOf(':');
            var type = EntityTypes.Normalize(token[2..colon].ToString());
            if (types is null || types.Contains(type))
            {
                results.Add(new Detection.Detection(m.Index, m.Index + m.Length, type, 1f, Name, "token"));
            }
        }
    }
}
