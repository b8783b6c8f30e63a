using System.Text.Json.Serialization;

namespace PiiScan.Ner;

/// <summary>Source-generated JSON metadata for model files.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class NerJsonContext : JsonSerializerContext
{
}
