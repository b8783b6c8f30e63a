using Parquet;
using Parquet.Schema;
using PiiScan.Writers;

namespace PiiScan.Merge;

/// <summary>
/// Writes the union of the rows of Parquet files that share one schema (e.g. the DSR subject index
/// <c>subjects.parquet</c> of several shards): the row groups of each input, in input order, copied column by column.
/// </summary>
public static class ParquetUnion
{
    /// <summary>Writes the rows of <paramref name="inputs"/> to <paramref name="output"/> atomically.</summary>
    /// <exception cref="PiiScanException">The schemas differ.</exception>
    public static async Task WriteAsync(IReadOnlyList<string> inputs, string output, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(inputs.Count);
        ParquetSchema? schema = null;
        foreach (var input in inputs)
        {
            await using var s = File.OpenRead(input);
            var other = await ParquetReader.ReadSchemaAsync(s).ConfigureAwait(false);
            if (schema is null)
            {
                schema = other;
            }
            else if (!schema.Equals(other))
            {
                throw new PiiScanException($"'{input}' has a different schema from '{inputs[0]}': merge outputs of the same PiiScan version.");
            }
        }
        var file = AtomicFile.Create(output);
        try
        {
            await using (var writer = await ParquetWriter.CreateAsync(schema!, file.Stream, cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                var fields = schema!.GetDataFields();
                var wroteAny = false;
                foreach (var input in inputs)
                {
                    await using var s = File.OpenRead(input);
                    await using var reader = await ParquetReader.CreateAsync(s, cancellationToken: cancellationToken).ConfigureAwait(false);
                    var readFields = reader.Schema.GetDataFields();
                    for (var g = 0; g < reader.RowGroupCount; g++)
                    {
                        using var rg = reader.OpenRowGroupReader(g);
                        if (rg.RowCount == 0 && wroteAny)
                        {
                            continue;
                        }
                        using var rgw = writer.CreateRowGroup();
                        for (var f = 0; f < fields.Length; f++)
                        {
                            using var data = await rg.ReadRawColumnDataBaseAsync(readFields[f], cancellationToken).ConfigureAwait(false);
                            ColumnCopier.For(data).Write(rgw, fields[f], data, null);
                        }
                        wroteAny = true;
                    }
                }
            }
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
    }
}
