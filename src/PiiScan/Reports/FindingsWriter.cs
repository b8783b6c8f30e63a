using System.Text.Json;
using Parquet;
using Parquet.Schema;

namespace PiiScan.Reports;

/// <summary>
/// Writes <c>findings.parquet</c> (always) and <c>findings.jsonl</c> (optional) with exactly the columns
/// source, record, field, start, end, type, score, recognizer, operator (+ text when asked for).
/// Rows are buffered column-wise and flushed as row groups. Not thread-safe.
/// </summary>
public sealed class FindingsWriter : IAsyncDisposable
{
    /// <summary>Rows per Parquet row group (smaller in tests, to exercise readers of several groups).</summary>
    internal int RowGroupSize { get; init; } = 100_000;

    private static readonly DataField<string> SourceField = new("source");
    private static readonly DataField<long> RecordField = new("record");
    private static readonly DataField<string> FieldField = new("field");
    private static readonly DataField<int> StartField = new("start");
    private static readonly DataField<int> EndField = new("end");
    private static readonly DataField<string> TypeField = new("type");
    private static readonly DataField<float> ScoreField = new("score");
    private static readonly DataField<string> RecognizerField = new("recognizer");
    private static readonly DataField<string> OperatorField = new("operator");
    private static readonly DataField<string> TextField = new("text", nullable: true);

    private readonly Stream _parquetStream;
    private readonly ParquetSchema _schema;
    private readonly bool _includeText;
    private readonly Stream? _jsonlStream;
    private readonly Utf8JsonWriter? _json;
    private ParquetWriter? _parquet;

    private readonly List<string> _sources = new();
    private readonly List<long> _records = new();
    private readonly List<string> _fields = new();
    private readonly List<int> _starts = new();
    private readonly List<int> _ends = new();
    private readonly List<string> _types = new();
    private readonly List<float> _scores = new();
    private readonly List<string> _recognizers = new();
    private readonly List<string> _operators = new();
    private readonly List<string?> _texts = new();

    /// <summary>Creates a writer over open streams (owned by the caller).</summary>
    public FindingsWriter(Stream parquet, Stream? jsonl, bool includeText)
    {
        _parquetStream = parquet;
        _includeText = includeText;
        _schema = includeText
            ? new ParquetSchema(SourceField, RecordField, FieldField, StartField, EndField, TypeField, ScoreField, RecognizerField, OperatorField, TextField)
            : new ParquetSchema(SourceField, RecordField, FieldField, StartField, EndField, TypeField, ScoreField, RecognizerField, OperatorField);
        _jsonlStream = jsonl;
        if (jsonl is not null)
        {
            _json = new Utf8JsonWriter(jsonl, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
    }

    /// <summary>Number of rows written so far.</summary>
    public long Count { get; private set; }

    /// <summary>Adds a row; call <see cref="FlushIfFullAsync"/> after a batch of rows.</summary>
    public void Add(in FindingRow row)
    {
        _sources.Add(row.Source);
        _records.Add(row.Record);
        _fields.Add(row.Field);
        _starts.Add(row.Start);
        _ends.Add(row.End);
        _types.Add(row.Type);
        _scores.Add(row.Score);
        _recognizers.Add(row.Recognizer);
        _operators.Add(row.Operator);
        _texts.Add(row.Text);
        Count++;
        if (_json is not null)
        {
            WriteJson(row);
        }
    }

    /// <summary>Writes a row group once enough rows are buffered.</summary>
    public async ValueTask FlushIfFullAsync(CancellationToken cancellationToken = default)
    {
        if (_sources.Count >= RowGroupSize)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes the remaining rows and the Parquet footer.</summary>
    public async ValueTask CompleteAsync(CancellationToken cancellationToken = default)
    {
        // An empty findings table still gets one (empty) row group so every reader sees the schema.
        if (_sources.Count > 0 || _parquet is null)
        {
            await FlushRowGroupAsync(cancellationToken).ConfigureAwait(false);
        }
        if (_parquet is not null)
        {
            await _parquet.DisposeAsync().ConfigureAwait(false);
            _parquet = null;
        }
        if (_json is not null)
        {
            await _json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_parquet is not null)
        {
            await _parquet.DisposeAsync().ConfigureAwait(false);
        }
        if (_json is not null)
        {
            await _json.DisposeAsync().ConfigureAwait(false);
        }
    }

    private void WriteJson(in FindingRow row)
    {
        var w = _json!;
        w.WriteStartObject();
        w.WriteString("source", row.Source);
        w.WriteNumber("record", row.Record);
        w.WriteString("field", row.Field);
        w.WriteNumber("start", row.Start);
        w.WriteNumber("end", row.End);
        w.WriteString("type", row.Type);
        w.WriteNumber("score", Math.Round(row.Score, 4));
        w.WriteString("recognizer", row.Recognizer);
        w.WriteString("operator", row.Operator);
        if (_includeText)
        {
            w.WriteString("text", row.Text);
        }
        w.WriteEndObject();
        w.Flush();
        _jsonlStream!.WriteByte((byte)'\n');
        w.Reset();
    }

    private async ValueTask FlushRowGroupAsync(CancellationToken cancellationToken)
    {
        _parquet ??= await ParquetWriter.CreateAsync(_schema, _parquetStream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using (var rg = _parquet.CreateRowGroup())
        {
            await rg.WriteAsync(SourceField, _sources).ConfigureAwait(false);
            await rg.WriteAsync<long>(RecordField, _records.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rg.WriteAsync(FieldField, _fields).ConfigureAwait(false);
            await rg.WriteAsync<int>(StartField, _starts.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rg.WriteAsync<int>(EndField, _ends.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rg.WriteAsync(TypeField, _types).ConfigureAwait(false);
            await rg.WriteAsync<float>(ScoreField, _scores.ToArray(), cancellationToken: cancellationToken).ConfigureAwait(false);
            await rg.WriteAsync(RecognizerField, _recognizers).ConfigureAwait(false);
            await rg.WriteAsync(OperatorField, _operators).ConfigureAwait(false);
            if (_includeText)
            {
                await rg.WriteAsync(TextField, _texts!).ConfigureAwait(false);
            }
        }
        _sources.Clear();
        _records.Clear();
        _fields.Clear();
        _starts.Clear();
        _ends.Clear();
        _types.Clear();
        _scores.Clear();
        _recognizers.Clear();
        _operators.Clear();
        _texts.Clear();
    }
}
