using System.Text;
using PiiScan.Reports;

namespace PiiScan.Resume;

/// <summary>
/// The findings of one input file in <c>parts/NAME.findings.bin</c>: a binary stream of batches (row count, then
/// rows), so that rebuilding <c>findings.parquet</c> replays the same batch boundaries, and therefore the same row
/// groups, as an uninterrupted run.
/// </summary>
internal static class PartFindings
{
    public static void WriteBatch(BinaryWriter w, List<FindingRow> rows)
    {
        w.Write(rows.Count);
        foreach (var r in rows)
        {
            w.Write(r.Record);
            w.Write(r.Field);
            w.Write(r.Start);
            w.Write(r.End);
            w.Write(r.Type);
            w.Write(r.Score);
            w.Write(r.Recognizer);
            w.Write(r.Operator);
            w.Write(r.Text is not null);
            if (r.Text is not null)
            {
                w.Write(r.Text);
            }
        }
    }

    /// <summary>Reads the batches of a part file; <paramref name="source"/> fills the source column.</summary>
    public static IEnumerable<List<FindingRow>> ReadBatches(string path, string source)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        var batch = new List<FindingRow>();
        while (stream.Position < stream.Length)
        {
            var count = r.ReadInt32();
            batch.Clear();
            for (var i = 0; i < count; i++)
            {
                var record = r.ReadInt64();
                var field = r.ReadString();
                var start = r.ReadInt32();
                var end = r.ReadInt32();
                var type = r.ReadString();
                var score = r.ReadSingle();
                var recognizer = r.ReadString();
                var op = r.ReadString();
                var text = r.ReadBoolean() ? r.ReadString() : null;
                batch.Add(new FindingRow(source, record, field, start, end, type, score, recognizer, op, text));
            }
            yield return batch;
        }
    }
}
