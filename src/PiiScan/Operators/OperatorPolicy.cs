using PiiScan.Detection;

namespace PiiScan.Operators;

/// <summary>Chooses the operator for each entity type: a per-type entry, else the default.</summary>
public sealed class OperatorPolicy
{
    private readonly Dictionary<string, IOperator> _byType;

    /// <summary>Creates a policy.</summary>
    public OperatorPolicy(IOperator defaultOperator, IReadOnlyDictionary<string, IOperator>? byType = null)
    {
        Default = defaultOperator;
        _byType = new Dictionary<string, IOperator>(StringComparer.Ordinal);
        if (byType is not null)
        {
            foreach (var (type, op) in byType)
            {
                _byType[EntityTypes.Normalize(type)] = op;
            }
        }
    }

    /// <summary>The policy used when nothing is configured: <c>replace</c> for every type.</summary>
    public static OperatorPolicy ReplaceAll { get; } = new(new ReplaceOperator());

    /// <summary>Operator for types without an entry.</summary>
    public IOperator Default { get; }

    /// <summary>Per-type operators.</summary>
    public IReadOnlyDictionary<string, IOperator> ByType => _byType;

    /// <summary>The operator for <paramref name="entityType"/>.</summary>
    public IOperator For(string entityType) => _byType.TryGetValue(entityType, out var op) ? op : Default;
}
