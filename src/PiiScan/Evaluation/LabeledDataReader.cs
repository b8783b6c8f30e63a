using System.Text;
using System.Text.Json;
using PiiScan.Text;

namespace PiiScan.Evaluation;

/// <summary>
/// Reads labeled JSONL in either form: <c>{"text": "...", "spans": [{"start","end","type"}]}</c> (code points; an
/// optional <c>"key"</c> names the field or column the value sits under) or <c>{"tokens": [...], "tags": [BIO...]}</c>
/// (tokens joined with single spaces). Gold labels are mapped through the
/// label map; unmapped labels are dropped.
/// </summary>
public static class LabeledDataReader
{
    /// <summary>Parses a label map like <c>PER=PERSON,LOC=LOCATION</c>.</summary>
    public static Dictionary<string, string> ParseLabelMap(string? map)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(map))
        {
            return result;
        }
        foreach (var pair in map.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0 || eq == pair.Length - 1)
            {
                throw new PiiScanException($"--label-map entry '{pair}' must look like GOLD=TYPE, e.g. PER=PERSON.");
            }
            var type = pair[(eq + 1)..];
            if (!Detection.EntityTypes.IsKnown(type))
            {
                throw new PiiScanException($"--label-map maps to unknown type '{type}'.");
            }
            result[pair[..eq]] = Detection.EntityTypes.Normalize(type);
        }
        return result;
    }

    /// <summary>Reads every example of <paramref name="path"/>.</summary>
    /// <param name="path">Labeled JSONL.</param>
    /// <param name="labelMap">Gold label → PiiScan type.</param>
    /// <param name="joinSplitMentions">Token form only: a lone <c>@</c> token followed by a handle token (letters,
    /// digits, <c>_</c>) is written back as the tweet had it, <c>@handle</c> without a space, and when the handle is
    /// an entity the pair becomes one gold span <c>@handle</c> of the handle's type (the Broad Twitter Corpus's
    /// tokenizer split the mention, and its annotation tags the two tokens as separate entities or leaves the
    /// <c>@</c> out; a lone <c>@</c> is never reported by PiiScan).</param>
    /// <param name="skipGluedHandles">Token form only: a token that is a whole mention <c>@handle</c> tagged O is
    /// left out of scoring (<see cref="LabeledExample.Unscored"/>). The Broad Twitter Corpus annotated mentions only
    /// where its tokenizer split them into <c>@</c> and the handle (1,826 of 1,982 in train) and never one it left
    /// glued (0 of 397 in train and dev), though the tweets wrote both alike.</param>
    public static List<LabeledExample> Read(string path, IReadOnlyDictionary<string, string> labelMap, bool joinSplitMentions = false, bool skipGluedHandles = false)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException($"Labeled data '{path}' does not exist: pass a JSONL file to --data.");
        }
        var examples = new List<LabeledExample>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                examples.Add(root.TryGetProperty("tokens", out var tokens)
                    ? FromTokens(tokens, root.GetProperty("tags"), labelMap, joinSplitMentions, skipGluedHandles)
                    : FromSpans(root.GetProperty("text").GetString() ?? "", root.TryGetProperty("spans", out var s) ? s : default, labelMap,
                        root.TryGetProperty("key", out var key) ? key.GetString() ?? "" : ""));
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or ArgumentOutOfRangeException)
            {
                throw new PiiScanException($"{path}: line {lineNo} is not a labeled example ({ex.GetType().Name}); expected text+spans or tokens+tags.");
            }
        }
        return examples;
    }

    private static string? Map(string label, IReadOnlyDictionary<string, string> labelMap)
    {
        if (labelMap.TryGetValue(label, out var mapped))
        {
            return mapped;
        }
        return Detection.EntityTypes.IsKnown(label) ? Detection.EntityTypes.Normalize(label) : null;
    }

    private static LabeledExample FromSpans(string text, JsonElement spans, IReadOnlyDictionary<string, string> labelMap, string key)
    {
        var gold = new List<GoldSpan>();
        if (spans.ValueKind == JsonValueKind.Array)
        {
            foreach (var s in spans.EnumerateArray())
            {
                var type = Map(s.GetProperty("type").GetString() ?? "", labelMap);
                if (type is null)
                {
                    continue;
                }
                var start = CodePoints.ToUtf16Index(text, s.GetProperty("start").GetInt32());
                var end = CodePoints.ToUtf16Index(text, s.GetProperty("end").GetInt32());
                gold.Add(new GoldSpan(start, end, type));
            }
        }
        return new LabeledExample(text, gold, Key: key);
    }

    private static LabeledExample FromTokens(JsonElement tokens, JsonElement tags, IReadOnlyDictionary<string, string> labelMap, bool joinSplitMentions, bool skipGluedHandles)
    {
        var sb = new StringBuilder();
        var gold = new List<GoldSpan>();
        List<UnscoredRange>? unscored = null;
        string? current = null;
        var spanStart = 0;
        var spanEnd = 0;
        var i = 0;
        var tagArray = tags.EnumerateArray().Select(t => t.GetString() ?? "O").ToArray();
        var tokenArray = tokens.EnumerateArray().Select(t => t.GetString() ?? "").ToArray();
        if (tokenArray.Length != tagArray.Length)
        {
            throw new InvalidOperationException("tokens and tags differ in length");
        }
        if (joinSplitMentions)
        {
            JoinSplitMentions(tokenArray, tagArray);
        }
        foreach (var tok in tokenArray)
        {
            if (i > 0 && !(joinSplitMentions && tokenArray[i - 1] == "@" && IsHandle(tok)))
            {
                sb.Append(' ');
            }
            var start = sb.Length;
            sb.Append(tok);
            var end = sb.Length;
            var tag = tagArray[i++];
            if (skipGluedHandles && tag == "O" && tok.Length > 1 && tok[0] == '@' && IsHandle(tok.AsSpan(1)))
            {
                (unscored ??= []).Add(new UnscoredRange(start, end));
            }
            var isBegin = tag.StartsWith("B-", StringComparison.Ordinal);
            var isInside = tag.StartsWith("I-", StringComparison.Ordinal);
            var type = isBegin || isInside ? Map(tag[2..], labelMap) : null;
            if (type is not null && isInside && type == current)
            {
                spanEnd = end;
                continue;
            }
            if (current is not null)
            {
                gold.Add(new GoldSpan(spanStart, spanEnd, current));
            }
            current = type;
            spanStart = start;
            spanEnd = end;
        }
        if (current is not null)
        {
            gold.Add(new GoldSpan(spanStart, spanEnd, current));
        }
        return new LabeledExample(sb.ToString(), gold, unscored);
    }

    private static bool IsHandle(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }
        return token.Length > 0;
    }

    private static void JoinSplitMentions(string[] tokens, string[] tags)
    {
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            if (tokens[i] == "@" && tags[i + 1] != "O" && tags[i + 1].Length > 2 && !tags[i].StartsWith("I-", StringComparison.Ordinal))
            {
                var type = tags[i + 1][2..];
                tags[i] = "B-" + type;
                tags[i + 1] = "I-" + type;
            }
        }
    }
}
