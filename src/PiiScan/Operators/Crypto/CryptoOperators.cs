using PiiScan.Keys;

namespace PiiScan.Operators.Crypto;

/// <summary>Entry point for the pipeline: creates the keyed operators <c>pseudonymize</c>, <c>fpe</c> and <c>hash</c>.</summary>
public static class CryptoOperators
{
    /// <summary>Names of the operators this factory creates.</summary>
    public static IReadOnlyList<string> Names { get; } = [AesSivOperator.OperatorName, Ff1Operator.OperatorName, HmacHashOperator.OperatorName];

    /// <summary>True when <paramref name="name"/> is a keyed operator (needs a keyring).</summary>
    public static bool IsCryptoOperator(string name) => Names.Contains(name, StringComparer.Ordinal);

    /// <summary>
    /// Returns a factory for the pipeline's keyed-operator hook (<c>Func&lt;string, IOperator&gt;</c>) that creates each
    /// operator at most once, so all entity types share one instance (and one cache) per operator name.
    /// </summary>
    /// <exception cref="KeyringException"><paramref name="keyring"/> is null (thrown when an operator is requested).</exception>
    public static Func<string, IOperator> CreateFactory(Keyring? keyring, CryptoOperatorOptions? options = null)
    {
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IOperator>>(StringComparer.Ordinal);
        return name => created.GetOrAdd(name, n => new Lazy<IOperator>(() => Create(n, keyring, options))).Value;
    }

    /// <summary>
    /// Creates the operator <paramref name="name"/> bound to the active key (or <see cref="CryptoOperatorOptions.KeyId"/>)
    /// of <paramref name="keyring"/>. The returned operators are <see cref="IDisposable"/> (they zero their key copies).
    /// </summary>
    /// <exception cref="KeyringException"><paramref name="keyring"/> is null, or the requested key id is not in it.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is not a keyed operator.</exception>
    public static IOperator Create(string name, Keyring? keyring, CryptoOperatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!IsCryptoOperator(name))
        {
            throw new ArgumentException(
                $"'{name}' is not a keyed operator (expected one of: {string.Join(", ", Names)})", nameof(name));
        }
        if (keyring is null)
        {
            throw new KeyringException(
                $"operator '{name}' needs a keyring: pass --keys FILE or set {Keyring.EnvironmentVariable}");
        }
        options ??= CryptoOperatorOptions.Default;
        var key = options.KeyId is null ? keyring.ActiveKey : keyring.GetKey(options.KeyId);
        return name switch
        {
            AesSivOperator.OperatorName => new AesSivOperator(key, options.CacheCapacity),
            Ff1Operator.OperatorName => new Ff1Operator(key, options),
            _ => new HmacHashOperator(key, options.CacheCapacity),
        };
    }
}
