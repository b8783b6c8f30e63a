namespace PiiScan.Pipeline;

/// <summary>Receives warnings during a scan (never record text). Implementations must be thread-safe.</summary>
public interface IScanObserver
{
    /// <summary>A non-fatal problem (e.g. an unreadable file that was quarantined).</summary>
    void Warning(string message);
}
