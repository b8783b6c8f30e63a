namespace PiiScan.Ner;

/// <summary>
/// Where the words of a value (<see cref="NerScratch"/>'s word buffers) break: a sentence's full stop, a CSV row's
/// comma, a table cell or field separator, a line; and which words open a sentence.
/// </summary>
internal static class WordBreaks
{
    // Word w follows a sentence's full stop: word w - 1 is a '.' glued to a word of 4+ letters that is no abbreviation
    // ("München. Meine IBAN"; not "St. Louis", "D. C.", "Warner Bros. Pictures"), and whitespace comes before w.
    internal static bool EndsSentence(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        if (w < 2 || !char.IsWhiteSpace(text[s.WordEnd[w - 1]]))
        {
            return false;
        }
        var period = s.Tokens[s.WordToken[w - 1]].Start;
        if (s.WordEnd[w - 1] - period != 1 || text[period] != '.' || s.WordEnd[w - 2] != period)
        {
            return false;
        }
        var before = s.WordText(text, w - 2);
        foreach (var c in before)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return before.Length >= 4 && !Abbreviations.Contains(before);
    }

    // Word w - 1 is a comma glued to letters on both sides: a CSV row's separator ("1,Oliver,Schmidt,Graz"), not a
    // thousands separator ("1,000") or prose ("Schmidt, Oliver").
    internal static bool IsGluedComma(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        if (w < 2)
        {
            return false;
        }
        var comma = s.Tokens[s.WordToken[w - 1]].Start;
        return text[comma] == ',' && s.WordEnd[w - 1] == comma + 1 && s.WordEnd[w - 2] == comma
            && s.Tokens[s.WordToken[w]].Start == comma + 1 && char.IsLetter(text[comma - 1]) && char.IsLetter(text[comma + 1]);
    }

    // Abbreviations of 4+ letters that names continue after ("Warner Bros. Pictures", "Intl. Airport").
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Abbreviations =
        System.Collections.Frozen.FrozenSet.Create(StringComparer.Ordinal,
            ["Corp", "Bros", "Univ", "Dept", "Assn", "Intl", "Natl", "Govt", "Ltda", "Hosp", "Inst", "Blvd", "Mgmt", "Svcs", "Mfrs", "Cres", "Pkwy", "Sept", "Prof", "Capt", "Cmdr", "Supt", "Msgr", "Mlle"])
            .GetAlternateLookup<ReadOnlySpan<char>>();

    internal static readonly System.Buffers.SearchValues<char> CellSeparators = System.Buffers.SearchValues.Create("|\t");

    private static readonly System.Buffers.SearchValues<char> LineOrCellBreaks = System.Buffers.SearchValues.Create("\n\r|\t");

    // A line break, '|' or a tab between word w (w > 0) and the word before it.
    internal static bool BreakBefore(ReadOnlySpan<char> text, NerScratch s, int w) => s.GapAfter(text, w - 1).ContainsAny(LineOrCellBreaks);

    // Every span ends before word w (w > 0): a line break or cell separator (BreakBefore), a quote between two strings
    // of JSON text (json), a sentence's full stop, a comma glued between words as in a CSV row, or a dash between a
    // name of two capitalized words and a capitalized word, spaces on both sides ("Odette Brennan - Paper Boats", an
    // artist and a title; not the hyphens of tokenized corpora, "Coca - Cola", "Muqtada al - Sadr").
    internal static bool SpanBreakBefore(ReadOnlySpan<char> text, NerScratch s, int w, bool json) =>
        BreakBefore(text, s, w) || (json && s.GapAfter(text, w - 1).Contains('"')) || EndsSentence(text, s, w) || IsGluedComma(text, s, w)
        || SeparatingDash(text, s, w) || SeparatingDash(text, s, w - 1);

    // Word w is a hyphen, an en dash or an em dash with a space on each side, after two capitalized words one space
    // apart and before a capitalized word.
    private static bool SeparatingDash(ReadOnlySpan<char> text, NerScratch s, int w) =>
        w >= 2 && s.WordText(text, w) is "-" or "\u2013" or "\u2014" && s.GapAfter(text, w - 1) is " " && s.GapAfter(text, w - 2) is " "
        && s.WordEnd[w] < text.Length && text[s.WordEnd[w]] == ' ' && s.WordEnd[w] + 1 < text.Length
        && char.IsUpper(text[s.WordEnd[w] + 1]) && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w - 1)) && ChatDisplayName.IsCapitalizedWord(s.WordText(text, w - 2));

    // Punctuation that ends a clause after a name in prose ("Phi - 3 - mini", "Britt 's" are none).
    private static readonly System.Buffers.SearchValues<char> ClauseEnds = System.Buffers.SearchValues.Create(".,!?;:)");

    // Running prose goes on after word w: it ends the value, or a lower-case word follows one space on, or a clause's
    // punctuation does.
    internal static bool ProseFollows(ReadOnlySpan<char> text, NerScratch s, int w, int words)
    {
        if (w + 1 >= words)
        {
            return true;
        }
        var after = s.WordText(text, w + 1);
        return !after.ContainsAnyExceptInRange('a', 'z') ? s.GapAfter(text, w) is " " : after.Length == 1 && ClauseEnds.Contains(after[0]);
    }

    // Word w opens the value, a line, a table cell or a sentence: a line break, '|' or a tab before it, or the word
    // before it ends a sentence (. ! ? :) or opens a quote, a bracket or a list item.
    internal static bool OpensSentence(ReadOnlySpan<char> text, NerScratch s, int w)
    {
        if (w == 0)
        {
            return true;
        }
        if (BreakBefore(text, s, w))
        {
            return true;
        }
        var previous = s.WordText(text, w - 1);
        return previous.Length == 1 && previous[0] is '.' or '!' or '?' or ':' or '"' or '\u201C' or '(' or '[' or '-' or '*' or '\u2022' or '>';
    }
}
