using PiiScan.Cli;

namespace PiiScan.Tests.Pipeline;

/// <summary>Runs the command line in-process and captures its output.</summary>
internal static class CliHarness
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = PiiScanCli.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Reads a whole Parquet table with DuckDB as rows of column → value.</summary>
    public static List<Dictionary<string, object?>> ReadParquet(string path, string orderBy = "")
    {
        using var db = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = $"SELECT * FROM read_parquet('{path.Replace("'", "''")}')" + (orderBy.Length > 0 ? " ORDER BY " + orderBy : "");
        using var reader = cmd.ExecuteReader();
        var rows = new List<Dictionary<string, object?>>();
        while (reader.Read())
        {
            var row = new Dictionary<string, object?>(StringComparer.Ordinal);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public static System.Text.Json.JsonDocument ReadReport(string outDir) =>
        System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "report.json")));
}
