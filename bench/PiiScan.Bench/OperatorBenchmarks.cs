using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PiiScan.Evaluation.Fixtures;
using PiiScan.Operators;

namespace PiiScan.Bench;

/// <summary>
/// The keyless operators (replace, mask, redact) on 1,024 fake PII values of every structured type; one operation is
/// one value. Keyed operators: <see cref="CryptoOperatorBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(Config))]
public class OperatorBenchmarks
{
    private const int Values = 1024;
    private readonly StringBuilder _sb = new(256);
    private (string Text, string Type)[] _values = [];
    private IOperator _operator = null!;

    /// <summary>Operator under test.</summary>
    [Params("replace", "mask", "redact")]
    public string Operator { get; set; } = "replace";

    /// <summary>Builds the values and the operator.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var generator = new FixtureCorpusGenerator(42);
        _values = Enumerable.Range(0, Values).Select(_ => generator.NextValue()).Select(v => (v.Text, v.Type)).ToArray();
        _operator = Operator switch
        {
            "mask" => new MaskOperator(),
            "redact" => RedactOperator.Instance,
            _ => new ReplaceOperator(),
        };
    }

    /// <summary>Applies the operator to every value; returns the output length.</summary>
    [Benchmark(OperationsPerInvoke = Values)]
    public int Apply()
    {
        var total = 0;
        foreach (var (text, type) in _values)
        {
            _sb.Clear();
            _operator.Apply(text, type, _sb);
            total += _sb.Length;
        }
        return total;
    }

    private sealed class Config : ManualConfig
    {
        public Config() => AddColumn(new RateColumn("values/s", _ => 1));
    }
}
