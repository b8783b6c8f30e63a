using System.Text;

namespace PiiScan.Writers;

/// <summary>
/// Encodes a replacement value as a JSON string token. Escaping: <c>"</c> and <c>\</c> as <c>\"</c> and <c>\\</c>;
/// control characters below U+0020 as <c>\b \f \n \r \t</c> or <c>\u00XX</c>; lone surrogates as <c>\uXXXX</c>;
/// everything else (non-ASCII included, and <c>/</c>) is written as plain UTF-8. No other escapes are added.
/// </summary>
internal static class JsonStringEncoder
{
    /// <summary>Writes <c>"value"</c> to <paramref name="output"/>.</summary>
    public static void Write(ReadOnlySpan<char> value, OutputBuffer output)
    {
        // Worst case: every char becomes \uXXXX (6 bytes); plus quotes.
        var span = output.GetSpan((value.Length * 6) + 2);
        var n = Encode(value, span);
        output.Advance(n);
    }

    /// <summary>Encodes into <paramref name="dest"/> (at least 6 bytes per char + 2) and returns the length.</summary>
    public static int Encode(ReadOnlySpan<char> value, Span<byte> dest)
    {
        var pos = 0;
        dest[pos++] = (byte)'"';
        var i = 0;
        while (i < value.Length)
        {
            // Fast path: a run of chars that need no escaping.
            var run = value[i..].IndexOfAny(NeedsEscape);
            var plain = run < 0 ? value[i..] : value.Slice(i, run);
            if (!plain.IsEmpty)
            {
                pos += Encoding.UTF8.GetBytes(plain, dest[pos..]);
                i += plain.Length;
                if (run < 0)
                {
                    break;
                }
            }
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                pos += Encoding.UTF8.GetBytes(value.Slice(i, 2), dest[pos..]);
                i += 2;
                continue;
            }
            dest[pos++] = (byte)'\\';
            switch (c)
            {
                case '"': dest[pos++] = (byte)'"'; break;
                case '\\': dest[pos++] = (byte)'\\'; break;
                case '\n': dest[pos++] = (byte)'n'; break;
                case '\r': dest[pos++] = (byte)'r'; break;
                case '\t': dest[pos++] = (byte)'t'; break;
                case '\b': dest[pos++] = (byte)'b'; break;
                case '\f': dest[pos++] = (byte)'f'; break;
                default:
                    dest[pos++] = (byte)'u';
                    pos += WriteHex4(c, dest[pos..]);
                    break;
            }
            i++;
        }
        dest[pos++] = (byte)'"';
        return pos;
    }

    private static int WriteHex4(char c, Span<byte> dest)
    {
        const string hex = "0123456789abcdef";
        dest[0] = (byte)hex[(c >> 12) & 0xF];
        dest[1] = (byte)hex[(c >> 8) & 0xF];
        dest[2] = (byte)hex[(c >> 4) & 0xF];
        dest[3] = (byte)hex[c & 0xF];
        return 4;
    }

    private static readonly System.Buffers.SearchValues<char> NeedsEscape = System.Buffers.SearchValues.Create(BuildEscapeSet());

    private static string BuildEscapeSet()
    {
        var sb = new StringBuilder();
        for (var c = 0; c < 0x20; c++)
        {
            sb.Append((char)c);
        }
        sb.Append('"').Append('\\');
        for (var c = 0xD800; c <= 0xDFFF; c++)
        {
            sb.Append((char)c);
        }
        return sb.ToString();
    }
}
