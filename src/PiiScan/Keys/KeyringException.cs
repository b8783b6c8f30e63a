namespace PiiScan.Keys;

/// <summary>
/// A keyring could not be loaded, saved or used. Messages name the file and the fix but never contain key material;
/// no inner exception is attached where its message could echo file contents.
/// </summary>
public sealed class KeyringException : PiiScanException
{
    /// <summary>Creates the exception with a message that must not contain key material.</summary>
    public KeyringException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception that must not carry key material.</summary>
    public KeyringException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
