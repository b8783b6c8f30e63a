using System.Text.Json.Serialization;
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
        IList<Row> rows;
        try
        {
            rows = (await ParquetSerializer.DeserializeAsync<Row>(stream, cancellationToken: cancellationToken).ConfigureAwait(false)).Data;
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            throw new PiiScanException($"'{path}' is not a PiiScan findings table ({ex.GetType().Name}).");
        }
        var result = new List<FindingRow>(rows.Count);
        foreach (var r in rows)
        {
            result.Add(new FindingRow(r.Source ?? "", r.Record, r.Field ?? "", r.Start, r.End, r.Type ?? "", r.Score, r.Recognizer ?? "", r.Operator ?? "", null));
        }
        return result;
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
    }
}
