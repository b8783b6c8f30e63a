namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Runs several digit-anchored recognizers (the digit-sequence IDs, phone, IBAN, NINO, NIF/NIE, fiscal code, NRIC,
/// date of birth, crypto wallets) with one shared digit search. Each member keeps its own resume position, so the detections
/// (and their recognizer names) are exactly those of running the members one by one.
/// </summary>
public sealed class DigitRunGroup : IRecognizer
{
    private readonly IDigitRunHandler[] _handlers;
    private readonly IRecognizer[] _members;
    private readonly bool[] _needsUpper;
    private readonly int[] _minPlain;
    private readonly int _minPlainAll; // the fewest MinPlainDigits of any member

    /// <summary>Creates the group; every member must be a built-in digit-anchored recognizer.</summary>
    internal DigitRunGroup(IReadOnlyList<IRecognizer> members)
    {
        _members = [.. members];
        _handlers = new IDigitRunHandler[_members.Length];
        _needsUpper = new bool[_members.Length];
        _minPlain = new int[_members.Length];
        _minPlainAll = int.MaxValue;
        var types = new List<string>();
        for (int i = 0; i < _members.Length; i++)
        {
            _handlers[i] = (IDigitRunHandler)_members[i];
            _needsUpper[i] = _handlers[i].NeedsUpperCasePrefix;
            _minPlain[i] = _handlers[i].MinPlainDigits;
            _minPlainAll = Math.Min(_minPlainAll, _minPlain[i]);
            foreach (var t in _members[i].SupportedTypes)
            {
                if (!types.Contains(t))
                {
                    types.Add(t);
                }
            }
        }
        SupportedTypes = types;
    }

    /// <inheritdoc />
    public string Name => "DigitRunGroup";

    /// <inheritdoc />
    public IReadOnlyList<string> SupportedTypes { get; }

    /// <summary>The grouped recognizers.</summary>
    public IReadOnlyList<IRecognizer> Members => _members;

    /// <summary>
    /// A number of at most 6 digits closed by punctuation that no pattern continues through (JSON <c>"n":1024,</c>):
    /// too short for each member whose <see cref="IDigitRunHandler.MinPlainDigits"/> is above its length, and its token
    /// ends with the run (part of the <see cref="IDigitRunHandler"/> contract). A day followed by <c>", "</c> and a
    /// digit is not one: <c>May 12, 1990</c> is a date of birth.
    /// </summary>
    private static bool IsPlainShortNumber(ReadOnlySpan<char> text, int p, int runEnd)
    {
        if (runEnd - p > 6)
        {
            return false;
        }
        if (runEnd >= text.Length)
        {
            return true;
        }
        if (text[runEnd] == ',')
        {
            return !(runEnd + 2 < text.Length && text[runEnd + 1] == ' ' && TextScan.IsDigit(text[runEnd + 2]));
        }
        return text[runEnd] is '"' or '\'' or ';' or '}' or ']' or '\n' or '\r' or '\t' or '<' or '>' or '|' or '&' or '=' or '!' or '?';
    }

    /// <summary>
    /// Runs that no member accepts (part of the <see cref="IDigitRunHandler"/> contract): glued to a lower-case letter,
    /// digit or underscore (hex ids, UUID parts, identifiers); or continuing a number after '.'/'-' (decimals, dates,
    /// versions), or after ':', '/', ',' unless the run has 8 digits.
    /// </summary>
    private static bool AllMembersReject(ReadOnlySpan<char> text, int p, int runEnd)
    {
        char c = text[p - 1];
        if ((uint)(c - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_')
        {
            return true;
        }
        if (p < 2 || (uint)(text[p - 2] - '0') > 9)
        {
            return false;
        }
        return c is '.' or '-' || (c is ':' or '/' or ',' && runEnd - p != 8);
    }

    /// <inheritdoc />
    public void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        int n = _handlers.Length;
        Span<int> resume = n <= 32 ? stackalloc int[32] : new int[n];
        resume = resume[..n];
        resume.Clear();
        foreach (var h in _handlers)
        {
            h.AnalyzeNonDigit(text, context, results);
        }
        int cursor = 0;
        while (cursor < text.Length)
        {
            int k = text[cursor..].IndexOfAny(TextScan.Digits);
            if (k < 0)
            {
                return;
            }
            int p = cursor + k;
            int next = int.MaxValue;
            int runEnd = TextScan.DigitRunEnd(text, p);
            bool plainShort = IsPlainShortNumber(text, p, runEnd);
            if ((p > 0 && AllMembersReject(text, p, runEnd)) || (plainShort && runEnd - p < _minPlainAll))
            {
                // Every member rejects such a run and resumes after its token; do that once for all of them.
                int skip = TextScan.SkipToken(text, p);
                for (int h = 0; h < n; h++)
                {
                    if (resume[h] <= p)
                    {
                        resume[h] = Math.Max(skip, p + 1);
                    }
                    next = Math.Min(next, resume[h]);
                }
                cursor = next;
                continue;
            }
            int tokenEnd = TextScan.SkipToken(text, p);
            bool upperPrefix = p > 0 && (uint)(text[p - 1] - 'A') <= 'Z' - 'A';
            for (int h = 0; h < n; h++)
            {
                if (resume[h] <= p)
                {
                    resume[h] = (!upperPrefix && _needsUpper[h]) || (plainShort && runEnd - p < _minPlain[h])
                        ? Math.Max(tokenEnd, p + 1)
                        : Math.Max(_handlers[h].TryAt(text, p, runEnd, tokenEnd, context, results), p + 1);
                }
                next = Math.Min(next, resume[h]);
            }
            cursor = next;
        }
    }
}
