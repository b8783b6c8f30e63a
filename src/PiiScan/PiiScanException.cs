namespace PiiScan;

/// <summary>
/// A user-facing error: its message is one clear sentence that says what went wrong and what to do, and never
/// contains data values or key material. The command line prints it without a stack trace.
/// </summary>
public class PiiScanException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PiiScanException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with an inner cause.</summary>
    public PiiScanException(string message, Exception inner) : base(message, inner)
    {
    }
}
