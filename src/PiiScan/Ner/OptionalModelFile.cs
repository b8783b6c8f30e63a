using System.Text.Json;

namespace PiiScan.Ner;

/// <summary>Reads an optional JSON file of a model directory (a decoding prior): absent is fine, malformed is an error.</summary>
internal static class OptionalModelFile
{
    /// <summary>
    /// Parses <paramref name="fileName"/> in <paramref name="directory"/> with <paramref name="read"/> (root, path);
    /// null when the file does not exist. JSON, format and argument errors become one <see cref="PiiScanException"/>.
    /// </summary>
    public static T? Load<T>(string directory, string fileName, string what, string withoutIt, Func<JsonElement, string, T> read)
        where T : class
    {
        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            return read(doc.RootElement, path);
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or KeyNotFoundException)
        {
            throw Invalid(path, what, withoutIt, ex.Message);
        }
    }

    /// <summary>The error for a malformed file: what it should be, why it is not, and what deleting it does.</summary>
    public static PiiScanException Invalid(string path, string what, string withoutIt, string why) =>
        new($"'{path}' is not a valid {what} ({why}); fix it or delete it to {withoutIt}.");
}
