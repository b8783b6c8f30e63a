using Bogus;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// The carriers of the fixture corpus: a log line, a chat prompt, a JSON or YAML config snippet, a CSV header + row.
/// Hard negatives always come before the planted values and each value directly follows its own key or lead phrase,
/// so the nearest context word of a value is its own (as in real logs, where the key names the value).
/// </summary>
public static class FixtureCarriers
{
    /// <summary><c>ts LEVEL [svc] event negatives key=value ... status=200</c>; values with spaces are quoted, line breaks escaped.</summary>
    public static LabeledExample LogLine(Randomizer r, string header, IReadOnlyList<string> negatives, IReadOnlyList<PlantedValue> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(negatives);
        ArgumentNullException.ThrowIfNull(values);
        var b = new FixtureTextBuilder().Text(header);
        foreach (var n in negatives)
        {
            b.Text(" ").Text(n);
        }
        foreach (var v in values)
        {
            var written = v.Text.Replace("\n", "\\n", StringComparison.Ordinal);
            var quote = written.Contains(' ', StringComparison.Ordinal) ? "\"" : "";
            b.Text($" {v.Key}={quote}").Value(v, written).Text(quote);
        }
        return b.Text(r.ArrayElement([" status=200", " ok", $" latency_ms={r.Number(1, 999)}", ""])).Build();
    }

    /// <summary>A user turn of a chat prompt in prose: <c>Hi, I'm NAME. PHRASE VALUE, ... ASK</c>.</summary>
    public static LabeledExample Chat(Randomizer r, string name, IReadOnlyList<string> negatives, IReadOnlyList<PlantedValue> values, string ask)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(negatives);
        ArgumentNullException.ThrowIfNull(values);
        var b = new FixtureTextBuilder().Text(r.ArrayElement(["User: ", "", "[user] ", "Human: "])).Text($"Hi, I'm {name}. ");
        if (negatives.Count > 0)
        {
            b.Text("The logs say ").Text(string.Join(", ", negatives)).Text(". ");
        }
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            b.Text(i == 0 ? "" : "also ").Text(v.Phrase).Text(v.SingleLine ? " " : "\n").Value(v).Text(v.SingleLine ? ", " : "\n");
        }
        return b.Text(ask).Build();
    }

    /// <summary>A one-line JSON config object; line breaks in values are escaped as <c>\n</c>.</summary>
    public static LabeledExample Json(Randomizer r, string service, IReadOnlyList<string> negatives, IReadOnlyList<PlantedValue> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(negatives);
        ArgumentNullException.ThrowIfNull(values);
        var b = new FixtureTextBuilder().Text($"{{\"service\": \"{service}\", \"env\": \"{r.ArrayElement(["prod", "staging", "dev"])}\"");
        for (var i = 0; i < negatives.Count; i++)
        {
            b.Text($", \"note{i}\": \"{negatives[i].Replace("\"", "\\\"", StringComparison.Ordinal)}\"");
        }
        foreach (var v in values)
        {
            b.Text($", \"{v.Key}\": \"").Value(v, v.Text.Replace("\n", "\\n", StringComparison.Ordinal)).Text("\"");
        }
        return b.Text($", \"retries\": {r.Number(1, 5)}}}").Build();
    }

    /// <summary>A YAML config snippet; multi-line values become indented block scalars.</summary>
    public static LabeledExample Yaml(Randomizer r, string service, IReadOnlyList<string> negatives, IReadOnlyList<PlantedValue> values)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(negatives);
        ArgumentNullException.ThrowIfNull(values);
        var b = new FixtureTextBuilder().Text($"service: {service}\n");
        foreach (var n in negatives)
        {
            b.Text("# ").Text(n).Text("\n");
        }
        foreach (var v in values)
        {
            if (v.SingleLine)
            {
                b.Text($"{v.Key}: ").Value(v).Text("\n");
            }
            else
            {
                b.Text($"{v.Key}: |\n  ").Value(v, v.Text.Replace("\n", "\n  ", StringComparison.Ordinal)).Text("\n");
            }
        }
        return b.Text($"timeout: {r.Number(5, 60)}s").Build();
    }

    /// <summary>A CSV header and one row, the value first: <c>KEY,name,plan</c>; a value holding a comma is quoted.</summary>
    public static LabeledExample Csv(Randomizer r, string name, PlantedValue value)
    {
        ArgumentNullException.ThrowIfNull(r);
        ArgumentNullException.ThrowIfNull(value);
        var quote = value.Text.Contains(',', StringComparison.Ordinal) ? "\"" : "";
        return new FixtureTextBuilder().Text($"{value.Key},name,plan\n{quote}").Value(value).Text($"{quote},{name},{r.ArrayElement(["free", "pro", "enterprise"])}").Build();
    }
}
