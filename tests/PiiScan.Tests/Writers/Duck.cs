using System.Globalization;
using DuckDB.NET.Data;

namespace PiiScan.Tests.Writers;

/// <summary>Runs DuckDB queries for Parquet checks.</summary>
internal static class Duck
{
    public static void Execute(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Rows as strings (null as "NULL"), columns joined with " | ".</summary>
    public static List<string> Query(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            var cells = new string[reader.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "NULL";
            }
            rows.Add(string.Join(" | ", cells));
        }
        return rows;
    }

    public static string Quote(string path) => "'" + path.Replace("'", "''") + "'";
}
