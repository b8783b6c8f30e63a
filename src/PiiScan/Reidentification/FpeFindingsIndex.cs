using PiiScan.Records;
using PiiScan.Reports;
using PiiScan.Text;

namespace PiiScan.Reidentification;

/// <summary>
/// Locates FPE values in redacted records from the scan's findings. Findings hold code-point offsets into the
/// ORIGINAL value; in the redacted value each earlier finding of the same field was replaced by its operator's
/// output, so positions are recomputed by walking the field's findings in order with each operator's output length
/// (fpe and mask keep the length, redact removes the value, replace writes <c>&lt;TYPE&gt;</c>, hash writes
/// <c>TYPE_</c> + 16 hex, pseudonymize writes a token ending in <c>]]</c>). A field using <c>replace</c> with a custom
/// text cannot be walked past that finding; its later FPE values are left as they are.
/// </summary>
public sealed class FpeFindingsIndex
{
    private readonly Dictionary<(string Source, long Record, string Field), List<FindingRow>> _byField = new();

    private FpeFindingsIndex()
    {
    }

    /// <summary>Number of FPE findings indexed.</summary>
    public int FpeCount { get; private set; }

    /// <summary>Builds the index from a findings table (only fields that hold at least one FPE finding are kept).</summary>
    public static FpeFindingsIndex Build(IReadOnlyList<FindingRow> rows)
    {
        var index = new FpeFindingsIndex();
        var fpeFields = new HashSet<(string, long, string)>();
        foreach (var r in rows)
        {
            if (r.Operator == "fpe")
            {
                fpeFields.Add((r.Source, r.Record, r.Field));
                index.FpeCount++;
            }
        }
        foreach (var r in rows)
        {
            var key = (r.Source, r.Record, r.Field);
            if (!fpeFields.Contains(key))
            {
                continue;
            }
            if (!index._byField.TryGetValue(key, out var list))
            {
                index._byField[key] = list = new List<FindingRow>();
            }
            list.Add(r);
        }
        foreach (var list in index._byField.Values)
        {
            list.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
        return index;
    }

    /// <summary>Adds a detection for every FPE value of the batch's fields (UTF-16 offsets into the redacted value).</summary>
    public void Annotate(RecordBatch batch)
    {
        var fields = batch.Fields;
        var scratch = new List<Detection.Detection>();
        var all = new List<Detection.Detection>();
        for (var f = 0; f < fields.Length; f++)
        {
            ref var field = ref fields[f];
            scratch.Clear();
            var record = batch.Records[field.Record].Index;
            if (_byField.TryGetValue((batch.Source.RelativePath, record, field.Path), out var findings))
            {
                Locate(batch.FieldText(f), findings, scratch);
            }
            field.DetectionStart = all.Count;
            field.DetectionCount = scratch.Count;
            all.AddRange(scratch);
        }
        batch.Detections.Clear();
        batch.Detections.AddRange(all);
    }

    private static void Locate(ReadOnlySpan<char> redacted, List<FindingRow> findings, List<Detection.Detection> output)
    {
        var cursor = 0; // UTF-16 index into the redacted value
        var previousEnd = 0; // code point into the original value
        foreach (var f in findings)
        {
            cursor = Advance(redacted, cursor, f.Start - previousEnd);
            if (cursor < 0)
            {
                return;
            }
            int end;
            switch (f.Operator)
            {
                case "fpe" or "mask":
                    end = Advance(redacted, cursor, f.End - f.Start);
                    break;
                case "redact":
                    end = cursor;
                    break;
                case "replace":
                    end = redacted[cursor..].StartsWith("<" + f.Type + ">", StringComparison.Ordinal) ? cursor + f.Type.Length + 2 : -1;
                    break;
                case "hash":
                    end = cursor + f.Type.Length + 17;
                    break;
                case "pseudonymize":
                    var close = redacted[cursor..].IndexOf("]]", StringComparison.Ordinal);
                    end = close < 0 ? -1 : cursor + close + 2;
                    break;
                default:
                    end = -1;
                    break;
            }
            if (end < 0 || end > redacted.Length)
            {
                return;
            }
            if (f.Operator == "fpe")
            {
                output.Add(new Detection.Detection(cursor, end, f.Type, 1f, "FpeFinding", "findings"));
            }
            cursor = end;
            previousEnd = f.End;
        }
    }

    // Moves a UTF-16 cursor forward by a number of code points; -1 when the value is shorter.
    private static int Advance(ReadOnlySpan<char> text, int cursor, int codePoints)
    {
        if (codePoints < 0)
        {
            return -1;
        }
        var moved = CodePoints.ToUtf16Index(text[cursor..], Math.Min(codePoints, CodePoints.Count(text[cursor..])));
        return CodePoints.Count(text[cursor..(cursor + moved)]) == codePoints ? cursor + moved : -1;
    }
}
