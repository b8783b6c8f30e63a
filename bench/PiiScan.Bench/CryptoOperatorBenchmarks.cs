using System.Text;
using BenchmarkDotNet.Attributes;
using PiiScan.Keys;
using PiiScan.Operators.Crypto;

namespace PiiScan.Bench;

/// <summary>Keyed operators on short values: cache hits (repeated values) and misses (uncached instances).</summary>
[MemoryDiagnoser]
public class CryptoOperatorBenchmarks
{
    private const int Values = 1024;
    private readonly StringBuilder _sb = new(256);
    private Keyring _keyring = null!;
    private AesSivOperator _sivCached = null!;
    private AesSivOperator _sivUncached = null!;
    private Ff1Operator _fpeCached = null!;
    private Ff1Operator _fpeUncached = null!;
    private HmacHashOperator _hash = null!;
    private string[] _names = null!;
    private string[] _phones = null!;

    [GlobalSetup]
    public void Setup()
    {
        _keyring = Keyring.CreateNew();
        _sivCached = new AesSivOperator(_keyring.ActiveKey);
        _sivUncached = new AesSivOperator(_keyring.ActiveKey, cacheCapacity: 0);
        _fpeCached = new Ff1Operator(_keyring.ActiveKey);
        _fpeUncached = new Ff1Operator(_keyring.ActiveKey, new CryptoOperatorOptions { CacheCapacity = 0 });
        _hash = new HmacHashOperator(_keyring.ActiveKey, cacheCapacity: 0);
        var faker = new Bogus.Faker { Random = new Bogus.Randomizer(42) };
        _names = Enumerable.Range(0, Values).Select(_ => faker.Name.FullName()).ToArray();
        _phones = Enumerable.Range(0, Values).Select(_ => faker.Phone.PhoneNumber("+44 20 #### ####")).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _sivCached.Dispose();
        _sivUncached.Dispose();
        _fpeCached.Dispose();
        _fpeUncached.Dispose();
        _hash.Dispose();
        _keyring.Dispose();
    }

    [Benchmark(OperationsPerInvoke = Values)]
    public int PseudonymizeRepeated() => Run(_sivCached, _names, "PERSON");

    [Benchmark(OperationsPerInvoke = Values)]
    public int PseudonymizeUncached() => Run(_sivUncached, _names, "PERSON");

    [Benchmark(OperationsPerInvoke = Values)]
    public int FpeRepeated() => Run(_fpeCached, _phones, "PHONE_NUMBER");

    [Benchmark(OperationsPerInvoke = Values)]
    public int FpeUncached() => Run(_fpeUncached, _phones, "PHONE_NUMBER");

    [Benchmark(OperationsPerInvoke = Values)]
    public int HashUncached() => Run(_hash, _names, "PERSON");

    private int Run(PiiScan.Operators.IOperator op, string[] values, string type)
    {
        var total = 0;
        foreach (var v in values)
        {
            _sb.Clear();
            op.Apply(v, type, _sb);
            total += _sb.Length;
        }
        return total;
    }
}
