using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PiiScan.Bench;

/// <summary>MB/s column: corpus UTF-8 bytes divided by the mean time of one operation (one pass over the corpus).</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<long> _bytesPerOperation;

    /// <summary>Creates the column.</summary>
    public ThroughputColumn(Func<long> bytesPerOperation) => _bytesPerOperation = bytesPerOperation;

    /// <inheritdoc />
    public string Id => "Throughput";

    /// <inheritdoc />
    public string ColumnName => "MB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => "UTF-8 megabytes (10^6) of corpus scanned per second on one thread";

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    /// <inheritdoc />
    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is null)
        {
            return "NA";
        }
        double seconds = report.ResultStatistics.Mean / 1e9;
        return (_bytesPerOperation() / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
