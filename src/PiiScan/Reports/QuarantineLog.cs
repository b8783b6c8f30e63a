using System.Text.Json;

namespace PiiScan.Reports;

/// <summary>Writes <c>quarantine.jsonl</c>: one object per quarantined record with source, record, byte_offset and reason.</summary>
public sealed class QuarantineLog : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly Utf8JsonWriter _json;

    /// <summary>Creates the log over a stream owned by the caller.</summary>
    public QuarantineLog(Stream stream)
    {
        _stream = stream;
        _json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Entries written.</summary>
    public long Count { get; private set; }

    /// <summary>Counts per reason kind (the reason text up to its first colon).</summary>
    public Dictionary<string, long> ByReason { get; } = new(StringComparer.Ordinal);

    /// <summary>Appends an entry.</summary>
    public void Add(in QuarantineEntry entry)
    {
        _json.WriteStartObject();
        _json.WriteString("source", entry.Source);
        _json.WriteNumber("record", entry.Record);
        _json.WriteNumber("byte_offset", entry.ByteOffset);
        _json.WriteString("reason", entry.Reason);
        _json.WriteEndObject();
        _json.Flush();
        _stream.WriteByte((byte)'\n');
        _json.Reset();
        Count++;
        var colon = entry.Reason.IndexOf(':');
        var kind = colon > 0 ? entry.Reason[..colon] : entry.Reason;
        ByReason[kind] = ByReason.GetValueOrDefault(kind) + 1;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await _json.DisposeAsync().ConfigureAwait(false);
}
