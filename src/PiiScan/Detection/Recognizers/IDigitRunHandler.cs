namespace PiiScan.Detection.Recognizers;

/// <summary>
/// A recognizer whose candidates are anchored on digit runs. <see cref="DigitRunDispatcher"/> finds the digits
/// and calls <see cref="TryAt"/>; <see cref="DigitRunGroup"/> lets several handlers share one digit search.
/// Contract: a handler returns <c>tokenEnd</c> without reporting for runs glued to <c>[a-z0-9_]</c>, and for runs
/// that follow a digit plus '.' or '-' (or ':', '/', ',' unless the run has 8 digits), and for runs shorter than
/// <see cref="MinPlainDigits"/> (at most 6 digits) closed by punctuation such as <c>" , ; } ]</c> or a line break;
/// the group skips those runs for the members that reject them.
/// </summary>
internal interface IDigitRunHandler
{
    /// <summary>Examines the digit run starting at <paramref name="p"/>; returns the index from which this handler wants to resume.</summary>
    /// <param name="text">The value.</param>
    /// <param name="p">First digit of a run (the previous character is not a digit, or the handler resumed inside a run).</param>
    /// <param name="runEnd">End of the digit run.</param>
    /// <param name="tokenEnd">End of the identifier-like token containing the run (<see cref="TextScan.SkipToken"/>).</param>
    /// <param name="context">Field context.</param>
    /// <param name="results">Output list.</param>
    int TryAt(ReadOnlySpan<char> text, int p, int runEnd, int tokenEnd, in FieldContext context, List<Detection> results);

    /// <summary>Candidates not anchored on a digit run (called once per value before the digit pass).</summary>
    void AnalyzeNonDigit(ReadOnlySpan<char> text, in FieldContext context, List<Detection> results)
    {
    }

    /// <summary>
    /// The fewest digits of a run closed by punctuation (<c>"n":1024,</c>) that the handler may report; 7 unless it
    /// has a member for shorter numbers (medical record numbers: 6).
    /// </summary>
    int MinPlainDigits => 7;

    /// <summary>When true, the handler rejects (returns <c>tokenEnd</c>) every run whose previous character is not an ASCII upper-case letter.</summary>
    bool NeedsUpperCasePrefix => false;
}
