namespace PiiScan.Cli;

/// <summary>
/// Runs a command action and turns user-facing failures into one line on stderr and exit code 2, never a stack trace.
/// </summary>
internal static class CommandGuard
{
    public static int Run(TextWriter stderr, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (PiiScanException ex)
        {
            stderr.WriteLine($"piiscan: error: {ex.Message}");
            return ExitCodes.UsageOrInputError;
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"piiscan: error: cannot read or write a file ({ex.Message}). Check the paths, permissions and free disk space.");
            return ExitCodes.UsageOrInputError;
        }
        catch (UnauthorizedAccessException ex)
        {
            stderr.WriteLine($"piiscan: error: permission denied ({ex.Message}).");
            return ExitCodes.UsageOrInputError;
        }
        catch (InvalidDataException ex)
        {
            stderr.WriteLine($"piiscan: error: an input is not in the expected format ({ex.Message}).");
            return ExitCodes.UsageOrInputError;
        }
    }
}
