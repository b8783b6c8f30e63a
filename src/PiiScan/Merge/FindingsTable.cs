using System.Text.Json.Serialization;
using Parquet;
using Parquet.Serialization;
using PiiScan.Reports;

namespace PiiScan.Merge;

/// <summary>Reads a whole <c>findings.parquet</c>, including the optional <c>text</c> column.</summary>
public static class FindingsTable
{
    /// <summary>Reads every row; <c>HasText</c> tells whether the table has the <c>text</c> column.</summary>
    /// <exception cref="PiiScanException">The file is missing or not a findings table.</exception>
    public static async Task<(List<FindingRow> Rows, bool HasText)> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException($"'{path}' does not exist: every input of merge must be a finished scan output directory.");
        }
        try
        {
            await using var stream = File.OpenRead(path);
            var schema = await ParquetReader.ReadSchemaAsync(stream).ConfigureAwait(false);
            var hasText = schema.GetDataFields().Any(f => f.Name == "text");
            stream.Position = 0;
            var rows = (await ParquetSerializer.DeserializeAsync<Row>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
            var result = new List<FindingRow>(rows.Count);
            foreach (var r in rows)
            {
                result.Add(new FindingRow(r.Source ?? "", r.Record, r.Field ?? "", r.Start, r.End, r.Type ?? "", r.Score, r.Recognizer ?? "", r.Operator ?? "", hasText ? r.Text : null));
            }
            return (result, hasText);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new PiiScanException($"'{path}' is not a PiiScan findings table ({ex.GetType().Name}).");
        }
    }

    private sealed class Row
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

        [JsonPropertyName("text")]
        public string? Text { get; set; }
    }
}
