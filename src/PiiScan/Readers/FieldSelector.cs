namespace PiiScan.Readers;

/// <summary>
/// Selects which fields are scanned. A pattern is a dotted path with optional indexes:
/// <c>request.messages[*].content</c>, <c>user.email</c>, <c>items[0]</c>; <c>[*]</c> matches any index and
/// <c>*</c> any key. A pattern also selects everything below it (<c>request</c> selects <c>request.prompt</c>).
/// For CSV and Parquet the patterns are column names. An empty selector selects every string value.
/// </summary>
public sealed class FieldSelector
{
    private readonly Segment[][] _patterns;

    private FieldSelector(Segment[][] patterns, IReadOnlyList<string> raw)
    {
        _patterns = patterns;
        Patterns = raw;
    }

    /// <summary>Selects every string value.</summary>
    public static FieldSelector All { get; } = new([], []);

    /// <summary>The patterns as given.</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>True when every value is selected.</summary>
    public bool IsAll => _patterns.Length == 0;

    /// <summary>Parses patterns; throws <see cref="FormatException"/> with a clear message on a malformed one.</summary>
    public static FieldSelector Parse(IEnumerable<string> patterns)
    {
        var raw = new List<string>();
        var parsed = new List<Segment[]>();
        foreach (var p in patterns)
        {
            foreach (var part in p.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                raw.Add(part);
                parsed.Add(ParsePattern(part));
            }
        }
        return parsed.Count == 0 ? All : new FieldSelector(parsed.ToArray(), raw);
    }

    /// <summary>True when a concrete path (<c>request.messages[1].content</c>, or a column name) is selected.</summary>
    public bool Matches(ReadOnlySpan<char> path)
    {
        if (_patterns.Length == 0)
        {
            return true;
        }
        foreach (var pattern in _patterns)
        {
            if (MatchesPrefix(pattern, path))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a CSV/Parquet column is selected: exact name, or a pattern whose first segment names it.</summary>
    public bool MatchesColumn(string column)
    {
        if (_patterns.Length == 0)
        {
            return true;
        }
        foreach (var raw in Patterns)
        {
            if (string.Equals(raw, column, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return Matches(column);
    }

    private static bool MatchesPrefix(Segment[] pattern, ReadOnlySpan<char> path)
    {
        var pos = 0;
        foreach (var seg in pattern)
        {
            if (!NextSegment(path, ref pos, out var isIndex, out var text))
            {
                return false;
            }
            if (seg.IsIndex != isIndex)
            {
                return false;
            }
            if (seg.Text != "*" && !text.SequenceEqual(seg.Text))
            {
                return false;
            }
        }
        return true;
    }

    // Reads the next segment of a concrete path. Keys are separated by '.', indexes are "[n]".
    private static bool NextSegment(ReadOnlySpan<char> path, ref int pos, out bool isIndex, out ReadOnlySpan<char> text)
    {
        if (pos < path.Length && path[pos] == '.')
        {
            pos++;
        }
        if (pos >= path.Length)
        {
            isIndex = false;
            text = default;
            return false;
        }
        if (path[pos] == '[')
        {
            var close = path[pos..].IndexOf(']');
            if (close < 0)
            {
                isIndex = false;
                text = default;
                return false;
            }
            isIndex = true;
            text = path.Slice(pos + 1, close - 1);
            pos += close + 1;
            return true;
        }
        var end = path[pos..].IndexOfAny('.', '[');
        var len = end < 0 ? path.Length - pos : end;
        isIndex = false;
        text = path.Slice(pos, len);
        pos += len;
        return true;
    }

    private static Segment[] ParsePattern(string pattern)
    {
        var segments = new List<Segment>();
        var pos = 0;
        ReadOnlySpan<char> span = pattern;
        while (NextSegment(span, ref pos, out var isIndex, out var text))
        {
            if (text.IsEmpty)
            {
                throw new FormatException($"Field pattern '{pattern}' has an empty segment.");
            }
            if (isIndex && text is not "*" && !int.TryParse(text, out _))
            {
                throw new FormatException($"Field pattern '{pattern}': index must be a number or [*].");
            }
            segments.Add(new Segment(isIndex, text.ToString()));
        }
        if (segments.Count == 0)
        {
            throw new FormatException($"Field pattern '{pattern}' is empty.");
        }
        return segments.ToArray();
    }

    private readonly record struct Segment(bool IsIndex, string Text);
}
