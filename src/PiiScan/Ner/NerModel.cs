using System.Text.Json;

namespace PiiScan.Ner;

/// <summary>
/// A model directory: <c>model.onnx</c>, <c>vocab.txt</c>, <c>labels.json</c> (BIO labels, index = class id) and
/// <c>config.json</c> (architecture; <c>max_positions</c> bounds the window length), optionally
/// <c>transitions.json</c> (a label-bigram prior for Viterbi decoding, <see cref="BioTransitions"/>) and
/// <c>lexicon.json</c> (a name lexicon prior, <see cref="LexiconPrior"/>) and <c>handle-types.json</c> (which type
/// an <c>@handle</c> names, <see cref="HandleTypePrior"/>).
/// </summary>
public sealed class NerModel
{
    private NerModel(string directory, string[] labels, int maxPositions, string name, BioTransitions? transitions, LexiconPrior? lexicon, HandleTypePrior? handleTypes)
    {
        Transitions = transitions;
        Lexicon = lexicon;
        HandleTypes = handleTypes;
        Directory = directory;
        Labels = labels;
        MaxPositions = maxPositions;
        Name = name;
        EntityOfLabel = new string?[labels.Length];
        IsBegin = new bool[labels.Length];
        InsideOf = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var l = labels[i];
            if (l.Length > 2 && (l[0] == 'B' || l[0] == 'I') && l[1] == '-')
            {
                EntityOfLabel[i] = Detection.EntityTypes.Normalize(l[2..]);
                IsBegin[i] = l[0] == 'B';
            }
        }
        for (var i = 0; i < labels.Length; i++)
        {
            InsideOf[i] = EntityOfLabel[i] is null ? -1 : Array.IndexOf(labels, "I-" + labels[i][2..]);
        }
        Ids = EntityLabelIds.Of(labels);
    }

    /// <summary>The model directory.</summary>
    public string Directory { get; }

    /// <summary>Model name for reports (directory name).</summary>
    public string Name { get; }

    /// <summary>Path of <c>model.onnx</c>.</summary>
    public string OnnxPath => Path.Combine(Directory, "model.onnx");

    /// <summary>Path of <c>vocab.txt</c>.</summary>
    public string VocabPath => Path.Combine(Directory, "vocab.txt");

    /// <summary>Path of <c>config.json</c>.</summary>
    public string ConfigPath => Path.Combine(Directory, "config.json");

    /// <summary>BIO labels by class id.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Entity type of each class (null for O).</summary>
    public string?[] EntityOfLabel { get; }

    /// <summary>True for B- classes.</summary>
    public bool[] IsBegin { get; }

    /// <summary>For each B- or I- class, the I- class of its type (-1 when the model has none, and for O).</summary>
    public int[] InsideOf { get; }

    /// <summary>Class ids of the name types' B- and I- labels.</summary>
    internal EntityLabelIds Ids { get; }

    /// <summary>Label-bigram prior for decoding; null decodes each word's argmax label.</summary>
    public BioTransitions? Transitions { get; }

    /// <summary>Name lexicon prior applied to word log-probabilities before decoding; null when the model has none.</summary>
    public LexiconPrior? Lexicon { get; }

    /// <summary>Handle-type prior applied to the handle of a mention before decoding; null when the model has none.</summary>
    public HandleTypePrior? HandleTypes { get; }

    /// <summary>Longest sequence the model accepts, special tokens included.</summary>
    public int MaxPositions { get; }

    /// <summary>Loads and validates a model directory; a missing or malformed file is a clear <see cref="PiiScanException"/>.</summary>
    public static NerModel Load(string directory)
    {
        var dir = Path.GetFullPath(directory);
        foreach (var file in new[] { "model.onnx", "vocab.txt", "labels.json" })
        {
            if (!File.Exists(Path.Combine(dir, file)))
            {
                throw new PiiScanException($"Model directory '{dir}' has no {file}: pass a model directory to --model, or --no-ner to scan without the model.");
            }
        }
        string[] labels;
        try
        {
            labels = JsonSerializer.Deserialize(File.ReadAllText(Path.Combine(dir, "labels.json")), NerJsonContext.Default.StringArray) ?? [];
        }
        catch (JsonException)
        {
            throw new PiiScanException($"Model directory '{dir}': labels.json must be a JSON array of label names.");
        }
        if (labels.Length == 0 || labels[0] != "O")
        {
            throw new PiiScanException($"Model directory '{dir}': labels.json must start with \"O\".");
        }
        var maxPositions = 256;
        var configPath = Path.Combine(dir, "config.json");
        if (File.Exists(configPath))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(configPath));
            if (doc.RootElement.TryGetProperty("max_positions", out var mp) && mp.TryGetInt32(out var v))
            {
                maxPositions = v;
            }
            else if (doc.RootElement.TryGetProperty("architecture", out var arch) && arch.TryGetProperty("max_positions", out var mp2) && mp2.TryGetInt32(out var v2))
            {
                maxPositions = v2;
            }
        }
        return new NerModel(dir, labels, maxPositions, Path.GetFileName(dir), BioTransitions.Load(dir, labels), LexiconPrior.Load(dir, labels), HandleTypePrior.Load(dir, labels));
    }
}
