using PiiScan.Reports;

namespace PiiScan.Merge;

/// <summary>Reads a whole <c>findings.parquet</c>, including the optional <c>text</c> column.</summary>
public static class FindingsTable
{
    /// <summary>Reads every row; <c>HasText</c> tells whether the table has the <c>text</c> column.</summary>
    /// <exception cref="PiiScanException">The file is missing or not a findings table.</exception>
    public static Task<(List<FindingRow> Rows, bool HasText)> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        FindingsReader.ReadWithTextAsync(path, MissingMessage(path), cancellationToken);

    /// <summary>The error when an input of merge has no findings table.</summary>
    internal static string MissingMessage(string path) =>
        $"'{path}' does not exist: every input of merge must be a finished scan output directory.";
}
