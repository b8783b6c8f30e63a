using System.Text.Json.Serialization;

namespace PiiScan.Reports;

/// <summary>Source-generated JSON metadata for report option values.</summary>
[JsonSerializable(typeof(IReadOnlyDictionary<string, object?>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(long))]
[JsonSerializable(typeof(bool))]
[JsonSerializable(typeof(double))]
internal sealed partial class ReportJsonContext : JsonSerializerContext
{
}
