namespace PiiScan.Ner;

/// <summary>
/// Social-text units: a mention (<c>@handle</c>) or a hashtag (<c>#Name</c>) is a sigil glued to one word, and the
/// decoder labels the pair as ONE unit, so a finding holds the whole mention or hashtag and never half of it, and a
/// mention never runs into the words around it (<c>@ann @bob</c> is two findings, <c>@ann thanks</c> one).
/// Only a sigil that opens a word in prose counts: at the start of the value, after whitespace or an opening or
/// separating mark (<c>(</c>, <c>"</c>, <c>,</c>, <c>:</c> ...); so e-mail addresses (<c>ann@example.com</c>), SSH
/// remotes (<c>git@host</c>) and HTML entities (<c>&amp;#39;</c>) are not units. The unit must end the word: a
/// handle followed by <c>.x</c>, <c>-x</c>, <c>/</c>, <c>:x</c>, <c>(</c>, <c>=</c> or another <c>@</c> is a
/// domain, path, decorator call or package scope (<c>@example.com</c>, <c>@app.route(</c>, <c>@types/node</c>),
/// not a mention. The word needs a letter (<c>#1</c>, <c>@3pm</c> are no units).
/// </summary>
internal static class SigilUnit
{
    /// <summary>Sigil of a mention.</summary>
    public const char Mention = '@';

    /// <summary>Sigil of a hashtag.</summary>
    public const char Hashtag = '#';

    /// <summary>
    /// The sigil (<see cref="Mention"/> or <see cref="Hashtag"/>) when the one-character word at
    /// <paramref name="sigil"/> and the word <paramref name="wordStart"/>..<paramref name="wordEnd"/> form a unit;
    /// otherwise <c>'\0'</c>.
    /// </summary>
    public static char Of(ReadOnlySpan<char> text, int sigil, int wordStart, int wordEnd)
    {
        var c = text[sigil];
        if (c is not (Mention or Hashtag) || wordStart != sigil + 1 || wordEnd <= wordStart)
        {
            return '\0';
        }
        if (!OpensWord(text, sigil))
        {
            return '\0';
        }
        if (wordEnd < text.Length && !Closes(text, wordEnd))
        {
            return '\0';
        }
        foreach (var ch in text[wordStart..wordEnd])
        {
            if (char.IsLetter(ch))
            {
                return c;
            }
        }
        return '\0';
    }

    /// <summary>
    /// True when the one-character word at <paramref name="sigil"/> is an <c>@</c> that opens a word glued to the
    /// word <paramref name="wordStart"/>..<paramref name="wordEnd"/>, and that word, with any dotted parts after it, is
    /// a decorator or annotation: called (<c>@app.route(</c>, <c>@JsonProperty(</c>, <c>@torch.no_grad()</c>), of
    /// three parts or more (<c>@pytest.mark.slow</c>), or dotted on a line of its own (<c>@functools.cache</c> above a
    /// function). Never a name. A dotted handle in prose (<c>cc @maria.gonzalez</c>) is none: its words are left to
    /// the model.
    /// </summary>
    public static bool IsDecorator(ReadOnlySpan<char> text, int sigil, int wordStart, int wordEnd)
    {
        if (!OpensGluedWord(text, sigil, wordStart, wordEnd))
        {
            return false;
        }
        var end = DottedEnd(text, wordEnd, out var dots, out _);
        if (end < text.Length && text[end] == '(')
        {
            return true;
        }
        return dots >= 2 || (dots == 1 && StartsLine(text, sigil));
    }

    /// <summary>
    /// True when the one-character word at <paramref name="sigil"/> is an <c>@</c> that opens a word glued to the
    /// word <paramref name="wordStart"/>..<paramref name="wordEnd"/> and dotted parts that end in a common top-level
    /// domain: a mail domain (<c>plus @paulhastings.com</c>, <c>@example.co.uk</c>), never a name.
    /// </summary>
    public static bool IsDomain(ReadOnlySpan<char> text, int sigil, int wordStart, int wordEnd)
    {
        if (!OpensGluedWord(text, sigil, wordStart, wordEnd))
        {
            return false;
        }
        var end = DottedEnd(text, wordEnd, out var dots, out var lastStart);
        return dots > 0 && TopLevelDomains.Contains(text[lastStart..end]);
    }

    // An '@' that opens a word and is glued to the word wordStart..wordEnd, with text after that word.
    private static bool OpensGluedWord(ReadOnlySpan<char> text, int sigil, int wordStart, int wordEnd) =>
        text[sigil] == Mention && wordStart == sigil + 1 && wordEnd < text.Length && OpensWord(text, sigil);

    // Common top-level domains, lower case (a dotted handle "@maria.gonzalez" ends in none).
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TopLevelDomains =
        System.Collections.Frozen.FrozenSet.ToFrozenSet(
            "com org net edu gov mil int io ai co us uk de fr es it nl be ch at se no dk fi pl pt ie ru cn jp kr in au nz ca br mx ar za info biz dev app me tv cc ly gg xyz cloud tech online site store email".Split(' '),
            StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // End of the dotted parts (".part" runs of letters, digits and '_') that follow position end; their number and
    // where the last one starts.
    private static int DottedEnd(ReadOnlySpan<char> text, int end, out int dots, out int lastStart)
    {
        dots = 0;
        lastStart = end;
        while (end + 1 < text.Length && text[end] == '.' && IsNamePart(text[end + 1]))
        {
            end++;
            lastStart = end;
            while (end < text.Length && IsNamePart(text[end]))
            {
                end++;
            }
            dots++;
        }
        return end;
    }

    private static bool IsNamePart(char c) => char.IsLetterOrDigit(c) || c == '_';

    // Only white space between the start of the line (or text) and position i.
    private static bool StartsLine(ReadOnlySpan<char> text, int i)
    {
        while (i > 0 && text[i - 1] is ' ' or '\t')
        {
            i--;
        }
        return i == 0 || text[i - 1] is '\n' or '\r';
    }

    /// <summary>True when the character at <paramref name="sigil"/> may open a word: the start of the text, or whitespace or an opening or separating mark before it.</summary>
    public static bool OpensWord(ReadOnlySpan<char> text, int sigil) => sigil == 0 || Opens(text, sigil - 1);

    // The character before the sigil lets it open a word: whitespace or an opening/separating mark; '.' only as the
    // reply-to-all form ".@handle" at the start of a word.
    private static bool Opens(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsWhiteSpace(c))
        {
            return true;
        }
        if (c == '.')
        {
            return i == 0 || char.IsWhiteSpace(text[i - 1]);
        }
        return c is '(' or '[' or '{' or '<' or '>' or '"' or '\'' or ',' or ';' or ':' or '!' or '?' or '*' or '|'
            or '\u201C' or '\u2018' or '\u00AB' or '\u300C';
    }

    // The character after the word lets the unit end there: anything but a joiner that continues an address, path or
    // call ('.', '-', ':' or '/' followed by a letter or digit, '/' itself, '(', '=', '@').
    private static bool Closes(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c is '@' or '(' or '=' or '/')
        {
            return false;
        }
        if (c is '.' or '-' or ':')
        {
            return i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
        }
        return true;
    }
}
