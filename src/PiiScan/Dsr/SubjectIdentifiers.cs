namespace PiiScan.Dsr;

/// <summary>The identifiers given for one data subject (any subset), hashed with the index's key.</summary>
public sealed class SubjectIdentifiers
{
    private readonly List<(string Type, string Value)> _values = new();

    /// <summary>Adds values of <paramref name="type"/> (null or empty values are ignored).</summary>
    public SubjectIdentifiers Add(string type, IEnumerable<string>? values)
    {
        foreach (var v in values ?? [])
        {
            if (!string.IsNullOrWhiteSpace(v))
            {
                _values.Add((type, v));
            }
        }
        return this;
    }

    /// <summary>Number of identifiers.</summary>
    public int Count => _values.Count;

    /// <summary>Hashes every identifier: type and keyed hash (the plaintext is not kept in the result).</summary>
    public List<(string Type, string Hash)> Hash(SubjectHasher hasher, string phoneRegion)
    {
        var result = new List<(string, string)>();
        foreach (var (type, value) in _values)
        {
            var h = hasher.HashValue(type, value, phoneRegion);
            if (h is not null)
            {
                result.Add((type, h));
            }
        }
        return result;
    }
}
