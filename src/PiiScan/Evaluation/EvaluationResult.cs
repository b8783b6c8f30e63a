using System.Text.Json;

namespace PiiScan.Evaluation;

/// <summary>Per-type metrics for exact-span and overlap matching.</summary>
public sealed class EvaluationResult
{
    /// <summary>Exact span matching (same start, end and type), per type.</summary>
    public SortedDictionary<string, TypeMetrics> Exact { get; } = new(StringComparer.Ordinal);

    /// <summary>Overlap matching (same type, spans share a character; one-to-one), per type.</summary>
    public SortedDictionary<string, TypeMetrics> Overlap { get; } = new(StringComparer.Ordinal);

    /// <summary>Number of examples evaluated.</summary>
    public int Examples { get; set; }

    /// <summary>Predictions left out of scoring because they lie inside an example's unscored range.</summary>
    public int UnscoredPredictions { get; set; }

    /// <summary>Micro average over all types.</summary>
    public static TypeMetrics Micro(IEnumerable<TypeMetrics> metrics)
    {
        var m = new TypeMetrics();
        foreach (var x in metrics)
        {
            m.Add(x);
        }
        return m;
    }

    /// <summary>Writes <c>{"examples", "unscored_predictions", "types": {"T": {tp,fp,fn,precision,recall,f1,overlap:{...}}}, "micro": {...}}</c>.</summary>
    public void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("examples", Examples);
        w.WriteNumber("unscored_predictions", UnscoredPredictions);
        w.WriteStartObject("types");
        foreach (var (type, exact) in Exact)
        {
            w.WritePropertyName(type);
            WriteMetrics(w, exact, Overlap[type]);
        }
        w.WriteEndObject();
        w.WritePropertyName("micro");
        WriteMetrics(w, Micro(Exact.Values), Micro(Overlap.Values));
        w.WriteEndObject();
    }

    private static void WriteMetrics(Utf8JsonWriter w, TypeMetrics exact, TypeMetrics overlap)
    {
        w.WriteStartObject();
        WriteCounts(w, exact);
        w.WriteStartObject("overlap");
        WriteCounts(w, overlap);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, TypeMetrics m)
    {
        w.WriteNumber("tp", m.Tp);
        w.WriteNumber("fp", m.Fp);
        w.WriteNumber("fn", m.Fn);
        w.WriteNumber("precision", Math.Round(m.Precision, 4));
        w.WriteNumber("recall", Math.Round(m.Recall, 4));
        w.WriteNumber("f1", Math.Round(m.F1, 4));
    }
}
