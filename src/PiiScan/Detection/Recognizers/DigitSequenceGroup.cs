namespace PiiScan.Detection.Recognizers;

/// <summary>
/// Runs several <see cref="DigitSequenceRecognizer"/>s (cards, SSN, routing, NHS, SIN, Aadhaar, IMEI) in one pass:
/// the digit runs are found and decoded once and handed to every member whose length range fits. Detections
/// keep the member's own recognizer name, so the output is identical to running the members one by one.
/// </summary>
public sealed class DigitSequenceGroup : IRecognizer, IDigitRunHandler
{
    private readonly DigitSequenceRecognizer[] _members;
    private readonly int _minDigits;
    private readonly int _maxDigits;

    /// <summary>Creates the group.</summary>
    public DigitSequenceGroup(IReadOnlyList<DigitSequenceRecognizer> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        _members = [.. members];
        _minDigits = int.MaxValue;
        _maxDigits = 0;
        var types = new List<string>();
        foreach (var m in _members)
        {
            _minDigits = Math.Min(_minDigits, m.MinDigits);
            _maxDigits = Math.Max(_maxDigits, m.MaxDigits);
            foreach (var t in m.SupportedTypes)
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
    public string Name => "DigitSequenceGroup";

    /// <inheritdoc />
    public IReadOnlyList<string> SupportedTypes { get; }

    /// <summary>The grouped recognizers.</summary>
    public IReadOnlyList<DigitSequenceRecognizer> Members => _members;

    /// <inheritdoc />
    public void Analyze(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
        if (_members.Length > 0)
        {
            DigitRunDispatcher.Run(this, text, context, results);
        }
    }

    /// <inheritdoc />
    int IDigitRunHandler.MinPlainDigits => Math.Min(7, _minDigits);

    int IDigitRunHandler.TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results)
    {
        if (!TextScan.CleanNumberStart(text, p))
        {
            return tokenEnd;
        }
        Span<byte> digits = stackalloc byte[DigitSequenceRecognizer.Capacity];
        Span<byte> groups = stackalloc byte[DigitSequenceRecognizer.MaxGroups];
        int n = DigitGroups.Read(text, p, digits[.._maxDigits], groups, out int groupCount, out int end, out char sep);
        if (n >= _minDigits && TextScan.CleanNumberEnd(text, end))
        {
            foreach (var m in _members)
            {
                if (n >= m.MinDigits && n <= m.MaxDigits)
                {
                    m.OnCandidate(text, context, results, p, end, digits[..n], groups[..groupCount], sep);
                }
            }
        }
        return end;
    }
}
