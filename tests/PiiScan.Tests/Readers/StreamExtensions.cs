namespace PiiScan.Tests.Readers;

/// <summary>Test stream helpers.</summary>
internal static class StreamExtensions
{
    public static byte[] ReadAllBytes(this Stream stream)
    {
        var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }
}
