using System.Text.Json;

namespace PiiScan.Resume;

/// <summary>
/// The append-only resume manifest <c>.piiscan-manifest.jsonl</c> in the output directory. The first line names the
/// options fingerprint; each further line records one finished file (status <c>done</c>) and is appended and
/// fsynced only after the file's redacted copy and part files were committed. A torn last line (the process was
/// killed while appending) is ignored, so that file is simply redone.
/// </summary>
public sealed class ResumeManifest : IDisposable
{
    /// <summary>File name of the manifest in the output directory.</summary>
    public const string FileName = ".piiscan-manifest.jsonl";

    private readonly FileStream _stream;

    private ResumeManifest(FileStream stream, Dictionary<string, ManifestEntry> entries)
    {
        _stream = stream;
        Entries = entries;
    }

    /// <summary>Finished files by relative path (the last line for a path wins).</summary>
    public IReadOnlyDictionary<string, ManifestEntry> Entries { get; }

    /// <summary>
    /// Opens (or creates) the manifest in <paramref name="outDir"/>. A manifest written with another
    /// <paramref name="fingerprint"/> (other options) is an error: resuming would mix outputs of two configurations.
    /// </summary>
    /// <exception cref="PiiScanException">The manifest belongs to a run with other options.</exception>
    public static ResumeManifest Open(string outDir, string fingerprint)
    {
        var path = Path.Combine(outDir, FileName);
        var entries = new Dictionary<string, ManifestEntry>(StringComparer.Ordinal);
        var header = false;
        var validLength = 0L;
        if (File.Exists(path))
        {
            var bytes = File.ReadAllBytes(path);
            var pos = 0;
            while (pos < bytes.Length)
            {
                var nl = Array.IndexOf(bytes, (byte)'\n', pos);
                if (nl < 0)
                {
                    break; // torn last line
                }
                var line = bytes.AsSpan(pos, nl - pos);
                pos = nl + 1;
                if (!TryParse(line, fingerprint, ref header, entries))
                {
                    break;
                }
                validLength = pos;
            }
        }
        var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.Read, 1, FileOptions.None);
        stream.SetLength(validLength);
        stream.Position = validLength;
        var manifest = new ResumeManifest(stream, entries);
        if (!header)
        {
            manifest.AppendLine(w =>
            {
                w.WriteString("kind", "header");
                w.WriteNumber("version", 1);
                w.WriteString("fingerprint", fingerprint);
            });
        }
        return manifest;
    }

    /// <summary>Appends a finished file and fsyncs.</summary>
    public void Append(ManifestEntry entry)
    {
        AppendLine(w =>
        {
            w.WriteString("kind", "file");
            w.WriteString("source", entry.Source);
            w.WriteString("status", "done");
            w.WriteNumber("size", entry.Identity.Size);
            w.WriteNumber("mtime", entry.Identity.MtimeTicks);
            w.WriteString("head", entry.Identity.Head);
            w.WriteString("tail", entry.Identity.Tail);
            w.WriteString("part", entry.Part);
            w.WriteStartArray("outputs");
            foreach (var o in entry.Outputs)
            {
                w.WriteStringValue(o);
            }
            w.WriteEndArray();
        });
    }

    /// <inheritdoc />
    public void Dispose() => _stream.Dispose();

    private void AppendLine(Action<Utf8JsonWriter> body)
    {
        var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        _stream.Write(buffer.GetBuffer(), 0, (int)buffer.Length);
        _stream.Flush(flushToDisk: true);
    }

    private static bool TryParse(ReadOnlySpan<byte> line, string fingerprint, ref bool header, Dictionary<string, ManifestEntry> entries)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line.ToArray());
        }
        catch (JsonException)
        {
            return false;
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("kind", out var kind))
            {
                return false;
            }
            if (kind.GetString() == "header")
            {
                var fp = root.TryGetProperty("fingerprint", out var f) ? f.GetString() : null;
                if (fp != fingerprint)
                {
                    throw new PiiScanException(
                        "--resume: the output directory holds a run made with other options or inputs: use the same options, or a new --out directory.");
                }
                header = true;
                return true;
            }
            if (!header || kind.GetString() != "file" || root.GetProperty("status").GetString() != "done")
            {
                return header;
            }
            var identity = new FileIdentity(
                root.GetProperty("size").GetInt64(), root.GetProperty("mtime").GetInt64(),
                root.GetProperty("head").GetString() ?? "", root.GetProperty("tail").GetString() ?? "");
            var source = root.GetProperty("source").GetString() ?? "";
            var outputs = root.GetProperty("outputs").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
            entries[source] = new ManifestEntry(source, identity, root.GetProperty("part").GetString() ?? "", outputs);
            return true;
        }
    }
}
