using System.Text;
using System.Text.RegularExpressions;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Writers;
using Xunit;

namespace PiiScan.Tests.Readers;

/// <summary>Shared helpers: temp files, compression, read-redact-write round trips.</summary>
internal static partial class IoHarness
{
    public const string Email = "<EMAIL_ADDRESS>";

    public static string TempDir() => TestPaths.NewTempDir();

    public static byte[] Compress(byte[] data, Compression compression)
    {
        var ms = new MemoryStream();
        using (var s = CompressionStreams.OpenWrite(ms, compression, leaveOpen: true))
        {
            s.Write(data);
        }
        return ms.ToArray();
    }

    public static byte[] Decompress(byte[] data, Compression compression)
    {
        using var s = CompressionStreams.OpenRead(new MemoryStream(data), compression);
        var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Writes <paramref name="content"/> (compressed as asked) to a temp file and resolves it.</summary>
    public static SourceFile Source(string name, byte[] content, Compression compression = Compression.None, InputFormat? format = null)
    {
        var dir = TempDir();
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, Compress(content, compression));
        var (sources, _) = InputResolver.Resolve([path], format);
        return Assert.Single(sources);
    }

    public static SourceFile Source(string name, string content, Compression compression = Compression.None, InputFormat? format = null)
        => Source(name, Encoding.UTF8.GetBytes(content), compression, format);

    /// <summary>Replaces planted fake emails with <see cref="Email"/>; null when nothing changes.</summary>
    public static string? RedactEmails(FieldSlot field, string text)
    {
        var replaced = EmailRegex().Replace(text, Email);
        return replaced == text ? null : replaced;
    }

    /// <summary>Reads the source, applies <paramref name="redact"/> to every field, writes with the given output format.</summary>
    public static RoundTrip Run(SourceFile source, ReaderOptions? options = null, Func<FieldSlot, string, string?>? redact = null,
        InputFormat? outputFormat = null)
    {
        options ??= new ReaderOptions();
        redact ??= RedactEmails;
        var records = new List<ReadRecord>();
        var output = new MemoryStream();
        var maxRaw = 0;
        var maxText = 0;
        var batches = 0;
        using (var input = CompressionStreams.OpenSource(source))
        using (var reader = FormatRegistry.CreateReader(source, input, options))
        using (var writer = FormatRegistry.CreateWriter(source, outputFormat ?? source.Format, output, options))
        using (var batch = new RecordBatch())
        {
            bool more;
            do
            {
                batch.Reset();
                more = reader.ReadBatch(batch, CancellationToken.None);
                batches++;
                maxRaw = Math.Max(maxRaw, batch.RawLength);
                maxText = Math.Max(maxText, batch.TextLength);
                Assert.True(batch.IsLastOfSource == !more);
                var fields = batch.Fields;
                foreach (ref readonly var record in batch.Records)
                {
                    var list = new List<ReadField>();
                    for (var f = record.FieldStart; f < record.FieldStart + record.FieldCount; f++)
                    {
                        ref var field = ref fields[f];
                        var text = batch.FieldText(f).ToString();
                        var raw = source.Format == InputFormat.Parquet ? string.Empty : Encoding.UTF8.GetString(batch.Raw.Slice(field.RawStart, field.RawLength));
                        field.NewValue = redact(field, text);
                        list.Add(new ReadField(field.Path, field.Key, text, raw, field.NewValue));
                    }
                    records.Add(new ReadRecord(record.Index, record.ByteOffset, record.QuarantineReason, list));
                }
                writer.Write(batch);
            }
            while (more);
            writer.Complete();
        }
        return new RoundTrip(records, output.ToArray(), maxRaw, maxText, batches);
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@example\.(com|org)")]
    private static partial Regex EmailRegex();
}
