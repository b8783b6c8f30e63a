using System.Text;

namespace PiiScan.Operators;

/// <summary>Replaces a value with <c>&lt;TYPE&gt;</c> (or a fixed text from the policy).</summary>
public sealed class ReplaceOperator : IOperator
{
    private readonly string? _replacement;

    /// <summary>Creates the operator; <paramref name="replacement"/> null means <c>&lt;TYPE&gt;</c>.</summary>
    public ReplaceOperator(string? replacement = null) => _replacement = replacement;

    /// <inheritdoc />
    public string Name => "replace";

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output)
    {
        if (_replacement is not null)
        {
            output.Append(_replacement);
            return;
        }
        output.Append('<').Append(entityType).Append('>');
    }
}
