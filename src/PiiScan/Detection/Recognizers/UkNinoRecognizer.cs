using PiiScan.Detection.Context;

namespace PiiScan.Detection.Recognizers;

/// <summary>
/// UK National Insurance numbers: two prefix letters (HMRC exclusions applied), six digits (compact or in
/// space-separated pairs) and a suffix A-D, e.g. <c>AB123456C</c> or <c>AB 12 34 56 C</c>.
/// </summary>
public sealed class UkNinoRecognizer : RecognizerBase, IDigitRunHandler
{
    /// <summary>Creates the recognizer.</summary>
    public UkNinoRecognizer()
        : base("UkNinoRecognizer", EntityTypes.UkNino, new ContextProfile(["nino", "national insurance", "ni number", "ni no", "insurance number"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results) =>
        DigitRunDispatcher.Run(this, text, context, results);

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        int i;
        i = tokenEnd;
        bool spaced = p >= 3 && text[p - 1] == ' ';
        int start = spaced ? p - 3 : p - 2;
        if (start < 0 || !TextScan.IsAsciiUpper(text[start]) || !TextScan.IsAsciiUpper(text[start + 1]) || (start > 0 && char.IsLetterOrDigit(text[start - 1])))
        {
            return i;
        }
        if (!PrefixOk(text[start], text[start + 1]))
        {
            return i;
        }
        int j = p;
        int digits = 0;
        while (digits < 6 && j < text.Length)
        {
            if (j + 1 < text.Length && TextScan.IsDigit(text[j]) && TextScan.IsDigit(text[j + 1]))
            {
                digits += 2;
                j += 2;
                if (spaced && digits < 6)
                {
                    if (j >= text.Length || text[j] != ' ')
                    {
                        break;
                    }
                    j++;
                }
                continue;
            }
            break;
        }
        if (digits != 6)
        {
            return i;
        }
        if (spaced && j < text.Length && text[j] == ' ')
        {
            j++;
        }
        if (j >= text.Length || text[j] is < 'A' or > 'D' || !TextScan.NotWordAt(text, j + 1))
        {
            return i;
        }
        Report(results, text, context, start, j + 1, EntityTypes.UkNino, spaced ? "nino_spaced" : "nino_compact", 0.6f);
        i = j + 1;
        return i;
    }

    private static bool PrefixOk(char a, char b)
    {
        if (a is 'D' or 'F' or 'I' or 'Q' or 'U' or 'V' || b is 'D' or 'F' or 'I' or 'O' or 'Q' or 'U' or 'V')
        {
            return false;
        }
        return !((a == 'B' && b == 'G') || (a == 'G' && b == 'B') || (a == 'N' && b == 'K') || (a == 'K' && b == 'N')
            || (a == 'T' && b == 'N') || (a == 'N' && b == 'T') || (a == 'Z' && b == 'Z'));
    }
}
