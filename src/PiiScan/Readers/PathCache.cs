namespace PiiScan.Readers;

/// <summary>
/// Interns field paths and keys per reader: a repeated path costs one dictionary lookup by span and no allocation.
/// Also caches whether the path is selected. Bounded so that paths with many distinct indexes cannot grow it forever.
/// </summary>
internal sealed class PathCache
{
    private const int MaxEntries = 64 * 1024;
    private readonly Dictionary<string, PathEntry> _paths = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PathEntry>.AlternateLookup<ReadOnlySpan<char>> _pathLookup;
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _keyLookup;
    private readonly FieldSelector _selector;
    private readonly bool _columns;

    /// <summary>Creates a cache; <paramref name="columns"/> selects with <see cref="FieldSelector.MatchesColumn"/>.</summary>
    public PathCache(FieldSelector selector, bool columns)
    {
        _selector = selector;
        _columns = columns;
        _pathLookup = _paths.GetAlternateLookup<ReadOnlySpan<char>>();
        _keyLookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Entry for <paramref name="path"/> with innermost key <paramref name="key"/>.</summary>
    public PathEntry Get(ReadOnlySpan<char> path, ReadOnlySpan<char> key)
    {
        if (_pathLookup.TryGetValue(path, out var entry))
        {
            return entry;
        }
        var pathString = path.ToString();
        var keyString = InternKey(key);
        entry = new PathEntry(pathString, keyString, _columns ? _selector.MatchesColumn(pathString) : _selector.Matches(pathString));
        if (_paths.Count < MaxEntries)
        {
            _paths.Add(pathString, entry);
        }
        return entry;
    }

    /// <summary>Interned copy of <paramref name="key"/>.</summary>
    public string InternKey(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return string.Empty;
        }
        if (_keyLookup.TryGetValue(key, out var s))
        {
            return s;
        }
        s = key.ToString();
        if (_keys.Count < MaxEntries)
        {
            _keys.Add(s, s);
        }
        return s;
    }
}
