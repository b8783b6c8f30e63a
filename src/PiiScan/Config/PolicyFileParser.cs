using System.Globalization;
using PiiScan.Detection;
using YamlDotNet.RepresentationModel;

namespace PiiScan.Config;

/// <summary>Maps the YAML tree of a policy onto <see cref="PolicyFile"/>, with line-numbered errors.</summary>
internal sealed class PolicyFileParser(string name, PolicyFile policy)
{
    public void Parse(YamlMappingNode root)
    {
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode);
            switch (key)
            {
                case "default_operator":
                    policy.DefaultOperator = ParseOperator(value);
                    break;
                case "operators":
                    foreach (var (t, spec) in Mapping(value, key).Children)
                    {
                        policy.Operators[Type(t)] = ParseOperator(spec);
                    }
                    break;
                case "mask":
                    foreach (var (k, v) in Mapping(value, key).Children)
                    {
                        switch (Scalar(k))
                        {
                            case "keep_last":
                                policy.MaskKeepLast = Int(v);
                                break;
                            case "char":
                                policy.MaskChar = Char(v);
                                break;
                            default:
                                throw Error(k, $"unknown key 'mask.{Scalar(k)}' (expected keep_last, char)");
                        }
                    }
                    break;
                case "thresholds":
                    foreach (var (t, v) in Mapping(value, key).Children)
                    {
                        var tn = Scalar(t);
                        if (tn == "default")
                        {
                            policy.DefaultThreshold = Score(v);
                        }
                        else
                        {
                            policy.Thresholds[Type(t)] = Score(v);
                        }
                    }
                    break;
                case "allow_list":
                    foreach (var item in Sequence(value, key).Children)
                    {
                        policy.AllowList.Add(Scalar(item));
                    }
                    break;
                case "deny_list":
                    foreach (var item in Sequence(value, key).Children)
                    {
                        policy.DenyList.Add(ParseDeny(item));
                    }
                    break;
                case "disabled_types":
                    foreach (var item in Sequence(value, key).Children)
                    {
                        policy.DisabledTypes.Add(Type(item));
                    }
                    break;
                case "phone_region":
                    policy.PhoneRegion = Scalar(value).ToUpperInvariant();
                    break;
                case "field_types":
                    foreach (var (k, t) in Mapping(value, key).Children)
                    {
                        policy.FieldTypes[Scalar(k)] = FieldType(t);
                    }
                    break;
                default:
                    throw Error(keyNode, $"unknown key '{key}' (expected default_operator, operators, mask, thresholds, allow_list, deny_list, disabled_types, phone_region, field_types)");
            }
        }
    }

    private OperatorSpec ParseOperator(YamlNode node)
    {
        if (node is YamlScalarNode)
        {
            return new OperatorSpec { Operator = OperatorName(node) };
        }
        var spec = new OperatorSpec();
        foreach (var (k, v) in Mapping(node, "operator").Children)
        {
            switch (Scalar(k))
            {
                case "operator":
                    spec.Operator = OperatorName(v);
                    break;
                case "with":
                    spec.With = Scalar(v);
                    break;
                case "keep_last":
                    spec.KeepLast = Int(v);
                    break;
                case "char":
                    spec.Char = Char(v).ToString();
                    break;
                default:
                    throw Error(k, $"unknown operator key '{Scalar(k)}' (expected operator, with, keep_last, char)");
            }
        }
        return spec;
    }

    private DenyEntry ParseDeny(YamlNode node)
    {
        string? value = null;
        string? type = null;
        var ignoreCase = false;
        foreach (var (k, v) in Mapping(node, "deny_list item").Children)
        {
            switch (Scalar(k))
            {
                case "value":
                    value = Scalar(v);
                    break;
                case "type":
                    type = Type(v);
                    break;
                case "ignore_case":
                    ignoreCase = Scalar(v) is "true" or "yes";
                    break;
                default:
                    throw Error(k, $"unknown deny_list key '{Scalar(k)}' (expected value, type, ignore_case)");
            }
        }
        if (string.IsNullOrEmpty(value) || type is null)
        {
            throw Error(node, "a deny_list item needs 'value' and 'type'");
        }
        return new DenyEntry(value, type, ignoreCase);
    }

    private string OperatorName(YamlNode node)
    {
        var op = Scalar(node).ToLowerInvariant();
        if (op is not ("replace" or "mask" or "redact" or "pseudonymize" or "fpe" or "hash"))
        {
            throw Error(node, $"unknown operator '{op}' (expected replace, mask, redact, pseudonymize, fpe, hash)");
        }
        return op;
    }

    private string Type(YamlNode node)
    {
        var t = Scalar(node);
        if (!EntityTypes.IsKnown(t))
        {
            throw Error(node, $"unknown entity type '{t}'");
        }
        return EntityTypes.Normalize(t);
    }

    // PERSON, LOCATION, ORGANIZATION or STREET_ADDRESS (the types a whole field value can be), or none.
    private string? FieldType(YamlNode node)
    {
        if (string.Equals(Scalar(node), "none", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        var t = Type(node);
        return Array.IndexOf(Detection.Recognizers.FieldKeyRecognizer.Types, t) >= 0
            ? t
            : throw Error(node, $"field_types: '{t}' is not a type a whole field value is given (expected {string.Join(", ", Detection.Recognizers.FieldKeyRecognizer.Types)} or none)");
    }

    private float Score(YamlNode node)
    {
        if (!float.TryParse(Scalar(node), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s < 0 || s > 1)
        {
            throw Error(node, "a threshold must be a number between 0 and 1");
        }
        return s;
    }

    private int Int(YamlNode node)
    {
        if (!int.TryParse(Scalar(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) || i < 0)
        {
            throw Error(node, "expected a non-negative integer");
        }
        return i;
    }

    private char Char(YamlNode node)
    {
        var s = Scalar(node);
        if (s.Length != 1)
        {
            throw Error(node, "expected a single character");
        }
        return s[0];
    }

    private string Scalar(YamlNode node) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(node, "expected a single value");

    private YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"'{what}' must be a mapping");

    private YamlSequenceNode Sequence(YamlNode node, string what) =>
        node as YamlSequenceNode ?? throw Error(node, $"'{what}' must be a list");

    private PiiScanException Error(YamlNode node, string message) =>
        new($"{name}: line {node.Start.Line}: {message}.");
}
