namespace PiiScan.Evaluation.Fixtures;

/// <summary>
/// A generated fake value of one entity type, with the field name and the prose phrase a writer would put in front of
/// it (both supply the context words its recognizer needs). <see cref="Gold"/> lists the labeled parts when the gold
/// span is not the whole value (credentials inside a URL); null means the whole <see cref="Text"/> is one span.
/// </summary>
/// <param name="Type">Canonical entity type.</param>
/// <param name="Text">The value as it appears in the text.</param>
/// <param name="Key">A field name for key/value carriers (<c>ssn</c>, <c>aws_secret_access_key</c>).</param>
/// <param name="Phrase">A prose lead-in for chat carriers (<c>my social security number is</c>).</param>
/// <param name="Gold">Labeled parts as (offset in <see cref="Text"/>, length, type), or null for the whole value.</param>
public sealed record PlantedValue(string Type, string Text, string Key, string Phrase, IReadOnlyList<(int Offset, int Length, string Type)>? Gold = null)
{
    /// <summary>False for multi-line values (PEM blocks) that only fit carriers allowing line breaks.</summary>
    public bool SingleLine => Text.IndexOf('\n') < 0;
}
