using PiiScan.Reports;

namespace PiiScan.Cli;

/// <summary>
/// Compares the findings tables of two devices' runs as multisets of (source, record, field, start, end, type):
/// scores may differ in the last bits between backends, positions and types must not.
/// </summary>
internal sealed record BenchComparison(string First, string Second, long Rows, long OnlyInFirst, long OnlyInSecond)
{
    public bool Identical => OnlyInFirst == 0 && OnlyInSecond == 0;

    /// <summary>The first device against each other one.</summary>
    public static List<BenchComparison> Compare(IReadOnlyList<BenchDeviceResult> results)
    {
        var list = new List<BenchComparison>();
        if (results.Count < 2)
        {
            return list;
        }
        var first = Load(results[0].FindingsPath);
        var rows = first.Values.Sum();
        for (var i = 1; i < results.Count; i++)
        {
            var other = Load(results[i].FindingsPath);
            long onlyFirst = 0;
            long onlySecond = 0;
            foreach (var (key, n) in first)
            {
                onlyFirst += Math.Max(0, n - other.GetValueOrDefault(key));
            }
            foreach (var (key, n) in other)
            {
                onlySecond += Math.Max(0, n - first.GetValueOrDefault(key));
            }
            list.Add(new BenchComparison(results[0].Device, results[i].Device, rows, onlyFirst, onlySecond));
        }
        return list;
    }

    private static Dictionary<(string, long, string, int, int, string), long> Load(string path)
    {
        var counts = new Dictionary<(string, long, string, int, int, string), long>();
        foreach (var r in FindingsReader.ReadAllAsync(path).GetAwaiter().GetResult())
        {
            var key = (r.Source, r.Record, r.Field, r.Start, r.End, r.Type);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }
}
