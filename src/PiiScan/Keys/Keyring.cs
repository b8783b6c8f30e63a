using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace PiiScan.Keys;

/// <summary>
/// A set of key generations (<see cref="KeyringKey"/>) with one active generation used for new redactions; older
/// generations stay available for re-identification. The JSON file format is documented in <c>docs/keyring.md</c>.
/// Reading is thread-safe; <see cref="Rotate"/> and <see cref="Dispose"/> must not race with readers.
/// Key material never appears in messages, <see cref="ToString"/> or logs.
/// </summary>
public sealed class Keyring : IDisposable
{
    /// <summary>The only supported file format version.</summary>
    public const int FormatVersion = 1;

    /// <summary>Environment variable the CLI reads a keyring path from when <c>--keys</c> is not given.</summary>
    public const string EnvironmentVariable = "PIISCAN_KEYRING";

    private const UnixFileMode GroupOrOther =
        UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly List<KeyringKey> _keys;

    private Keyring(List<KeyringKey> keys, string activeId)
    {
        _keys = keys;
        ActiveKeyId = activeId;
    }

    /// <summary>Id of the key generation used for new redactions.</summary>
    public string ActiveKeyId { get; private set; }

    /// <summary>The active key generation.</summary>
    public KeyringKey ActiveKey => GetKey(ActiveKeyId);

    /// <summary>All key generations, oldest first.</summary>
    public IReadOnlyList<KeyringKey> Keys => _keys;

    /// <summary>Creates a keyring with one fresh key generation from the OS CSPRNG.</summary>
    public static Keyring CreateNew()
    {
        var key = KeyringKey.Generate(UtcNowSeconds());
        return new Keyring([key], key.Id);
    }

    /// <summary>Adds a fresh key generation, makes it active and returns it. Older generations are kept.</summary>
    public KeyringKey Rotate()
    {
        KeyringKey key;
        do
        {
            key = KeyringKey.Generate(UtcNowSeconds());
        }
        while (TryGetKey(key.Id, out _));
        _keys.Add(key);
        ActiveKeyId = key.Id;
        return key;
    }

    /// <summary>Looks up a key generation by id.</summary>
    public bool TryGetKey(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KeyringKey? key)
    {
        foreach (var k in _keys)
        {
            if (string.Equals(k.Id, id, StringComparison.Ordinal))
            {
                key = k;
                return true;
            }
        }
        key = null;
        return false;
    }

    /// <summary>Returns the key generation with id <paramref name="id"/>, or throws a <see cref="KeyringException"/>.</summary>
    public KeyringKey GetKey(string id) =>
        TryGetKey(id, out var key)
            ? key
            : throw new KeyringException($"key id '{id}' is not in the keyring (known ids: {string.Join(", ", _keys.Select(k => k.Id))})");

    /// <summary>
    /// Loads a keyring file. On Unix the file must not be accessible by group or others unless
    /// <paramref name="allowInsecure"/> is true. Every failure is a <see cref="KeyringException"/> naming the path.
    /// </summary>
    public static Keyring Load(string path, bool allowInsecure = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new KeyringException($"keyring file '{path}' does not exist");
        }
        if (!OperatingSystem.IsWindows() && !allowInsecure)
        {
            var mode = File.GetUnixFileMode(path);
            if ((mode & GroupOrOther) != 0)
            {
                var octal = Convert.ToString((int)mode & 0x1FF, 8).PadLeft(4, '0');
                throw new KeyringException(
                    $"keyring file '{path}' is accessible by group or others (mode {octal}); run 'chmod 600 {path}' or pass --insecure-keyring");
            }
        }
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new KeyringException($"keyring file '{path}' cannot be read: {e.GetType().Name}");
        }
        try
        {
            return Parse(bytes, path);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    /// <summary>
    /// Loads the keyring named by <paramref name="path"/> (the CLI's <c>--keys</c>) or, when that is null or empty, by
    /// the <c>PIISCAN_KEYRING</c> environment variable. Returns null when neither names a file.
    /// </summary>
    public static Keyring? LoadDefault(string? path, bool allowInsecure = false)
    {
        if (string.IsNullOrEmpty(path))
        {
            path = Environment.GetEnvironmentVariable(EnvironmentVariable);
        }
        return string.IsNullOrEmpty(path) ? null : Load(path, allowInsecure);
    }

    /// <summary>
    /// Writes the keyring atomically (temporary file in the same directory, then rename) with mode 0600 on Unix.
    /// </summary>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}.tmp");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using (var stream = new FileStream(temp, options))
            {
                WriteJson(stream);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new KeyringException($"keyring file '{path}' cannot be written: {e.GetType().Name}");
        }
    }

    /// <summary>Describes the keyring (ids only, no key material).</summary>
    public override string ToString() =>
        $"Keyring(version={FormatVersion}, active={ActiveKeyId}, keys=[{string.Join(", ", _keys.Select(k => k.Id))}])";

    /// <summary>Zeroes all key material.</summary>
    public void Dispose()
    {
        foreach (var k in _keys)
        {
            k.Dispose();
        }
    }

    /// <summary>True when <paramref name="id"/> is 8 lowercase hex characters.</summary>
    public static bool IsValidKeyId(string? id)
    {
        if (id is null || id.Length != 8)
        {
            return false;
        }
        foreach (var c in id)
        {
            if (!char.IsAsciiDigit(c) && c is not (>= 'a' and <= 'f'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Parses keyring JSON; <paramref name="source"/> names the file in error messages.</summary>
    /// <remarks>The document is parsed in place (no copy of <paramref name="utf8Json"/>), so the caller can zero it afterwards.</remarks>
    internal static Keyring Parse(ReadOnlyMemory<byte> utf8Json, string source)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException e)
        {
            // The reader's own message can quote file content; report the position only.
            throw new KeyringException(
                $"keyring file '{source}' is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Malformed(source, "the top level must be a JSON object");
            }
            if (!root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number ||
                !version.TryGetInt32(out var v))
            {
                throw Malformed(source, "missing or non-integer 'version'");
            }
            if (v != FormatVersion)
            {
                throw Malformed(source, $"unsupported version {v} (this build reads version {FormatVersion})");
            }
            if (!root.TryGetProperty("active", out var active) || active.ValueKind != JsonValueKind.String)
            {
                throw Malformed(source, "missing or non-string 'active'");
            }
            if (!root.TryGetProperty("keys", out var keys) || keys.ValueKind != JsonValueKind.Array || keys.GetArrayLength() == 0)
            {
                throw Malformed(source, "'keys' must be a non-empty array");
            }
            var list = new List<KeyringKey>();
            try
            {
                var index = 0;
                foreach (var k in keys.EnumerateArray())
                {
                    list.Add(ParseKey(k, index++, source));
                    if (list.Count(x => x.Id == list[^1].Id) > 1)
                    {
                        throw Malformed(source, $"duplicate key id '{list[^1].Id}'");
                    }
                }
                var activeId = active.GetString()!;
                if (!list.Any(k => k.Id == activeId))
                {
                    throw Malformed(source, $"active key id '{Printable(activeId)}' is not among the keys ({string.Join(", ", list.Select(k => k.Id))})");
                }
                return new Keyring(list, activeId);
            }
            catch
            {
                foreach (var k in list)
                {
                    k.Dispose();
                }
                throw;
            }
        }
    }

    private static KeyringKey ParseKey(JsonElement k, int index, string source)
    {
        if (k.ValueKind != JsonValueKind.Object)
        {
            throw Malformed(source, $"keys[{index}] must be an object");
        }
        if (!k.TryGetProperty("id", out var idEl) || idEl.ValueKind != JsonValueKind.String || !IsValidKeyId(idEl.GetString()))
        {
            throw Malformed(source, $"keys[{index}].id must be 8 lowercase hex characters");
        }
        var id = idEl.GetString()!;
        if (!k.TryGetProperty("created", out var createdEl) || createdEl.ValueKind != JsonValueKind.String ||
            !DateTimeOffset.TryParse(createdEl.GetString(), CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var created))
        {
            throw Malformed(source, $"key '{id}': 'created' must be an ISO 8601 UTC timestamp");
        }
        var siv = Base64Field(k, id, "siv", source);
        var fpe = Base64Field(k, id, "fpe", source);
        var hmac = Base64Field(k, id, "hmac", source);
        try
        {
            return new KeyringKey(id, created, siv, fpe, hmac);
        }
        catch (KeyringException e)
        {
            CryptographicOperations.ZeroMemory(siv);
            CryptographicOperations.ZeroMemory(fpe);
            CryptographicOperations.ZeroMemory(hmac);
            throw Malformed(source, e.Message);
        }
    }

    private static byte[] Base64Field(JsonElement k, string id, string field, string source)
    {
        if (!k.TryGetProperty(field, out var el) || el.ValueKind != JsonValueKind.String)
        {
            throw Malformed(source, $"key '{id}': missing or non-string '{field}'");
        }
        if (!el.TryGetBytesFromBase64(out var bytes))
        {
            throw Malformed(source, $"key '{id}': '{field}' is not valid base64");
        }
        return bytes;
    }

    private void WriteJson(Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteString("active", ActiveKeyId);
        w.WriteStartArray("keys");
        foreach (var k in _keys)
        {
            w.WriteStartObject();
            w.WriteString("id", k.Id);
            w.WriteString("created", k.Created.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteBase64String("siv", k.Siv);
            w.WriteBase64String("fpe", k.Fpe);
            w.WriteBase64String("hmac", k.Hmac);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static KeyringException Malformed(string source, string what) =>
        new($"keyring file '{source}' is malformed: {what}");

    /// <summary>Shows an id from the file only when it looks like an id (never echoes arbitrary content).</summary>
    private static string Printable(string id) => IsValidKeyId(id) ? id : "<not 8 lowercase hex characters>";

    private static DateTimeOffset UtcNowSeconds()
    {
        var now = DateTimeOffset.UtcNow;
        return new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
