using PiiScan.Config;
using PiiScan.Detection;

namespace PiiScan.Operators;

/// <summary>Builds operators and the operator policy from configuration.</summary>
public static class OperatorFactory
{
    /// <summary>
    /// Builds the policy: <paramref name="overrideAll"/> (the <c>--operator</c> shortcut) wins over the file's entries.
    /// <paramref name="keyed"/> creates keyed operators (pseudonymize, fpe, hash) and may be null when no keyring is loaded.
    /// </summary>
    public static OperatorPolicy BuildPolicy(PolicyFile file, string? overrideAll, Func<string, IOperator>? keyed)
    {
        if (overrideAll is not null)
        {
            return new OperatorPolicy(Create(new OperatorSpec { Operator = overrideAll }, file, keyed));
        }
        var byType = new Dictionary<string, IOperator>(StringComparer.Ordinal);
        foreach (var (type, spec) in file.Operators)
        {
            byType[EntityTypes.Normalize(type)] = Create(spec, file, keyed);
        }
        return new OperatorPolicy(Create(file.DefaultOperator, file, keyed), byType);
    }

    /// <summary>Creates one operator.</summary>
    public static IOperator Create(OperatorSpec spec, PolicyFile file, Func<string, IOperator>? keyed)
    {
        switch (spec.Operator)
        {
            case "replace":
                return new ReplaceOperator(spec.With);
            case "mask":
                return new MaskOperator(spec.KeepLast ?? file.MaskKeepLast, spec.Char is { Length: 1 } c ? c[0] : file.MaskChar);
            case "redact":
                return RedactOperator.Instance;
            case "pseudonymize" or "fpe" or "hash":
                if (keyed is null)
                {
                    throw new PiiScanException($"Operator '{spec.Operator}' needs a keyring: pass --keys FILE or set PIISCAN_KEYRING.");
                }
                return keyed(spec.Operator);
            default:
                throw new PiiScanException($"Unknown operator '{spec.Operator}': use replace, mask, redact, pseudonymize, fpe or hash.");
        }
    }
}
