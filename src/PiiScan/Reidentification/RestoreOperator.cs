using System.Text;
using PiiScan.Operators;
using PiiScan.Operators.Crypto;

namespace PiiScan.Reidentification;

/// <summary>
/// Restores an original value: a <c>[[...]]</c> token through AES-SIV, anything else as an FPE value (FF1 with the
/// given key id, default the active key). A value that cannot be restored is left as it is (and counted as failed).
/// </summary>
public sealed class RestoreOperator(Reidentifier reidentifier, string? fpeKeyId) : IOperator
{
    /// <inheritdoc />
    public string Name => "restore";

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output)
    {
        var restored = original.StartsWith("[[", StringComparison.Ordinal)
            ? reidentifier.TryRestoreToken(original, out _, out var fromToken) ? fromToken : null
            : reidentifier.TryRestoreFpe(original, entityType, fpeKeyId, out var fromFpe) ? fromFpe : null;
        if (restored is null)
        {
            output.Append(original);
        }
        else
        {
            output.Append(restored);
        }
    }
}
