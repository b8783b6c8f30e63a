using System.Text.Json;

namespace PiiScan.Evaluation;

/// <summary>
/// Writes the exact-span errors of one evaluated example as a JSON line, for error analysis of labeled corpora
/// (the text is the corpus's own, never scanned production data).
/// </summary>
public static class EvaluationErrors
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Appends <c>{"index","text","missed":[...],"spurious":[...]}</c> when the example has any error.</summary>
    public static void Write(Stream output, int index, LabeledExample example, IReadOnlyList<GoldSpan> predicted, bool[] goldHit, bool[] predictedHit)
    {
        if (Array.TrueForAll(goldHit, h => h) && Array.TrueForAll(predictedHit, h => h))
        {
            return;
        }
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteNumber("index", index);
            w.WriteString("text", example.Text);
            Spans(w, "missed", example.Text, example.Spans, goldHit);
            Spans(w, "spurious", example.Text, predicted, predictedHit);
            w.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    private static void Spans(Utf8JsonWriter w, string name, string text, IReadOnlyList<GoldSpan> spans, bool[] hit)
    {
        w.WriteStartArray(name);
        for (var i = 0; i < spans.Count; i++)
        {
            if (hit[i])
            {
                continue;
            }
            var s = spans[i];
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteString("type", s.Type);
            w.WriteString("text", text.AsSpan(s.Start, s.End - s.Start));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }
}
