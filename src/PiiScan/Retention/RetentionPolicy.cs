using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace PiiScan.Retention;

/// <summary>
/// A retention policy (YAML, see <c>samples/retention-policy.yaml</c>): data categories matched by path glob and
/// optionally a field value, each with a retention period and an action (<c>delete</c>, <c>redact</c>, <c>keep</c>)
/// once records are past it. The first matching category wins; records no category matches are kept.
/// </summary>
public sealed class RetentionPolicy
{
    private static readonly string[] Actions = ["delete", "redact", "keep"];

    /// <summary>Categories in policy order.</summary>
    public List<RetentionCategory> Categories { get; } = new();

    /// <summary>Default record time field (JSON path or column); null: the scan's, else the file modification time.</summary>
    public string? TimeField { get; set; }

    /// <summary>Loads a policy file; errors name the line.</summary>
    public static RetentionPolicy Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new PiiScanException($"Retention policy '{path}' does not exist (see samples/retention-policy.yaml).");
        }
        using var reader = new StreamReader(path);
        return Parse(reader, path);
    }

    /// <summary>Parses policy YAML.</summary>
    public static RetentionPolicy Parse(TextReader text, string name = "retention policy")
    {
        var yaml = new YamlStream();
        try
        {
            yaml.Load(text);
        }
        catch (YamlException ex)
        {
            throw new PiiScanException($"{name}: invalid YAML at line {ex.Start.Line}: {ex.Message}");
        }
        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw new PiiScanException($"{name}: the policy must be a YAML mapping with 'categories'.");
        }
        var policy = new RetentionPolicy();
        foreach (var (k, v) in root.Children)
        {
            var key = Scalar(name, k);
            switch (key)
            {
                case "version":
                    break;
                case "time_field":
                    policy.TimeField = Scalar(name, v);
                    break;
                case "categories":
                    if (v is not YamlSequenceNode seq)
                    {
                        throw Error(name, v, "'categories' must be a list");
                    }
                    foreach (var item in seq)
                    {
                        policy.Categories.Add(ParseCategory(name, item));
                    }
                    break;
                default:
                    throw Error(name, k, $"unknown key '{key}' (expected version, time_field, categories)");
            }
        }
        if (policy.Categories.Count == 0)
        {
            throw new PiiScanException($"{name}: no categories defined.");
        }
        return policy;
    }

    private static RetentionCategory ParseCategory(string name, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(name, node, "a category must be a mapping with name, match, retain, action");
        }
        string? catName = null, glob = null, field = null, equals = null, retain = null, action = null, timeField = null, after = null, description = null;
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(name, k);
            switch (key)
            {
                case "name": catName = Scalar(name, v); break;
                case "description": description = Scalar(name, v); break;
                case "retain": retain = Scalar(name, v); break;
                case "action": action = Action(name, v); break;
                case "time_field": timeField = Scalar(name, v); break;
                case "after_field": after = Scalar(name, v); break;
                case "match":
                    if (v is not YamlMappingNode m)
                    {
                        throw Error(name, v, "'match' must be a mapping: {path: GLOB, field: NAME, equals: VALUE}");
                    }
                    foreach (var (mk, mv) in m.Children)
                    {
                        switch (Scalar(name, mk))
                        {
                            case "path": glob = Scalar(name, mv); break;
                            case "field": field = Scalar(name, mv); break;
                            case "equals": equals = Scalar(name, mv); break;
                            default: throw Error(name, mk, $"unknown match key '{Scalar(name, mk)}' (expected path, field, equals)");
                        }
                    }
                    break;
                default:
                    throw Error(name, k, $"unknown category key '{key}' (expected name, description, match, retain, action, time_field, after_field)");
            }
        }
        if (catName is null || glob is null || retain is null || action is null)
        {
            throw Error(name, node, "a category needs name, match.path, retain and action");
        }
        if (!RetentionPeriod.IsValid(retain))
        {
            throw Error(name, node, $"retain '{retain}' is not a period like 30d, 12m, 2y");
        }
        if ((field is null) != (equals is null))
        {
            throw Error(name, node, "match.field and match.equals go together");
        }
        return new RetentionCategory
        {
            Name = catName,
            Path = new PathGlob(glob),
            Field = field,
            EqualsValue = equals,
            Retain = retain,
            Action = action,
            TimeField = timeField,
            AfterField = after,
            Description = description,
        };
    }

    private static string Action(string name, YamlNode v)
    {
        var s = Scalar(name, v);
        return Actions.Contains(s) ? s : throw Error(name, v, $"action '{s}' is not delete, redact or keep");
    }

    private static string Scalar(string name, YamlNode node) =>
        node is YamlScalarNode { Value: { } s } ? s : throw Error(name, node, "expected a single value");

    private static PiiScanException Error(string name, YamlNode node, string message) =>
        new($"{name}: line {node.Start.Line}: {message}.");
}
