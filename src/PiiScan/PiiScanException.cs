namespace PiiScan;

/// <summary>
/// A user-facing error: the message is one clear sentence that says what went wrong and what to do, and never
/// contains record content. The CLI prints the message as a single line.
/// </summary>
public sealed class PiiScanException : Exception
{
    /// <summary>Creates the exception with a user-facing message.</summary>
    public PiiScanException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a user-facing message and the underlying cause.</summary>
    public PiiScanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
