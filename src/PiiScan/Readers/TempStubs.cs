// TEMPORARY: replaced by the readers/writers branch at merge.
using PiiScan.Records;
using PiiScan.Writers;
namespace PiiScan.Readers;
internal static class CompressionStreams
{
    public static Stream OpenRead(Stream s, Compression c) => s;
    public static Stream OpenWrite(Stream s, Compression c) => s;
}
internal static class FormatRegistry
{
    public static RecordReader CreateReader(SourceFile s, Stream st, ReaderOptions o) => throw new NotImplementedException();
    public static RecordWriter CreateWriter(SourceFile s, InputFormat f, Stream st, ReaderOptions o) => throw new NotImplementedException();
}
