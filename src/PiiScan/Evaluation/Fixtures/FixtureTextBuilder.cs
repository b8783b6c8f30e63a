using System.Text;

namespace PiiScan.Evaluation.Fixtures;

/// <summary>Builds one fixture text piece by piece and records the gold span of every planted value (UTF-16 offsets).</summary>
public sealed class FixtureTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<GoldSpan> _spans = [];

    /// <summary>Current length of the text in UTF-16 units.</summary>
    public int Length => _text.Length;

    /// <summary>Appends carrier text that holds no planted value.</summary>
    public FixtureTextBuilder Text(string text)
    {
        _text.Append(text);
        return this;
    }

    /// <summary>
    /// Appends a planted value and records its gold spans. <paramref name="written"/> is the value as the carrier writes it
    /// (line breaks escaped or indented); it defaults to the value itself and must equal it when the value has gold parts.
    /// </summary>
    public FixtureTextBuilder Value(PlantedValue value, string? written = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        written ??= value.Text;
        if (value.Gold is null)
        {
            return Span(written, value.Type);
        }
        if (written != value.Text)
        {
            throw new ArgumentException("A value with gold parts must be written unchanged.", nameof(written));
        }
        var start = _text.Length;
        _text.Append(written);
        foreach (var (offset, length, type) in value.Gold)
        {
            _spans.Add(new GoldSpan(start + offset, start + offset + length, type));
        }
        return this;
    }

    /// <summary>Appends <paramref name="text"/> and records it as a gold span of <paramref name="type"/>.</summary>
    public FixtureTextBuilder Span(string text, string type)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = _text.Length;
        _text.Append(text);
        _spans.Add(new GoldSpan(start, _text.Length, type));
        return this;
    }

    /// <summary>The finished example.</summary>
    public LabeledExample Build() => new(_text.ToString(), [.. _spans]);
}
