namespace PiiScan.Text;

/// <summary>Conversions between UTF-16 indexes and Unicode code-point offsets (the findings' unit).</summary>
public static class CodePoints
{
    /// <summary>Number of code points in <paramref name="text"/> (a surrogate pair counts once; a lone surrogate counts once).</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var n = text.Length;
        for (var i = 1; i < text.Length; i++)
        {
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1]))
            {
                n--;
            }
        }
        return n;
    }

    /// <summary>UTF-16 index of code point <paramref name="codePoint"/> in <paramref name="text"/> (inverse of <see cref="Count"/> on a prefix).</summary>
    public static int ToUtf16Index(ReadOnlySpan<char> text, int codePoint)
    {
        var cp = 0;
        var i = 0;
        while (i < text.Length && cp < codePoint)
        {
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            cp++;
        }
        if (cp < codePoint)
        {
            throw new ArgumentOutOfRangeException(nameof(codePoint), "Offset is past the end of the value.");
        }
        return i;
    }
}
