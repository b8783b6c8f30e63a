using System.Text;

namespace PiiScan.Operators;

/// <summary>
/// Transforms one detected value. Operators are thread-safe; the pipeline rebuilds each changed field
/// left to right into one <see cref="StringBuilder"/>, so an operator only appends its replacement.
/// </summary>
public interface IOperator
{
    /// <summary>Operator name used in policies and in the findings' <c>operator</c> column.</summary>
    string Name { get; }

    /// <summary>Appends the replacement of <paramref name="original"/> (of type <paramref name="entityType"/>) to <paramref name="output"/>.</summary>
    void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output);
}
