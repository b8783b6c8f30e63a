using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using PiiScan.Detection;
using PiiScan.Operators;
using PiiScan.Readers;
using PiiScan.Records;
using PiiScan.Writers;

namespace PiiScan.Scrub;

/// <summary>
/// Scrubs a fine-tuning dataset (JSONL): chat records (<c>{"messages": [{"role", "content"}]}</c>, content a string
/// or a list of parts with <c>text</c>) and prompt/completion records (<c>{"prompt", "completion"}</c>). Text values
/// go through detection (model annotation when given, then patterns) and the operator policy; roles, order and every
/// other field stay as they were. A record whose consent field is not <c>true</c>, that cannot be parsed, has an
/// unknown shape, or cannot be scrubbed safely (an error, or PII still detected after scrubbing) is dropped and
/// counted, never passed through. The output is written atomically (gzip or zstd when its name ends in .gz or .zst).
/// </summary>
public sealed class DatasetScrubber(DetectionEngine engine, OperatorPolicy operators)
{
    private readonly OperatorApplier _applier = new(operators);
    private readonly List<Detection.Detection> _scratch = new();
    private readonly StringBuilder _sb = new();

    /// <summary>Dotted JSON path of a boolean consent field; records without <c>true</c> there are dropped. Null: no check.</summary>
    public string? ConsentField { get; init; }

    /// <summary>Optional model annotation before pattern detection (NER).</summary>
    public Action<RecordBatch>? BeforeDetect { get; init; }

    /// <summary>Records larger than this are dropped (<c>dropped_too_large</c>).</summary>
    public int MaxRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>Scrubs <paramref name="inputPath"/> into <paramref name="outputPath"/> and returns the counts.</summary>
    public ScrubCounts Run(string inputPath, string outputPath)
    {
        if (!File.Exists(inputPath))
        {
            throw new PiiScanException($"Input '{inputPath}' does not exist.");
        }
        var counts = new ScrubCounts();
        var file = AtomicFile.Create(outputPath);
        try
        {
            using (var raw = File.OpenRead(inputPath))
            using (var input = CompressionStreams.OpenRead(raw, CompressionStreams.DetectFile(inputPath)))
            using (var reader = new StreamReader(input, new UTF8Encoding(false, true)))
            {
                var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                var outputCompression = outputPath.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? Compression.Gzip
                    : outputPath.EndsWith(".zst", StringComparison.OrdinalIgnoreCase) || outputPath.EndsWith(".zstd", StringComparison.OrdinalIgnoreCase) ? Compression.Zstd
                    : Compression.None;
                var output = CompressionStreams.OpenWrite(file.Stream, outputCompression);
                var w = new Utf8JsonWriter(output, options);
                string? line;
                while ((line = ReadLine(reader)) is not null)
                {
                    if (string.IsNullOrWhiteSpace(line))
                    {
                        continue;
                    }
                    counts.Read++;
                    var (outcome, node) = ScrubLine(line, counts);
                    counts.Add(outcome);
                    if (node is null)
                    {
                        continue;
                    }
                    node.WriteTo(w);
                    w.Flush();
                    output.WriteByte((byte)'\n');
                    w.Reset();
                }
                w.Dispose();
                if (!ReferenceEquals(output, file.Stream))
                {
                    output.Dispose();
                }
            }
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
        return counts;
    }

    private static string? ReadLine(StreamReader reader)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException)
        {
            throw new PiiScanException("The input is not valid UTF-8 text.");
        }
    }

    /// <summary>Scrubs one JSONL line: the outcome and, when kept, the scrubbed record.</summary>
    public (string Outcome, JsonNode? Record) ScrubLine(string line, ScrubCounts counts)
    {
        if (Encoding.UTF8.GetByteCount(line) > MaxRecordBytes)
        {
            return ("dropped_too_large", null);
        }
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(line);
        }
        catch (JsonException)
        {
            return ("dropped_unparseable", null);
        }
        if (node is not JsonObject obj)
        {
            return ("dropped_unparseable", null);
        }
        if (ConsentField is not null && !HasConsent(line))
        {
            return ("dropped_no_consent", null);
        }
        var slots = new List<(string Path, string Value, Action<string> Set)>();
        if (obj["messages"] is JsonArray messages)
        {
            for (var i = 0; i < messages.Count; i++)
            {
                if (messages[i] is not JsonObject m || m["role"] is not JsonValue role || role.GetValueKind() != JsonValueKind.String)
                {
                    return ("dropped_unknown_format", null);
                }
                if (!CollectContent(m, $"messages[{i}].content", slots))
                {
                    return ("dropped_unsafe", null);
                }
            }
        }
        else if (obj.ContainsKey("prompt") && obj.ContainsKey("completion"))
        {
            foreach (var key in new[] { "prompt", "completion" })
            {
                if (obj[key] is not JsonValue v || v.GetValueKind() != JsonValueKind.String)
                {
                    return ("dropped_unsafe", null);
                }
                slots.Add((key, v.GetValue<string>(), s => obj[key] = s));
            }
        }
        else
        {
            return ("dropped_unknown_format", null);
        }
        try
        {
            var scrubbed = Scrub(slots.Select(s => (s.Path, s.Value)).ToList(), counts, out var leftover);
            if (leftover)
            {
                return ("dropped_unsafe", null);
            }
            for (var i = 0; i < slots.Count; i++)
            {
                if (scrubbed[i] is { } value)
                {
                    slots[i].Set(value);
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return ("dropped_unsafe", null);
        }
        return ("kept", obj);
    }

    private bool HasConsent(string line)
    {
        return RecordValueReader.TryGetJson(Encoding.UTF8.GetBytes(line), ConsentField!, out var v) && v == "true";
    }

    private static bool CollectContent(JsonObject message, string path, List<(string, string, Action<string>)> slots)
    {
        var content = message["content"];
        switch (content)
        {
            case null:
                return true;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                slots.Add((path, v.GetValue<string>(), s => message["content"] = s));
                return true;
            case JsonArray parts:
                for (var p = 0; p < parts.Count; p++)
                {
                    if (parts[p] is not JsonObject part)
                    {
                        return false;
                    }
                    if (part["text"] is JsonValue t && t.GetValueKind() == JsonValueKind.String)
                    {
                        slots.Add(($"{path}[{p}].text", t.GetValue<string>(), s => part["text"] = s));
                    }
                    else if (part.ContainsKey("text"))
                    {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }

    private string?[] Scrub(List<(string Path, string Value)> values, ScrubCounts counts, out bool leftover)
    {
        using var batch = new RecordBatch();
        batch.AddRecord(0, 0, 0, 0);
        foreach (var (path, value) in values)
        {
            var dot = path.LastIndexOf('.');
            batch.AddField(value, path, dot >= 0 ? path[(dot + 1)..] : path);
        }
        BeforeDetect?.Invoke(batch);
        engine.Detect(batch, _scratch);
        _applier.Apply(batch, _sb);
        foreach (var d in batch.Detections)
        {
            counts.ValuesByType[d.Type] = counts.ValuesByType.GetValueOrDefault(d.Type) + 1;
        }
        var result = new string?[values.Count];
        leftover = false;
        for (var i = 0; i < values.Count; i++)
        {
            result[i] = batch.Fields[i].NewValue;
            // Verify: pattern detection on the scrubbed text must find nothing more.
            _scratch.Clear();
            engine.DetectField(result[i] ?? values[i].Value, new FieldContext(values[i].Path, ""), _scratch);
            if (_scratch.Count > 0)
            {
                leftover = true;
            }
        }
        return result;
    }
}
