using System.Text.Json.Serialization;
using Parquet;
using Parquet.Serialization;

namespace PiiScan.Reports;

/// <summary>Reads a <c>findings.parquet</c> written by a scan.</summary>
public static class FindingsReader
{
    /// <summary>Reads every row (without the optional text column).</summary>
    public static async Task<List<FindingRow>> ReadAllAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException($"Findings file '{path}' does not exist: pass the findings.parquet of the scan.");
        }
        await using var stream = File.OpenRead(path);
        return await ReadRowsAsync<Row>(stream, path, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads every row, including the optional <c>text</c> column; <c>HasText</c> tells whether the table has it.
    /// <paramref name="missingMessage"/> is the error when <paramref name="path"/> does not exist.
    /// </summary>
    /// <exception cref="PiiScanException">The file is missing or not a findings table.</exception>
    internal static async Task<(List<FindingRow> Rows, bool HasText)> ReadWithTextAsync(string path, string missingMessage, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException(missingMessage);
        }
        try
        {
            await using var stream = File.OpenRead(path);
            var (hasText, _) = await ReadLayoutAsync(stream, path, cancellationToken).ConfigureAwait(false);
            return (await ReadRowGroupAsync(stream, path, hasText, null, cancellationToken).ConfigureAwait(false), hasText);
        }
        catch (Exception ex) when (IsReadError(ex))
        {
            throw NotAFindingsTable(path, ex);
        }
    }

    /// <summary>
    /// Reads row group <paramref name="rowGroup"/> (null: every row) of an open findings table, with the <c>text</c>
    /// column when <paramref name="hasText"/>; reading group by group holds one group at a time.
    /// </summary>
    internal static Task<List<FindingRow>> ReadRowGroupAsync(Stream stream, string path, bool hasText, int? rowGroup, CancellationToken cancellationToken)
    {
        stream.Position = 0;
        return hasText
            ? ReadRowsAsync<TextRow>(stream, path, cancellationToken, rowGroup)
            : ReadRowsAsync<Row>(stream, path, cancellationToken, rowGroup);
    }

    /// <summary>Whether the open table has the <c>text</c> column, and its number of row groups.</summary>
    internal static async Task<(bool HasText, int RowGroups)> ReadLayoutAsync(Stream stream, string path, CancellationToken cancellationToken)
    {
        try
        {
            stream.Position = 0;
            await using var reader = await ParquetReader.CreateAsync(stream, leaveStreamOpen: true, cancellationToken: cancellationToken).ConfigureAwait(false);
            return (reader.Schema.GetDataFields().Any(f => f.Name == "text"), reader.RowGroupCount);
        }
        catch (Exception ex) when (IsReadError(ex))
        {
            throw NotAFindingsTable(path, ex);
        }
    }

    private static async Task<List<FindingRow>> ReadRowsAsync<T>(Stream stream, string path, CancellationToken cancellationToken, int? rowGroup = null)
        where T : Row, new()
    {
        IList<T> rows;
        try
        {
            rows = (await ParquetSerializer.DeserializeAsync<T>(stream, rowGroupIndex: rowGroup, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
        }
        catch (Exception ex) when (IsReadError(ex))
        {
            throw NotAFindingsTable(path, ex);
        }
        var result = new List<FindingRow>(rows.Count);
        foreach (var r in rows)
        {
            result.Add(new FindingRow(r.Source ?? "", r.Record, r.Field ?? "", r.Start, r.End, r.Type ?? "", r.Score, r.Recognizer ?? "", r.Operator ?? "", (r as TextRow)?.Text));
        }
        return result;
    }

    private static bool IsReadError(Exception ex) =>
        ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException;

    private static PiiScanException NotAFindingsTable(string path, Exception ex) =>
        new($"'{path}' is not a PiiScan findings table ({ex.GetType().Name}).");

    private class Row
    {
        [JsonPropertyName("source")]
        public string? Source { get; set; }

        [JsonPropertyName("record")]
        public long Record { get; set; }

        [JsonPropertyName("field")]
        public string? Field { get; set; }

        [JsonPropertyName("start")]
        public int Start { get; set; }

        [JsonPropertyName("end")]
        public int End { get; set; }

        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("score")]
        public float Score { get; set; }

        [JsonPropertyName("recognizer")]
        public string? Recognizer { get; set; }

        [JsonPropertyName("operator")]
        public string? Operator { get; set; }
    }

    private sealed class TextRow : Row
    {
        [JsonPropertyName("text")]
        public string? Text { get; set; }
    }
}
