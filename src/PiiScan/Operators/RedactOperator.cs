using System.Text;

namespace PiiScan.Operators;

/// <summary>Removes the value entirely.</summary>
public sealed class RedactOperator : IOperator
{
    /// <summary>Shared instance (stateless).</summary>
    public static RedactOperator Instance { get; } = new();

    /// <inheritdoc />
    public string Name => "redact";

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output)
    {
    }
}
