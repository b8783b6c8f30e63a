using System.Collections.Concurrent;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// Bounded, thread-safe cache of operator results keyed by (entity type, original value). Lookups with a
/// <see cref="ReadOnlySpan{T}"/> do not allocate. When the number of entries reaches the capacity the whole cache is
/// cleared (epoch eviction): simple, bounded, and good for the typical repeated-value workload.
/// </summary>
internal sealed class TokenCache
{
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, PerType> _byType = new(StringComparer.Ordinal);
    private int _count;

    public TokenCache(int capacity)
    {
        _capacity = capacity;
    }

    public bool Enabled => _capacity > 0;

    public int Count => Volatile.Read(ref _count);

    public bool TryGet(string type, ReadOnlySpan<char> value, out string result)
    {
        if (_capacity > 0 && _byType.TryGetValue(type, out var perType) && perType.Lookup.TryGetValue(value, out var r))
        {
            result = r;
            return true;
        }
        result = string.Empty;
        return false;
    }

    public void Add(string type, ReadOnlySpan<char> value, string result)
    {
        if (_capacity <= 0 || value.Length > 256)
        {
            return;
        }
        if (Interlocked.Increment(ref _count) > _capacity)
        {
            foreach (var p in _byType.Values)
            {
                p.Map.Clear();
            }
            Interlocked.Exchange(ref _count, 1);
        }
        var perType = _byType.GetOrAdd(type, static _ => new PerType());
        perType.Lookup.TryAdd(value, result);
    }

    private sealed class PerType
    {
        public PerType()
        {
            Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public ConcurrentDictionary<string, string> Map { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }
    }
}
