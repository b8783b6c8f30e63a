namespace PiiScan.Config;

/// <summary>An operator as configured: a name and its parameters.</summary>
public sealed class OperatorSpec
{
    /// <summary>Operator name: replace, mask, redact (pseudonymize, fpe and hash need a keyring).</summary>
    public string Operator { get; set; } = "replace";

    /// <summary>replace: fixed replacement text instead of <c>&lt;TYPE&gt;</c>.</summary>
    public string? With { get; set; }

    /// <summary>mask: characters left visible at the end.</summary>
    public int? KeepLast { get; set; }

    /// <summary>mask: mask character.</summary>
    public string? Char { get; set; }
}
