using System.Text.Json;

namespace PiiScan.Ner;

/// <summary>
/// Handle-type prior of a model (<c>handle-types.json</c>, written by <c>models/train/handle_types.py</c>): a
/// multinomial logistic regression over the spelling of an <c>@handle</c> (character 2- to 5-grams of the lower-cased
/// handle between <c>^</c> and <c>$</c>, its <see cref="HandleParts"/>, first and last part, and its shape) that says
/// which entity type a mention names: <c>@BBCNews</c> an organization, <c>@jane_doe88</c> a person. Before decoding,
/// <see cref="Weight"/> times the centered log-probabilities of the types are added to the handle word's labels of
/// each type (O untouched): the prior moves a mention between types and leaves whether it is an entity to the network
/// and the mention bonus. Only handles of ASCII letters, digits and <c>_</c> with a letter (Twitter's alphabet) are
/// scored.
/// </summary>
public sealed class HandleTypePrior
{
    /// <summary>File name inside a model directory.</summary>
    public const string FileName = "handle-types.json";

    /// <summary>Longest handle that is scored (the stack buffers stay small; Twitter allows 15 characters).</summary>
    public const int MaxHandle = 64;

    private const int MaxTypes = 8;
    private const int MaxKey = MaxHandle + 8;

    private readonly Dictionary<string, float[]>.AlternateLookup<ReadOnlySpan<char>> _features;
    private readonly float[] _bias;
    private readonly int[][] _labelsOfType;

    private HandleTypePrior(Dictionary<string, float[]> features, float[] bias, int[][] labelsOfType, float weight)
    {
        _features = features.GetAlternateLookup<ReadOnlySpan<char>>();
        _bias = bias;
        _labelsOfType = labelsOfType;
        Weight = weight;
        Count = features.Count;
    }

    /// <summary>Weight of the centered type log-probabilities added to a handle's labels.</summary>
    public float Weight { get; }

    /// <summary>Number of features with weights.</summary>
    public int Count { get; }

    /// <summary>
    /// Reads <c>{"types":["PERSON",...],"weight":w,"bias":[...],"features":{"c:^bb":[...],...}}</c> (one weight per
    /// type); null when the directory has no such file. Every type needs <c>B-</c>/<c>I-</c> labels in
    /// <paramref name="labels"/>.
    /// </summary>
    /// <exception cref="PiiScanException">The file is malformed.</exception>
    public static HandleTypePrior? Load(string directory, IReadOnlyList<string> labels) =>
        OptionalModelFile.Load(directory, FileName, "handle-type file", "decode without the handle-type prior", (root, _) =>
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("types", out var typesJson)
                || !root.TryGetProperty("bias", out var biasJson) || !root.TryGetProperty("features", out var featuresJson))
            {
                throw new FormatException("it needs \"types\", \"bias\" and \"features\"");
            }
            var types = new List<string>();
            foreach (var t in typesJson.EnumerateArray())
            {
                types.Add(t.GetString() ?? "");
            }
            var bias = ReadVector(biasJson, types.Count, "bias");
            var features = new Dictionary<string, float[]>(StringComparer.Ordinal);
            foreach (var p in featuresJson.EnumerateObject())
            {
                features[p.Name] = ReadVector(p.Value, types.Count, p.Name);
            }
            var weight = root.TryGetProperty("weight", out var weightJson) ? weightJson.GetSingle() : 1f;
            return Create(types, bias, features, labels, weight);
        });

    /// <summary>Builds a prior from its parts (see <see cref="Load"/>).</summary>
    /// <exception cref="ArgumentException">A type without labels, mismatched vector lengths, or a weight that is not a finite number ≥ 0.</exception>
    public static HandleTypePrior Create(IReadOnlyList<string> types, float[] bias, Dictionary<string, float[]> features, IReadOnlyList<string> labels, float weight)
    {
        if (types.Count is 0 or > MaxTypes || bias.Length != types.Count || !(weight >= 0) || float.IsInfinity(weight))
        {
            throw new ArgumentException($"1 to {MaxTypes} types, one bias per type and a finite weight ≥ 0 are required.");
        }
        var labelsOfType = new int[types.Count][];
        for (var t = 0; t < types.Count; t++)
        {
            var b = LexiconPrior.IndexOf(labels, "B-" + types[t]);
            var i = LexiconPrior.IndexOf(labels, "I-" + types[t]);
            labelsOfType[t] = b >= 0 && i >= 0 ? [b, i] : throw new ArgumentException($"type {types[t]} has no B-/I- labels in the model.");
        }
        foreach (var (name, vector) in features)
        {
            if (vector.Length != types.Count)
            {
                throw new ArgumentException($"feature {name} needs {types.Count} weights.");
            }
        }
        return new HandleTypePrior(new Dictionary<string, float[]>(features, StringComparer.Ordinal), bias, labelsOfType, weight);
    }

    /// <summary>True for a handle the prior scores: ASCII letters, digits and <c>_</c>, a letter, at most <see cref="MaxHandle"/> characters.</summary>
    public static bool IsScorable(ReadOnlySpan<char> handle) =>
        handle.Length is > 0 and <= MaxHandle
        && !handle.ContainsAnyExcept(HandleChars)
        && handle.ContainsAnyExcept(DigitsAndUnderscore);

    private static readonly System.Buffers.SearchValues<char> HandleChars =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_");

    private static readonly System.Buffers.SearchValues<char> DigitsAndUnderscore = System.Buffers.SearchValues.Create("0123456789_");

    /// <summary>
    /// Type log-probabilities of <paramref name="handle"/> (one per type, in the file's order) into
    /// <paramref name="logProbs"/>; false (and no change) when the handle is not scorable.
    /// </summary>
    public bool Score(ReadOnlySpan<char> handle, Span<float> logProbs)
    {
        if (!IsScorable(handle))
        {
            return false;
        }
        var n = _bias.Length;
        var z = logProbs[..n];
        _bias.CopyTo(z);
        Span<char> key = stackalloc char[MaxKey];
        Span<char> framed = stackalloc char[handle.Length + 2];
        framed[0] = '^';
        handle.ToLowerInvariant(framed[1..^1]);
        framed[^1] = '$';
        for (var size = 2; size <= 5; size++)
        {
            for (var i = 0; i + size <= framed.Length; i++)
            {
                Add(z, key, "c:", framed.Slice(i, size));
            }
        }
        var lower = framed[1..^1];
        var parts = 0;
        var pos = 0;
        int lastStart = 0, lastEnd = 0;
        while (HandleParts.Next(handle, ref pos, out var start, out var end))
        {
            Add(z, key, "p:", lower[start..end]);
            if (parts == 0)
            {
                Add(z, key, "f:", lower[start..end]);
            }
            (lastStart, lastEnd) = (start, end);
            parts++;
        }
        if (parts > 0)
        {
            Add(z, key, "l:", lower[lastStart..lastEnd]);
        }
        Span<char> count = stackalloc char[1];
        count[0] = (char)('0' + Math.Min(parts, 4));
        Add(z, key, "n:", count);
        if (handle.Contains('_'))
        {
            Add(z, key, "s:", "_");
        }
        if (handle.ContainsAnyInRange('0', '9'))
        {
            Add(z, key, "s:", "digit");
        }
        if (!handle.ContainsAnyInRange('a', 'z'))
        {
            Add(z, key, "s:", "caps");
        }
        else if (!handle.ContainsAnyInRange('A', 'Z'))
        {
            Add(z, key, "s:", "lower");
        }
        if (char.IsAsciiLetterUpper(handle[0]))
        {
            Add(z, key, "s:", "cap");
        }
        var max = float.NegativeInfinity;
        foreach (var v in z)
        {
            max = MathF.Max(max, v);
        }
        var sum = 0f;
        foreach (var v in z)
        {
            sum += MathF.Exp(v - max);
        }
        var log = max + MathF.Log(sum);
        for (var t = 0; t < n; t++)
        {
            z[t] -= log;
        }
        return true;
    }

    /// <summary>
    /// Adds <see cref="Weight"/> times the centered type log-probabilities of <paramref name="handle"/> to the
    /// <c>B-</c> and <c>I-</c> labels of each type in <paramref name="logProbs"/> (<c>[K]</c>); O and other labels stay.
    /// No change for a handle that is not scorable.
    /// </summary>
    public void Apply(ReadOnlySpan<char> handle, Span<float> logProbs)
    {
        Span<float> type = stackalloc float[MaxTypes];
        if (Weight == 0 || !Score(handle, type))
        {
            return;
        }
        var n = _bias.Length;
        var mean = 0f;
        for (var t = 0; t < n; t++)
        {
            mean += type[t];
        }
        mean /= n;
        for (var t = 0; t < n; t++)
        {
            foreach (var label in _labelsOfType[t])
            {
                logProbs[label] += Weight * (type[t] - mean);
            }
        }
    }

    // Adds the weights of feature prefix + text, when listed.
    private void Add(Span<float> z, Span<char> key, string prefix, ReadOnlySpan<char> text)
    {
        prefix.CopyTo(key);
        text.CopyTo(key[prefix.Length..]);
        if (_features.TryGetValue(key[..(prefix.Length + text.Length)], out var w))
        {
            for (var t = 0; t < z.Length; t++)
            {
                z[t] += w[t];
            }
        }
    }

    private static float[] ReadVector(JsonElement json, int length, string what)
    {
        if (json.ValueKind != JsonValueKind.Array || json.GetArrayLength() != length)
        {
            throw new FormatException($"\"{what}\" needs {length} numbers");
        }
        var v = new float[length];
        var i = 0;
        foreach (var x in json.EnumerateArray())
        {
            v[i++] = x.GetSingle();
        }
        return v;
    }
}
