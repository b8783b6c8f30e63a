using Parquet;
using Parquet.Schema;
using PiiScan.Tests.Readers;
using Xunit;

namespace PiiScan.Tests.Writers;

public class ParquetRequiredColumnsTests
{
    [Fact]
    public async Task Write_RequiredAndLegacyRepeatedColumns_RoundTrip()
    {
        var id = new DataField<long>("ticket_id");
        var email = new DataField<string>("email");
        var tags = new DataField("tags", typeof(string), isNullable: false, isArray: true);
        var priority = new DataField<int>("priority");
        var schema = new ParquetSchema(id, email, tags, priority);
        var input = Path.Combine(IoHarness.TempDir(), "in.parquet");
        await using (var fs = File.Create(input))
        await using (var writer = await ParquetWriter.CreateAsync(schema, fs))
        {
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<long>(id, new long[] { 10, 11, 12 });
            await rg.WriteAsync(email, new[] { "alice@example.com", null, "bob@example.com" });
            await rg.WriteAsync(tags, new[] { "a", "carol@example.com", "b", "c" }, new[] { 0, 1, 0, 0 });
            await rg.WriteAsync<int>(priority, new[] { 1, 2, 3 });
        }
        var result = IoHarness.Run(IoHarness.Source("t.parquet", File.ReadAllBytes(input)));
        Assert.Equal(
            "email|email|alice@example.com;tags[0]|tags|a;tags[1]|tags|carol@example.com;tags[0]|tags|b;email|email|bob@example.com;tags[0]|tags|c",
            string.Join(";", result.AllFields.Select(f => $"{f.Path}|{f.Key}|{f.Text}")));
        var output = Path.Combine(IoHarness.TempDir(), "out.parquet");
        File.WriteAllBytes(output, result.Output);
        Assert.Equal(
            new[] { "10 | <EMAIL_ADDRESS> | [a, <EMAIL_ADDRESS>] | 1", "11 | NULL | [b] | 2", "12 | <EMAIL_ADDRESS> | [c] | 3" },
            Duck.Query($"SELECT ticket_id, email, tags::VARCHAR, priority FROM read_parquet({Duck.Quote(output)}) ORDER BY ticket_id"));
        Assert.Equal(
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(input)})"),
            Duck.Query($"DESCRIBE SELECT * FROM read_parquet({Duck.Quote(output)})"));
    }
}
