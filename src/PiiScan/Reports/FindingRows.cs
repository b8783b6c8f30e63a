using PiiScan.Records;
using PiiScan.Text;

namespace PiiScan.Reports;

/// <summary>Turns a field's resolved detections into findings rows: UTF-16 offsets become code points into the value.</summary>
public static class FindingRows
{
    /// <summary>Appends one row per detection of field <paramref name="field"/> of <paramref name="batch"/>.</summary>
    public static void AddField(RecordBatch batch, int field, bool includeText, List<FindingRow> rows)
    {
        var slot = batch.Fields[field];
        var text = batch.FieldText(field);
        var record = batch.Records[slot.Record].Index;
        var cpPos = 0;
        var utf16Pos = 0;
        for (var d = 0; d < slot.DetectionCount; d++)
        {
            var det = batch.Detections[slot.DetectionStart + d];
            cpPos += CodePoints.Count(text[utf16Pos..det.Start]);
            var startCp = cpPos;
            var endCp = startCp + CodePoints.Count(text[det.Start..det.End]);
            cpPos = endCp;
            utf16Pos = det.End;
            rows.Add(new FindingRow(
                batch.Source.RelativePath, record, slot.Path, startCp, endCp, det.Type, det.Score, det.Recognizer,
                batch.DetectionOperators[slot.DetectionStart + d], includeText ? text[det.Start..det.End].ToString() : null));
        }
    }
}
