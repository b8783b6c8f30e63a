// TEMPORARY: replaced by the recognizer branch at merge.
namespace PiiScan.Detection;
/// <summary>stub</summary>
public sealed record RecognizerOptions
{
    /// <summary>stub</summary>
    public string DefaultPhoneRegion { get; init; } = "US";
}
/// <summary>stub</summary>
public static class RecognizerCatalog
{
    /// <summary>stub</summary>
    public static IReadOnlyList<IRecognizer> CreateDefault(RecognizerOptions options) => [];
}
