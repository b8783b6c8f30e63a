namespace PiiScan.Detection;

/// <summary>
/// One detected PII span inside a field value. Offsets are UTF-16 indexes into the value
/// (end exclusive); writers convert them to code points. No text is copied.
/// </summary>
/// <param name="Start">UTF-16 start index (inclusive).</param>
/// <param name="End">UTF-16 end index (exclusive).</param>
/// <param name="Type">Canonical entity type (see <see cref="EntityTypes"/>).</param>
/// <param name="Score">Final score in 0..1 after context adjustment.</param>
/// <param name="Recognizer">Name of the recognizer that produced it.</param>
/// <param name="Pattern">Name of the pattern or rule inside the recognizer (explanation).</param>
/// <param name="BaseScore">Score before context adjustment.</param>
public readonly record struct Detection(int Start, int End, string Type, float Score, string Recognizer, string Pattern, float BaseScore)
{
    /// <summary>Creates a detection whose score was not changed by context.</summary>
    public Detection(int start, int end, string type, float score, string recognizer, string pattern)
        : this(start, end, type, score, recognizer, pattern, score)
    {
    }

    /// <summary>Length in UTF-16 code units.</summary>
    public int Length => End - Start;

    /// <summary>True when the two spans share at least one code unit.</summary>
    public bool Overlaps(in Detection other) => Start < other.End && other.Start < End;
}
