namespace PiiScan.Cli;

/// <summary>Process exit codes (documented in README).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int FindingsPresent = 1;
    public const int UsageOrInputError = 2;
    public const int Quarantined = 3;
    public const int InternalError = 4;
    public const int Cancelled = 130;
}
