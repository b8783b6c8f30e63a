namespace PiiScan.Ner;

/// <summary>
/// ALL-CAPS values (support tickets, form fields, shouted posts: <c>JOHN SMITH CALLED FROM TORONTO</c>) and ALL-CAPS
/// runs of three words or more inside other text (<c>urgent: PLEASE CALL JOHN SMITH asap</c>) are read by the
/// model in lower case: the network saw lower-cased text in training (lower-cased corpora, synthetic variants) far
/// more than upper-cased text, and every upper-case word looks like an acronym or a name to it (upper-cased gum/gmb
/// dev: micro F1 0.13/0.21 as written, 0.39/0.44 lower-cased). Lower-casing maps each UTF-16 char to one char, so token
/// offsets stay offsets into the original value; the lexicon and the span rules still see the original text.
/// </summary>
internal static class ShoutedText
{
    // At least this many upper-case letters, and at most one lower-case letter per ten of them, in two words or more.
    private const int MinUpper = 8;
    private const int UpperPerLower = 10;

    /// <summary>
    /// The value as the model reads it: lower-cased when written in capitals (<see cref="IsShouted"/>), else with its
    /// capital runs lower-cased (<see cref="TryLowerRuns"/>), else as it is. A lower-cased copy lives in the scratch
    /// buffer until the next call.
    /// </summary>
    public static ReadOnlySpan<char> AsModelReads(ReadOnlySpan<char> text, NerScratch s) =>
        IsShouted(text) ? Lower(text, s) : TryLowerRuns(text, s, out var lowered) ? lowered : text;

    /// <summary>True when the value is written in capitals: mostly upper-case letters in at least two words.</summary>
    public static bool IsShouted(ReadOnlySpan<char> text)
    {
        int upper = 0, lower = 0, words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetter(c);
            if (letter && !inWord)
            {
                words++;
            }
            inWord = letter;
            if (char.IsUpper(c))
            {
                upper++;
            }
            else if (char.IsLower(c))
            {
                lower++;
            }
        }
        return upper >= MinUpper && words >= 2 && lower * UpperPerLower <= upper;
    }

    // A run of this many consecutive ALL-CAPS words (2+ letters each; digits and punctuation between them do not
    // break it) is shouting, not acronyms (`IBM PC` stays as written).
    private const int MinRunWords = 3;

    /// <summary>
    /// The value with every run of <see cref="MinRunWords"/>+ consecutive ALL-CAPS words lower-cased, char by char,
    /// in the scratch buffer; false (and <paramref name="lowered"/> empty) when it has no such run.
    /// </summary>
    public static bool TryLowerRuns(ReadOnlySpan<char> text, NerScratch s, out ReadOnlySpan<char> lowered)
    {
        lowered = default;
        var copied = false;
        var runStart = -1; // start of the current run of capital words
        var runWords = 0;
        var runEnd = 0;
        var i = 0;
        while (true)
        {
            while (i < text.Length && !char.IsLetter(text[i]))
            {
                i++;
            }
            var start = i;
            var capitals = true;
            while (i < text.Length && char.IsLetter(text[i]))
            {
                capitals &= char.IsUpper(text[i]);
                i++;
            }
            if (start < text.Length && capitals && i - start == 1 && runWords > 0)
            {
                continue; // "I", "A" inside a run neither count nor break it
            }
            if (start < text.Length && capitals && i - start >= 2)
            {
                runStart = runWords == 0 ? start : runStart;
                runWords++;
                runEnd = i;
                continue;
            }
            if (runWords >= MinRunWords)
            {
                if (!copied)
                {
                    s.CopyToModelText(text);
                    copied = true;
                }
                LowerInto(text[runStart..runEnd], s.ModelText.AsSpan(runStart));
            }
            runWords = 0;
            if (start >= text.Length)
            {
                break;
            }
        }
        if (copied)
        {
            lowered = s.ModelText.AsSpan(0, text.Length);
        }
        return copied;
    }

    /// <summary>The value lower-cased char by char (invariant culture) into the scratch buffer.</summary>
    public static ReadOnlySpan<char> Lower(ReadOnlySpan<char> text, NerScratch s)
    {
        var lower = s.ModelTextOf(text.Length);
        LowerInto(text, lower);
        return lower;
    }

    private static void LowerInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = char.ToLowerInvariant(text[i]);
        }
    }
}
