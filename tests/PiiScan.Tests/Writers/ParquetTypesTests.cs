using PiiScan.Tests.Readers;
using Xunit;

namespace PiiScan.Tests.Writers;

public class ParquetTypesTests
{
    [Theory]
    [InlineData("DATE '2024-02-29'", "NULL::DATE")]
    [InlineData("TIME '12:34:56.789'", "NULL::TIME")]
    [InlineData("'5f1a1d2e-8c2b-4b7a-9d7e-0a1b2c3d4e5f'::UUID", "NULL::UUID")]
    [InlineData("(-3)::SMALLINT", "NULL::SMALLINT")]
    [InlineData("250::UTINYINT", "NULL::UTINYINT")]
    [InlineData("18446744073709551615::UBIGINT", "NULL::UBIGINT")]
    [InlineData("123456789012345678901234567890::HUGEINT", "NULL::HUGEINT")]
    [InlineData("INTERVAL 3 DAY", "NULL::INTERVAL")]
    [InlineData("MAP {'k': 'alice@example.com'}", "NULL::MAP(VARCHAR, VARCHAR)")]
    [InlineData("[['a', 'bob@example.com'], []]", "NULL::VARCHAR[][]")]
    [InlineData("{'l': ['carol@example.com'], 'n': 1}", "NULL::STRUCT(l VARCHAR[], n INT)")]
    [InlineData("'x'::ENUM('x', 'y')", "NULL::ENUM('x', 'y')")]
    [InlineData("TIMESTAMPTZ '2024-01-01 00:00:00+00'", "NULL::TIMESTAMPTZ")]
    [InlineData("1.5::FLOAT", "NULL::FLOAT")]
    [InlineData("123.456::DECIMAL(38,3)", "NULL::DECIMAL(38,3)")]
    [InlineData("'\\x00\\xFF'::BLOB", "NULL::BLOB")]
    public void Write_ColumnType_RoundTripsThroughDuckDb(string value, string nullValue)
    {
        var input = Path.Combine(IoHarness.TempDir(), "in.parquet");
        Duck.Execute($"COPY (SELECT 1 AS id, {value} AS v, 'dave@example.com' AS s UNION ALL SELECT 2, {nullValue}, NULL) TO {Duck.Quote(input)} (FORMAT PARQUET)");
        var result = IoHarness.Run(IoHarness.Source("t.parquet", File.ReadAllBytes(input)));
        var output = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(output, result.Output);
        const string select = "SELECT id, v::VARCHAR, s FROM read_parquet";
        var expected = Duck.Query($"{select}({Duck.Quote(input)}) ORDER BY id").Select(r => r
            .Replace("alice@example.com", IoHarness.Email).Replace("bob@example.com", IoHarness.Email)
            .Replace("carol@example.com", IoHarness.Email).Replace("dave@example.com", IoHarness.Email)).ToList();
        Assert.Equal(expected, Duck.Query($"{select}({Duck.Quote(output)}) ORDER BY id"));
        Assert.Equal(
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(input)})"),
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(output)})"));
    }

    [Fact]
    public void ReadBatch_NestedColumns_PathsWithIndexesAndKeys()
    {
        var input = Path.Combine(IoHarness.TempDir(), "in.parquet");
        Duck.Execute($"COPY (SELECT MAP {{'k1': 'v1'}} AS m, [['a'], [], ['b', 'c']] AS ll, {{'l': ['d']}} AS sl, [{{'x': 'e'}}, {{'x': 'f'}}] AS ls) TO {Duck.Quote(input)} (FORMAT PARQUET)");
        var result = IoHarness.Run(IoHarness.Source("t.parquet", File.ReadAllBytes(input)));
        Assert.Equal(
            "m[0].key|key|k1;m[0].value|value|v1;ll[0][0]|ll|a;ll[2][0]|ll|b;ll[2][1]|ll|c;sl.l[0]|l|d;ls[0].x|x|e;ls[1].x|x|f",
            string.Join(";", result.AllFields.Select(f => $"{f.Path}|{f.Key}|{f.Text}")));
    }
}
