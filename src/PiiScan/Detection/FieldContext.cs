namespace PiiScan.Detection;

/// <summary>Where a value sits in its record: recognizers use the key name as context.</summary>
/// <param name="Path">Field path (<c>request.messages[1].content</c>, a column name, or <c>text</c>).</param>
/// <param name="Key">The innermost key or column name, or empty when the value has none.</param>
public readonly record struct FieldContext(string Path, string Key)
{
    /// <summary>Context for a plain-text line.</summary>
    public static FieldContext PlainText { get; } = new("text", "");
}
