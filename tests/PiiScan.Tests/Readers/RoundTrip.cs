using System.Text;

namespace PiiScan.Tests.Readers;

/// <summary>Result of <see cref="IoHarness.Run"/>.</summary>
internal sealed record RoundTrip(List<ReadRecord> Records, byte[] Output, int MaxRawLength, int MaxTextLength, int Batches)
{
    public string OutputText => Encoding.UTF8.GetString(Output);

    public IEnumerable<ReadField> AllFields => Records.SelectMany(r => r.Fields);
}
