namespace PiiScan.Detection;

/// <summary>What counts as a finding: score thresholds per type, allow-list and deny-list.</summary>
public sealed class DetectionPolicy
{
    private readonly Dictionary<string, float> _thresholds;
    private readonly HashSet<string> _allow;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _allowLookup;

    /// <summary>Creates a policy.</summary>
    /// <param name="defaultThreshold">Minimum score for types without their own threshold.</param>
    /// <param name="thresholds">Per-type minimum scores.</param>
    /// <param name="allowList">Exact values never reported (e.g. a public support address).</param>
    /// <param name="denyList">Values always reported, with their type.</param>
    /// <param name="disabledTypes">Types never reported.</param>
    public DetectionPolicy(
        float defaultThreshold = 0.5f,
        IReadOnlyDictionary<string, float>? thresholds = null,
        IEnumerable<string>? allowList = null,
        IReadOnlyList<DenyEntry>? denyList = null,
        IEnumerable<string>? disabledTypes = null)
    {
        DefaultThreshold = defaultThreshold;
        _thresholds = new Dictionary<string, float>(StringComparer.Ordinal);
        if (thresholds is not null)
        {
            foreach (var (type, value) in thresholds)
            {
                _thresholds[EntityTypes.Normalize(type)] = value;
            }
        }
        _allow = new HashSet<string>(allowList ?? [], StringComparer.Ordinal);
        _allowLookup = _allow.GetAlternateLookup<ReadOnlySpan<char>>();
        DenyList = denyList ?? [];
        DisabledTypes = new HashSet<string>((disabledTypes ?? []).Select(EntityTypes.Normalize), StringComparer.Ordinal);
    }

    /// <summary>The default policy: threshold 0.5, no lists.</summary>
    public static DetectionPolicy Default { get; } = new();

    /// <summary>Minimum score for types without their own threshold.</summary>
    public float DefaultThreshold { get; }

    /// <summary>Per-type thresholds.</summary>
    public IReadOnlyDictionary<string, float> Thresholds => _thresholds;

    /// <summary>Values always reported.</summary>
    public IReadOnlyList<DenyEntry> DenyList { get; }

    /// <summary>Number of allow-listed values.</summary>
    public int AllowListCount => _allow.Count;

    /// <summary>Types never reported.</summary>
    public IReadOnlySet<string> DisabledTypes { get; }

    /// <summary>Minimum score for <paramref name="type"/>.</summary>
    public float ThresholdFor(string type) => _thresholds.TryGetValue(type, out var t) ? t : DefaultThreshold;

    /// <summary>True when a detection of <paramref name="type"/> with <paramref name="value"/> and <paramref name="score"/> is reported.</summary>
    public bool Accepts(string type, float score, ReadOnlySpan<char> value) =>
        score >= ThresholdFor(type)
        && !DisabledTypes.Contains(type)
        && (_allow.Count == 0 || !_allowLookup.Contains(value));
}
