namespace PiiScan.Detection;

/// <summary>
/// The parts of a field key that say what its value is: keys are split into lower-case parts at <c>_</c>, <c>-</c>,
/// <c>.</c>, spaces, digits and lower-to-upper case changes (<c>billing_city</c>, <c>contactFirstName</c>,
/// <c>Customer Name</c>). Used by <see cref="Recognizers.FieldKeyRecognizer"/> for keys it does not list and by the
/// NER decoder's key hints.
/// </summary>
internal static class FieldKeyParts
{
    /// <summary>Longer keys have no head (<see cref="Head"/> returns 0).</summary>
    public const int MaxKey = 64;

    /// <summary>
    /// Writes the part of <paramref name="key"/> that says what its value is, lower-cased, to <paramref name="head"/>
    /// (at least <see cref="MaxKey"/> chars) and returns its length (0 for none): the last part (<c>billing_city</c>:
    /// <c>city</c>), or the part before a last <c>name</c>, then <paramref name="named"/> is true
    /// (<c>customer_name</c>, <c>contactFirstName</c>: <c>customer</c>, <c>first</c>), or for a bare <c>name</c> the
    /// head of <paramref name="parent"/>, named (<c>"contact": {"name": …}</c>: <c>contact</c>).
    /// </summary>
    public static int Head(ReadOnlySpan<char> key, ReadOnlySpan<char> parent, Span<char> head, out bool named)
    {
        named = false;
        if (key.Length > MaxKey)
        {
            return 0;
        }
        var (lastStart, lastEnd, prevStart, prevEnd) = LastTwoParts(key, head);
        var last = head[lastStart..lastEnd];
        if (last is not ("name" or "names"))
        {
            last.CopyTo(head);
            return last.Length;
        }
        named = true;
        if (prevEnd > prevStart)
        {
            head[prevStart..prevEnd].CopyTo(head);
            return prevEnd - prevStart;
        }
        return parent.IsEmpty ? 0 : Head(parent, default, head, out _);
    }

    /// <summary>
    /// The key of the object that holds the field at <paramref name="path"/> (<c>contact</c> for
    /// <c>ticket.contact.name</c>, <c>attendees</c> for <c>attendees[2].name</c>), or empty.
    /// </summary>
    public static ReadOnlySpan<char> ParentOf(ReadOnlySpan<char> path)
    {
        var dot = path.LastIndexOf('.');
        if (dot <= 0)
        {
            return default;
        }
        var parent = path[..dot];
        while (parent.Length > 0 && parent[^1] == ']' && parent.LastIndexOf('[') is >= 0 and var open)
        {
            parent = parent[..open];
        }
        return parent[(parent.LastIndexOf('.') + 1)..];
    }

    // Lower-cases key into buffer and returns the ranges of its last two parts (empty ranges when missing).
    private static (int LastStart, int LastEnd, int PrevStart, int PrevEnd) LastTwoParts(ReadOnlySpan<char> key, Span<char> buffer)
    {
        int lastStart = 0, lastEnd = 0, prevStart = 0, prevEnd = 0;
        var partStart = -1;
        for (var i = 0; i <= key.Length; i++)
        {
            var c = i < key.Length ? key[i] : '\0';
            var letter = char.IsLetter(c);
            var boundary = !letter || (partStart >= 0 && char.IsUpper(c) && i > 0 && char.IsLower(key[i - 1]));
            if (boundary && partStart >= 0)
            {
                (prevStart, prevEnd) = (lastStart, lastEnd);
                (lastStart, lastEnd) = (partStart, i);
                partStart = -1;
            }
            if (letter)
            {
                buffer[i] = char.ToLowerInvariant(c);
                partStart = partStart < 0 ? i : partStart;
            }
        }
        return (lastStart, lastEnd, prevStart, prevEnd);
    }

    /// <summary>
    /// Writes the lower-case ASCII letters and digits of <paramref name="key"/> to <paramref name="folded"/> (at least
    /// its length), separators and case dropped (<c>First-Name</c>: <c>firstname</c>), and returns their count: how
    /// keys are compared with listed ones.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> key, Span<char> folded)
    {
        var n = 0;
        foreach (var c in key)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                folded[n++] = char.ToLowerInvariant(c);
            }
        }
        return n;
    }
}
