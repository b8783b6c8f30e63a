using PiiScan.Detection.Context;
using PiiScan.Detection.Validators;

namespace PiiScan.Detection.Recognizers;

/// <summary>Spanish DNI/NIF (8 digits + control letter) and NIE (X/Y/Z + 7 digits + control letter), mod-23 validated.</summary>
public sealed class EsNifRecognizer : RecognizerBase, IDigitRunHandler
{
    /// <summary>Creates the recognizer.</summary>
    public EsNifRecognizer()
        : base("EsNifRecognizer", EntityTypes.EsNif, new ContextProfile(["nif", "dni", "nie", "documento", "identidad", "cif"]))
    {
    }

    /// <inheritdoc />
    public override void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results) =>
        DigitRunDispatcher.Run(this, text, context, results);

    /// <inheritdoc />
    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        int i;
        int run = runEnd - p;
        i = tokenEnd;
        int start = p;
        int number;
        string pattern;
        if (run == 8 && (p == 0 || !(char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is '_' or '.' or '-')))
        {
            number = Parse(text.Slice(p, 8));
            pattern = "dni";
        }
        else if (run == 7 && p >= 1 && text[p - 1] is 'X' or 'Y' or 'Z' && (p == 1 || !char.IsLetterOrDigit(text[p - 2])))
        {
            start = p - 1;
            number = ((text[p - 1] - 'X') * 10_000_000) + Parse(text.Slice(p, 7));
            pattern = "nie";
        }
        else
        {
            return i;
        }
        int l = p + run;
        if (l < text.Length && text[l] == '-')
        {
            l++;
        }
        if (l >= text.Length || text[l] is < 'A' or > 'Z' || !TextScan.NotWordAt(text, l + 1))
        {
            return i;
        }
        if (Mod23Validator.IsValid(number, text[l]))
        {
            Report(results, text, context, start, l + 1, EntityTypes.EsNif, pattern, 0.85f);
            i = l + 1;
        }
        return i;
    }

    private static int Parse(ReadOnlySpan<char> d)
    {
        int v = 0;
        foreach (char c in d)
        {
            v = (v * 10) + (c - '0');
        }
        return v;
    }
}
