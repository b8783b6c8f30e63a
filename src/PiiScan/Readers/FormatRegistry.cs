using PiiScan.Records;
using PiiScan.Writers;

namespace PiiScan.Readers;

/// <summary>Creates the reader and writer for a source's format.</summary>
public static class FormatRegistry
{
    /// <summary>Creates the reader for <paramref name="source"/> over its decompressed stream (the reader does not own it).</summary>
    /// <exception cref="InvalidDataException">The input is not in the expected format (e.g. not a Parquet file).</exception>
    public static RecordReader CreateReader(SourceFile source, Stream decompressed, ReaderOptions options)
    {
        return source.Format switch
        {
            InputFormat.Jsonl => new JsonlReader(source, decompressed, options),
            InputFormat.Text => new TextLineReader(source, decompressed, options),
            InputFormat.Csv => new CsvReader(source, decompressed, options, (byte)','),
            InputFormat.Tsv => new CsvReader(source, decompressed, options, (byte)'\t'),
            InputFormat.Parquet => new ParquetRecordReader(source, decompressed, options),
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };
    }

    /// <summary>
    /// Creates the writer for records of <paramref name="source"/>. <paramref name="outputFormat"/> is the source's
    /// format, or <see cref="InputFormat.Parquet"/> for <c>--output-format parquet</c>; other conversions are refused.
    /// The writer does not own <paramref name="output"/>.
    /// </summary>
    /// <exception cref="PiiScanException">The requested conversion is not supported.</exception>
    public static RecordWriter CreateWriter(SourceFile source, InputFormat outputFormat, Stream output, ReaderOptions options)
    {
        _ = options;
        if (outputFormat == InputFormat.Parquet)
        {
            return new ParquetRecordWriter(output, source.Format);
        }
        if (outputFormat != source.Format)
        {
            throw new PiiScanException($"Cannot convert {source.Format} input to {outputFormat}; use --output-format parquet or keep the input format.");
        }
        return source.Format switch
        {
            InputFormat.Jsonl => new JsonlWriter(output),
            InputFormat.Text => new TextLineWriter(output),
            InputFormat.Csv => new CsvWriter(output, (byte)','),
            InputFormat.Tsv => new CsvWriter(output, (byte)'\t'),
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };
    }
}
