using System.Text.Json;

namespace PiiScan.Ner;

/// <summary>
/// Label-bigram prior of a model (<c>transitions.json</c>): log P(label | previous word's label) counted on the
/// training corpora, and the weight it gets against the model's own per-word log-probabilities. Decoding a value is
/// a Viterbi search over its words for the labels that maximize
/// <c>Σ log p(label_w | text) + weight · log P(label_w | label_w-1)</c>: a lone low-confidence entity start costs
/// more than the evidence for it, and a name's second word tagged B- where I- is almost as likely is read as
/// continuing the name.
/// </summary>
public sealed class BioTransitions
{
    private readonly float[] _start;
    private readonly float[] _matrix;

    private BioTransitions(int numLabels, float[] start, float[] matrix, float weight)
    {
        NumLabels = numLabels;
        _start = start;
        _matrix = matrix;
        Weight = weight;
    }

    /// <summary>File name inside a model directory.</summary>
    public const string FileName = "transitions.json";

    /// <summary>Number of labels (same order as <c>labels.json</c>).</summary>
    public int NumLabels { get; }

    /// <summary>Weight of the transition log-probabilities.</summary>
    public float Weight { get; }

    /// <summary>Creates transitions from log-probabilities (start: <c>[K]</c>, matrix: row-major <c>[K, K]</c>, previous × next).</summary>
    public static BioTransitions Create(float[] start, float[] matrix, float weight)
    {
        var k = start.Length;
        if (k == 0 || matrix.Length != k * k)
        {
            throw new ArgumentException("start must have K entries and matrix K × K.");
        }
        if (!(weight >= 0) || float.IsInfinity(weight))
        {
            throw new ArgumentOutOfRangeException(nameof(weight), "weight must be a finite number ≥ 0.");
        }
        return new BioTransitions(k, start, matrix, weight);
    }

    /// <summary>
    /// Reads <c>{"labels":[...],"weight":w,"start":[K],"matrix":[[K]...]}</c> (natural-log probabilities); null when
    /// the directory has no such file. The labels must equal the model's.
    /// </summary>
    public static BioTransitions? Load(string directory, IReadOnlyList<string> labels) =>
        OptionalModelFile.Load(directory, FileName, What, WithoutIt, (root, path) =>
        {
            var k = labels.Count;
            var fileLabels = Required(root, "labels", path);
            if (fileLabels.GetArrayLength() != k)
            {
                throw Invalid(path, "its labels differ from labels.json");
            }
            var i = 0;
            foreach (var l in fileLabels.EnumerateArray())
            {
                if (l.GetString() != labels[i++])
                {
                    throw Invalid(path, "its labels differ from labels.json");
                }
            }
            var start = Row(Required(root, "start", path), k, path);
            var matrix = new float[k * k];
            var rows = Required(root, "matrix", path);
            if (rows.GetArrayLength() != k)
            {
                throw Invalid(path, $"matrix must have {k} rows");
            }
            var r = 0;
            foreach (var row in rows.EnumerateArray())
            {
                Row(row, k, path).CopyTo(matrix, r++ * k);
            }
            return Create(start, matrix, Required(root, "weight", path).GetSingle());
        });

    /// <summary>
    /// Viterbi over <paramref name="words"/> rows of log-probabilities (<c>[words, K]</c>): writes the best label of
    /// each word to <paramref name="labels"/>. <paramref name="back"/> needs <c>words × K</c> entries and
    /// <paramref name="score"/> <c>2 × K</c>.
    /// </summary>
    public void Decode(ReadOnlySpan<float> logProbs, int words, Span<int> labels, Span<int> back, Span<float> score)
    {
        if (words == 0)
        {
            return;
        }
        var k = NumLabels;
        var cur = score[..k];
        var next = score.Slice(k, k);
        for (var j = 0; j < k; j++)
        {
            cur[j] = logProbs[j] + (Weight * _start[j]);
        }
        for (var w = 1; w < words; w++)
        {
            var row = logProbs.Slice(w * k, k);
            var bp = back.Slice(w * k, k);
            for (var j = 0; j < k; j++)
            {
                var best = 0;
                var max = float.NegativeInfinity;
                for (var i = 0; i < k; i++)
                {
                    var v = cur[i] + (Weight * _matrix[(i * k) + j]);
                    if (v > max)
                    {
                        max = v;
                        best = i;
                    }
                }
                next[j] = max + row[j];
                bp[j] = best;
            }
            next.CopyTo(cur);
        }
        var last = 0;
        for (var j = 1; j < k; j++)
        {
            if (cur[j] > cur[last])
            {
                last = j;
            }
        }
        labels[words - 1] = last;
        for (var w = words - 1; w > 0; w--)
        {
            last = back[(w * k) + last];
            labels[w - 1] = last;
        }
    }

    private static JsonElement Required(JsonElement root, string name, string path) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var value) ? value : throw Invalid(path, $"it has no \"{name}\"");

    private static float[] Row(JsonElement row, int k, string path)
    {
        if (row.GetArrayLength() != k)
        {
            throw Invalid(path, $"every row must have {k} entries");
        }
        var values = new float[k];
        var i = 0;
        foreach (var v in row.EnumerateArray())
        {
            values[i++] = v.GetSingle();
        }
        return values;
    }

    private const string What = "transitions file";
    private const string WithoutIt = "decode labels without a prior";

    private static PiiScanException Invalid(string path, string why) => OptionalModelFile.Invalid(path, What, WithoutIt, why);
}
