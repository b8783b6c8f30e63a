namespace PiiScan.Dsr;

/// <summary>A resolved data subject request: the hashed identifiers and every indexed location of the subject.</summary>
/// <param name="Index">The subject index searched.</param>
/// <param name="Identifiers">Type and keyed hash of each identifier given (no plaintext).</param>
/// <param name="Locations">Index rows of the subject (union over all identifiers).</param>
public sealed record DsrRequest(SubjectIndex Index, IReadOnlyList<(string Type, string Hash)> Identifiers, IReadOnlyList<SubjectRow> Locations)
{
    /// <summary>Locations per source.</summary>
    public SortedDictionary<string, int> LocationsBySource()
    {
        var m = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in Locations)
        {
            m[r.Source] = m.GetValueOrDefault(r.Source) + 1;
        }
        return m;
    }

    /// <summary>Distinct record indexes per source.</summary>
    public SortedDictionary<string, SortedSet<long>> RecordsBySource()
    {
        var m = new SortedDictionary<string, SortedSet<long>>(StringComparer.Ordinal);
        foreach (var r in Locations)
        {
            if (!m.TryGetValue(r.Source, out var set))
            {
                m[r.Source] = set = new SortedSet<long>();
            }
            set.Add(r.Record);
        }
        return m;
    }

    /// <summary>
    /// Resolves a request: hashes <paramref name="identifiers"/> with the index's key from <paramref name="keyring"/>
    /// and collects the matching rows.
    /// </summary>
    /// <exception cref="PiiScanException">No identifiers, or the index's key is not in the keyring.</exception>
    public static DsrRequest Resolve(SubjectIndex index, Keys.Keyring keyring, SubjectIdentifiers identifiers)
    {
        if (identifiers.Count == 0)
        {
            throw new PiiScanException("Give at least one identifier of the subject: --email, --phone, --name, --ssn, --card, --iban, --account, --mrn or --ip.");
        }
        using var hasher = SubjectHasher.ForKey(keyring, index.Manifest.KeyId);
        var hashed = identifiers.Hash(hasher, index.Manifest.PhoneRegion);
        var set = new HashSet<string>(hashed.Select(h => h.Hash), StringComparer.Ordinal);
        return new DsrRequest(index, hashed, index.Find(set));
    }
}
