using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PiiScan.Bench;

/// <summary>GFLOP/s of a GEMM benchmark: 2·M·N·K / mean time. Reads the case's Shape parameter (\"MxNxK\").</summary>
public sealed class GflopsColumn : IColumn
{
    public string Id => nameof(GflopsColumn);
    public string ColumnName => "GFLOP/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => "2·M·N·K floating-point operations per second / 1e9";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        if (report?.ResultStatistics is not { } stats || stats.Mean <= 0)
        {
            return "-";
        }
        if (benchmarkCase.Parameters["Shape"] is not string shape)
        {
            return "-";
        }
        var flops = 2.0 * shape.Split('x').Aggregate(1.0, (acc, d) => acc * double.Parse(d, CultureInfo.InvariantCulture));
        return (flops / stats.Mean).ToString("0.00", CultureInfo.InvariantCulture); // flop per ns = GFLOP/s
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
