using System.CommandLine;

namespace PiiScan.Cli;

/// <summary>Keyring options shared by the commands that use keys.</summary>
internal static class KeyOptions
{
    public static Option<string?> Keys(bool required = false) => new("--keys", "-k")
    {
        Description = "Keyring file (default: the PIISCAN_KEYRING variable). Create one with 'piiscan keys new'.",
        Required = required,
    };

    public static Option<bool> Insecure() => new("--insecure-keyring")
    {
        Description = "Accept a keyring file that group or others can read (not recommended).",
    };
}
