// TEMPORARY: replaced by the readers/writers branch at merge.
#pragma warning disable CS1591
using PiiScan.Records;
using PiiScan.Writers;
namespace PiiScan.Readers;
public static class CompressionStreams
{
    public static Stream OpenRead(Stream s, Compression c) => s;
    public static Stream OpenWrite(Stream s, Compression c) => s;
}
public static class FormatRegistry
{
    public static RecordReader CreateReader(SourceFile s, Stream st, ReaderOptions o) => throw new NotImplementedException();
    public static RecordWriter CreateWriter(SourceFile s, InputFormat f, Stream st, ReaderOptions o) => throw new NotImplementedException();
}
public static class InputResolver
{
    public static (IReadOnlyList<SourceFile> Sources, string Root) Resolve(IReadOnlyList<string> inputs, InputFormat? format) => throw new NotImplementedException();
}
