using System.Text;
using PiiScan.Writers;

namespace PiiScan.Dsr;

/// <summary>
/// The subject index rows of one input file in <c>parts/NAME.subjects.bin</c> (resumable runs): a binary stream of
/// rows, each the keyed subject hash exactly as in <c>subjects.parquet</c>, the type, record, field and code point
/// span. No plaintext, and no source column: the source is the file the part belongs to.
/// </summary>
internal static class SubjectPart
{
    /// <summary>Writes <paramref name="count"/> rows of <paramref name="rows"/> from <paramref name="start"/> atomically to <paramref name="path"/>.</summary>
    public static void Write(string path, List<SubjectRow> rows, int start, int count)
    {
        var file = AtomicFile.Create(path);
        try
        {
            using (var w = new BinaryWriter(file.Stream, Encoding.UTF8, leaveOpen: true))
            {
                for (var i = start; i < start + count; i++)
                {
                    var r = rows[i];
                    w.Write(r.Subject);
                    w.Write(r.Type);
                    w.Write(r.Record);
                    w.Write(r.Field);
                    w.Write(r.Start);
                    w.Write(r.End);
                }
            }
            file.Commit();
        }
        finally
        {
            file.Abort();
        }
    }

    /// <summary>Appends the rows of a part file to <paramref name="rows"/>; <paramref name="source"/> fills the source column.</summary>
    public static void Read(string path, string source, List<SubjectRow> rows)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var r = new BinaryReader(stream, Encoding.UTF8);
        while (stream.Position < stream.Length)
        {
            rows.Add(new SubjectRow
            {
                Subject = r.ReadString(),
                Type = r.ReadString(),
                Record = r.ReadInt64(),
                Field = r.ReadString(),
                Start = r.ReadInt32(),
                End = r.ReadInt32(),
                Source = source,
            });
        }
    }
}
