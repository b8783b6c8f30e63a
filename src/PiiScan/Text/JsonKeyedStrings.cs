namespace PiiScan.Text;

/// <summary>
/// Walks the string values of JSON text (a request body or tool arguments logged as a string) with the key each sits
/// under: the key before its colon, or for a string in an array, the key of the array (<c>"cc": ["…", "…"]</c>), and
/// the key of the object that holds it (<c>contact</c> for <c>{"contact": {"name": "…"}}</c>). Lenient: it reads
/// what looks like JSON and never throws; ranges are offsets into the text, string contents without their quotes,
/// escapes left as written. No allocation.
/// </summary>
public ref struct JsonKeyedStrings
{
    private const int MaxDepth = 32;

    private readonly ReadOnlySpan<char> _json;
    private int _pos;
    private int _depth;
    private int _pendingStart;
    private int _pendingEnd;
    // Open containers: the key each sits under (start, end; start -1 for none) and whether it is an array.
    private ContainerStack _stack;

    /// <summary>Starts a walk over <paramref name="json"/>.</summary>
    public JsonKeyedStrings(ReadOnlySpan<char> json)
    {
        _json = json;
        _pendingStart = -1;
        _pendingEnd = -1;
    }

    /// <summary>True when <paramref name="value"/>, spaces aside, opens with <c>{"</c>, <c>["</c> or <c>[{</c> and ends with the matching bracket.</summary>
    public static bool LooksLikeJson(ReadOnlySpan<char> value)
    {
        var v = value.Trim();
        if (v.Length < 4)
        {
            return false;
        }
        var close = v[0] switch { '{' => '}', '[' => ']', _ => '\0' };
        if (close == '\0' || v[^1] != close)
        {
            return false;
        }
        var inner = v[1..].TrimStart();
        return !inner.IsEmpty && (inner[0] == '"' || (v[0] == '[' && inner[0] == '{'));
    }

    /// <summary>Content range of the current string value.</summary>
    public (int Start, int End) Value { get; private set; }

    /// <summary>Range of the current value's key (empty, start -1, when it has none).</summary>
    public (int Start, int End) Key { get; private set; }

    /// <summary>Range of the key of the object that holds the current value (start -1 when none, or when the value is in an array).</summary>
    public (int Start, int End) Parent { get; private set; }

    /// <summary>Moves to the next string value; false at the end.</summary>
    public bool MoveNext()
    {
        var json = _json;
        while (_pos < json.Length)
        {
            var c = json[_pos];
            if (c == '"')
            {
                var (start, end, colon) = ReadString(json, _pos);
                _pos = end + 1;
                if (colon >= 0)
                {
                    (_pendingStart, _pendingEnd) = (start, end);
                    _pos = colon + 1;
                    continue;
                }
                var top = _depth is > 0 and <= MaxDepth ? _depth - 1 : -1;
                var inArray = top >= 0 && _stack.IsArray[top];
                Value = (start, end);
                Key = _pendingStart >= 0 ? (_pendingStart, _pendingEnd) : inArray ? (_stack.KeyStart[top], _stack.KeyEnd[top]) : (-1, -1);
                Parent = top >= 0 && !inArray ? (_stack.KeyStart[top], _stack.KeyEnd[top]) : (-1, -1);
                (_pendingStart, _pendingEnd) = (-1, -1);
                return true;
            }
            if (c is '{' or '[')
            {
                if (_depth < MaxDepth)
                {
                    var inArray = _depth > 0 && _stack.IsArray[_depth - 1];
                    (_stack.KeyStart[_depth], _stack.KeyEnd[_depth]) = _pendingStart >= 0 ? (_pendingStart, _pendingEnd)
                        : inArray ? (_stack.KeyStart[_depth - 1], _stack.KeyEnd[_depth - 1]) : (-1, -1);
                    _stack.IsArray[_depth] = c == '[';
                }
                _depth++;
                (_pendingStart, _pendingEnd) = (-1, -1);
            }
            else if (c is '}' or ']')
            {
                _depth = Math.Max(0, _depth - 1);
            }
            else if (c == ',')
            {
                (_pendingStart, _pendingEnd) = (-1, -1);
            }
            _pos++;
        }
        return false;
    }

    /// <summary>
    /// Reads the string whose opening quote is at <paramref name="open"/>: its content range (escapes skipped, cut off
    /// at the end of the text when unclosed) and where the colon after it stands when it is a key, else -1.
    /// </summary>
    internal static (int Start, int End, int Colon) ReadString(ReadOnlySpan<char> json, int open)
    {
        var start = open + 1;
        var end = start;
        while (end < json.Length && json[end] != '"')
        {
            end += json[end] == '\\' ? 2 : 1;
        }
        end = Math.Min(end, json.Length);
        var after = end + 1;
        while (after < json.Length && char.IsWhiteSpace(json[after]))
        {
            after++;
        }
        return (start, end, after < json.Length && json[after] == ':' ? after : -1);
    }

    /// <summary>The current value's key as text (empty when it has none).</summary>
    public readonly ReadOnlySpan<char> KeyText => Key.Start < 0 ? default : _json[Key.Start..Key.End];

    /// <summary>The holding object's key as text (empty when none).</summary>
    public readonly ReadOnlySpan<char> ParentText => Parent.Start < 0 ? default : _json[Parent.Start..Parent.End];

    [System.Runtime.CompilerServices.InlineArray(MaxDepth)]
    private struct IntStack
    {
        private int _element;
    }

    [System.Runtime.CompilerServices.InlineArray(MaxDepth)]
    private struct BoolStack
    {
        private bool _element;
    }

    private struct ContainerStack
    {
        public IntStack KeyStart;
        public IntStack KeyEnd;
        public BoolStack IsArray;
    }
}
