using System.Buffers;
using System.Globalization;
using System.Text.Json;
using PiiScan.Records;

namespace PiiScan.Readers;

/// <summary>
/// JSON Lines: each non-blank line is one JSON value and one record (index = 0-based line number; blank lines count
/// as lines but are not records: they are copied through by the writer). Every string leaf (not property names)
/// selected by <see cref="ReaderOptions.Fields"/> becomes a field with path <c>request.messages[1].content</c>
/// (a root array gives <c>[0].x</c>, a root string the empty path) and key = innermost property name (for array
/// elements, the property holding the array). <see cref="FieldSlot.RawStart"/>/<see cref="FieldSlot.RawLength"/>
/// span the string token including its quotes. Invalid JSON and nesting deeper than
/// <see cref="ReaderOptions.MaxJsonDepth"/> are quarantined.
/// </summary>
public sealed class JsonlReader : LineRecordReader
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private readonly PathCache _paths;
    private readonly int _maxDepth;
    private char[] _path = new char[256];
    private Frame[] _frames = new Frame[16];

    /// <summary>Creates a reader over a decompressed stream (not owned).</summary>
    public JsonlReader(SourceFile source, Stream decompressed, ReaderOptions options)
        : base(source, decompressed, options)
    {
        _paths = new PathCache(options.Fields, columns: false);
        _maxDepth = options.MaxJsonDepth;
    }

    /// <inheritdoc />
    protected override bool SkipsBlankLines => true;

    /// <inheritdoc />
    protected override string? ParseRecord(RecordBatch batch, ReadOnlySpan<byte> line, int rawStart)
    {
        if (line.StartsWith(Bom))
        {
            // A UTF-8 BOM (normally only on the first line) is kept in the raw bytes but is not JSON.
            line = line[Bom.Length..];
            rawStart += Bom.Length;
        }
        var reader = new Utf8JsonReader(line, new JsonReaderOptions
        {
            MaxDepth = Math.Max(1, _maxDepth + 1),
            CommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,
        });
        try
        {
            return Walk(ref reader, batch, rawStart);
        }
        catch (JsonException e)
        {
            return "invalid JSON: syntax error at byte " + (e.BytePositionInLine ?? reader.BytesConsumed).ToString(CultureInfo.InvariantCulture);
        }
        catch (InvalidOperationException)
        {
            return "invalid JSON: invalid escape sequence in string";
        }
    }

    private string? Walk(ref Utf8JsonReader reader, RecordBatch batch, int rawStart)
    {
        var depth = 0;
        var pathLength = 0;
        var keyStart = 0;
        var keyLength = 0;
        while (reader.Read())
        {
            var token = reader.TokenType;
            switch (token)
            {
                case JsonTokenType.PropertyName:
                    {
                        ref var frame = ref _frames[depth - 1];
                        pathLength = frame.PathLength;
                        var max = reader.HasValueSequence ? (int)reader.ValueSequence.Length : reader.ValueSpan.Length;
                        EnsurePath(pathLength + max + 1);
                        if (pathLength > 0)
                        {
                            _path[pathLength++] = '.';
                        }
                        var n = reader.CopyString(_path.AsSpan(pathLength));
                        keyStart = pathLength;
                        keyLength = n;
                        pathLength += n;
                        continue;
                    }
                case JsonTokenType.EndObject:
                case JsonTokenType.EndArray:
                    {
                        ref var frame = ref _frames[--depth];
                        pathLength = frame.PathLength;
                        keyStart = frame.KeyStart;
                        keyLength = frame.KeyLength;
                        continue;
                    }
                case JsonTokenType.Comment:
                case JsonTokenType.None:
                    continue;
            }
            // A value: inside an array it gets "[i]" appended to the array's path.
            if (depth > 0 && _frames[depth - 1].IsArray)
            {
                ref var frame = ref _frames[depth - 1];
                pathLength = frame.PathLength;
                EnsurePath(pathLength + 12);
                _path[pathLength++] = '[';
                frame.Index.TryFormat(_path.AsSpan(pathLength), out var written, default, CultureInfo.InvariantCulture);
                pathLength += written;
                _path[pathLength++] = ']';
                frame.Index++;
            }
            if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                if (depth >= _maxDepth)
                {
                    return $"JSON nesting exceeds max depth ({_maxDepth})";
                }
                if (depth == _frames.Length)
                {
                    Array.Resize(ref _frames, depth * 2);
                }
                _frames[depth++] = new Frame
                {
                    PathLength = pathLength,
                    KeyStart = keyStart,
                    KeyLength = keyLength,
                    IsArray = token == JsonTokenType.StartArray,
                };
                continue;
            }
            if (token != JsonTokenType.String)
            {
                continue;
            }
            var entry = _paths.Get(_path.AsSpan(0, pathLength), _path.AsSpan(keyStart, keyLength));
            if (!entry.Selected)
            {
                continue;
            }
            var rawLength = reader.ValueSpan.Length;
            var field = batch.BeginField(rawLength, out var dest);
            var chars = reader.CopyString(dest);
            batch.CommitField(field, chars, entry.Path, entry.Key, rawStart + (int)reader.TokenStartIndex, rawLength + 2, 0);
        }
        return null;
    }

    private void EnsurePath(int length)
    {
        if (length > _path.Length)
        {
            Array.Resize(ref _path, Math.Max(length, _path.Length * 2));
        }
    }

    private struct Frame
    {
        public int PathLength;
        public int KeyStart;
        public int KeyLength;
        public int Index;
        public bool IsArray;
    }
}
