using System.Buffers;

namespace PiiScan.Detection.Context;

/// <summary>
/// Context words a recognizer declares: supporting words raise a candidate's score when they appear in
/// the field key or within <see cref="Window"/> characters before the candidate; negative words
/// (<see cref="DefaultNegativeWords"/> unless overridden) suppress it. Immutable and thread-safe.
/// </summary>
public sealed class ContextProfile
{
    /// <summary>Words that say "this number is not PII" in logs.</summary>
    public static IReadOnlyList<string> DefaultNegativeWords { get; } =
    [
        "order", "invoice", "version", "build", "sha", "trace_id", "traceid", "span_id", "uuid", "guid",
        "request_id", "commit", "checksum", "hash", "digest", "ticket", "tracking",
    ];

    /// <summary>A profile without supporting words (only the default negative words apply).</summary>
    public static ContextProfile None { get; } = new([]);

    private readonly string[] _positive;
    private readonly string[] _negative;
    private readonly SearchValues<string> _positivePrefixes;
    private readonly SearchValues<string> _negativePrefixes;

    /// <summary>Creates a profile.</summary>
    /// <param name="positiveWords">Supporting words, any case; separators are ignored when matching.</param>
    /// <param name="negativeWords">Suppressing words; <see cref="DefaultNegativeWords"/> when null.</param>
    /// <param name="window">How many characters before the candidate are searched.</param>
    /// <param name="boost">Score added by supporting context.</param>
    /// <param name="minScoreWithContext">Lowest score of a candidate with supporting context.</param>
    public ContextProfile(IEnumerable<string> positiveWords, IEnumerable<string>? negativeWords = null, int window = 40, float boost = 0.35f, float minScoreWithContext = 0.4f)
    {
        _positive = Normalize(positiveWords);
        _negative = Normalize(negativeWords ?? DefaultNegativeWords);
        _positivePrefixes = Prefixes(_positive);
        _negativePrefixes = Prefixes(_negative);
        Window = window;
        Boost = boost;
        MinScoreWithContext = minScoreWithContext;
    }

    /// <summary>Supporting words (lower case).</summary>
    public IReadOnlyList<string> PositiveWords => _positive;

    /// <summary>Suppressing words (lower case).</summary>
    public IReadOnlyList<string> NegativeWords => _negative;

    /// <summary>Characters before the candidate searched for words.</summary>
    public int Window { get; }

    /// <summary>Score added by supporting context.</summary>
    public float Boost { get; }

    /// <summary>Lowest score of a candidate with supporting context.</summary>
    public float MinScoreWithContext { get; }

    /// <summary>
    /// Evaluates the context of the candidate starting at <paramref name="start"/>. The field key wins
    /// over surrounding text; in the text the word nearest to the candidate wins.
    /// </summary>
    public ContextSignal Evaluate(ReadOnlySpan<char> text, int start, in FieldContext field)
    {
        string key = field.Key ?? "";
        if (key.Length > 0)
        {
            var keySignal = KeySignal(key);
            if (keySignal != ContextSignal.None)
            {
                return keySignal;
            }
        }
        int from = Math.Max(0, start - Window);
        ReadOnlySpan<char> window = text[from..start];
        // Vectorized prefilter on word prefixes; the exact (separator-tolerant, boundary-checked) match runs only on a hit.
        int neg = window.IndexOfAny(_negativePrefixes) >= 0 ? ContextMatcher.LastMatchEnd(window, _negative, capitalizedWhole: true) : -1;
        int pos = window.IndexOfAny(_positivePrefixes) >= 0 ? ContextMatcher.LastMatchEnd(window, _positive) : -1;
        if (neg < 0 && pos < 0)
        {
            return ContextSignal.None;
        }
        return pos > neg ? ContextSignal.Positive : ContextSignal.Negative;
    }

    /// <summary>Score after context: raised by <see cref="Boost"/> (at least <see cref="MinScoreWithContext"/>) on positive context.</summary>
    public float Apply(float baseScore, ContextSignal signal) => signal switch
    {
        ContextSignal.Positive => Math.Min(1f, Math.Max(baseScore + Boost, MinScoreWithContext)),
        ContextSignal.Negative => Math.Max(0f, baseScore - Boost),
        _ => baseScore,
    };

    // Field keys repeat on every record (JSON keys, column names): their signal is computed once per key.
    // Readers see an immutable snapshot (no locks, no allocation); a new key copies it under a lock, which is rare.
    private ContextSignal KeySignal(string key)
    {
        if (Volatile.Read(ref _keySignals).TryGetValue(key, out var cached))
        {
            return cached;
        }
        var signal = ContextMatcher.ContainsAny(key, _negative) ? ContextSignal.Negative
            : ContextMatcher.ContainsAny(key, _positive) ? ContextSignal.Positive
            : ContextSignal.None;
        lock (_keyLock)
        {
            var next = _keySignals.Count >= MaxCachedKeys
                ? new Dictionary<string, ContextSignal>(StringComparer.Ordinal)
                : new Dictionary<string, ContextSignal>(_keySignals, StringComparer.Ordinal);
            next[key] = signal;
            Volatile.Write(ref _keySignals, next);
        }
        return signal;
    }

    private const int MaxCachedKeys = 1024;

    private readonly Lock _keyLock = new();
    private Dictionary<string, ContextSignal> _keySignals = new(StringComparer.Ordinal);

    private static SearchValues<string> Prefixes(string[] words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var w in words)
        {
            int n = 0;
            while (n < w.Length && n < 3 && w[n] is not ('_' or '-' or ' ' or '.'))
            {
                n++;
            }
            set.Add(n == 0 ? w[..1] : w[..n]);
        }
        return SearchValues.Create([.. set], StringComparison.OrdinalIgnoreCase);
    }

    private static string[] Normalize(IEnumerable<string> words)
    {
        var list = new List<string>();
        foreach (var w in words)
        {
            if (!string.IsNullOrWhiteSpace(w))
            {
                list.Add(w.Trim().ToLowerInvariant());
            }
        }
        return [.. list];
    }
}
