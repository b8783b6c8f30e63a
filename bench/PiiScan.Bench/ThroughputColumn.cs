using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PiiScan.Bench;

/// <summary>MB/s column: corpus UTF-8 bytes divided by the mean time of one operation (one pass over the corpus).</summary>
public sealed class ThroughputColumn : IColumn
{
    private readonly Func<BenchmarkCase, long> _bytesPerOperation;
    private readonly bool _fromMin;

    /// <summary>Creates the column.</summary>
    /// <param name="bytesPerOperation">Bytes scanned by one benchmark operation.</param>
    /// <param name="fromMin">Use the fastest iteration (least disturbed by other load) instead of the mean.</param>
    public ThroughputColumn(Func<long> bytesPerOperation, bool fromMin = false)
        : this(_ => bytesPerOperation(), fromMin)
    {
    }

    /// <summary>Creates the column with bytes that depend on the benchmark case (e.g. its parameters).</summary>
    public ThroughputColumn(Func<BenchmarkCase, long> bytesPerOperation, bool fromMin = false)
    {
        _bytesPerOperation = bytesPerOperation;
        _fromMin = fromMin;
    }

    /// <inheritdoc />
    public string Id => _fromMin ? "ThroughputMax" : "Throughput";

    /// <inheritdoc />
    public string ColumnName => _fromMin ? "MB/s (best)" : "MB/s";

    /// <inheritdoc />
    public bool AlwaysShow => true;

    /// <inheritdoc />
    public ColumnCategory Category => ColumnCategory.Custom;

    /// <inheritdoc />
    public int PriorityInCategory => _fromMin ? 1 : 0;

    /// <inheritdoc />
    public bool IsNumeric => true;

    /// <inheritdoc />
    public UnitType UnitType => UnitType.Dimensionless;

    /// <inheritdoc />
    public string Legend => _fromMin
        ? "UTF-8 megabytes (10^6) scanned per second on one thread, from the fastest iteration"
        : "UTF-8 megabytes (10^6) of corpus scanned per second on one thread, from the mean";

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
        double seconds = (_fromMin ? report.ResultStatistics.Min : report.ResultStatistics.Mean) / 1e9;
        return (_bytesPerOperation(benchmarkCase) / 1e6 / seconds).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public bool IsAvailable(Summary summary) => true;

    /// <inheritdoc />
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
