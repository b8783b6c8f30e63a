using System.Collections.Concurrent;
using System.Text;
using System.Text.RegularExpressions;
using PiiScan.Keys;

namespace PiiScan.Operators.Crypto;

/// <summary>
/// Restores originals from redacted text with a <see cref="Keyring"/>:
/// <list type="bullet">
/// <item><c>pseudonymize</c> tokens <c>[[TYPE:KEYID:PAYLOAD]]</c> anywhere in a text, for any key id in the keyring,
/// decrypted with AES-SIV (associated data = TYPE);</item>
/// <item><c>fpe</c> values at a known span (from a findings row) with a known type and key id.</item>
/// </list>
/// Failure policy: a token that does not authenticate (wrong key, tampered) or names a key id that is not in the
/// keyring is left unchanged and counted in <see cref="Failed"/>; unknown ids are listed in <see cref="MissingKeyIds"/>
/// so the caller can report one clear error. Messages never contain plaintext or keys. An optional type filter
/// restricts restoration to some types; tokens of other types are left unchanged and not counted. Thread-safe.
/// </summary>
public sealed class Reidentifier : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly Keyring _keyring;
    private readonly HashSet<string>? _types;
    private readonly ConcurrentDictionary<string, AesSiv> _siv = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Ff1Operator> _fpe = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _missing = new(StringComparer.Ordinal);
    private readonly CryptoOperatorOptions _options;
    private long _restored;
    private long _failed;

    /// <summary>Creates a re-identifier. <paramref name="types"/> (optional) restricts which entity types are restored.</summary>
    /// <exception cref="KeyringException"><paramref name="keyring"/> is null.</exception>
    public Reidentifier(Keyring? keyring, IEnumerable<string>? types = null, CryptoOperatorOptions? options = null)
    {
        _keyring = keyring ?? throw new KeyringException(
            $"re-identification needs a keyring: pass --keys FILE or set {Keyring.EnvironmentVariable}");
        _types = types is null ? null : new HashSet<string>(types.Select(Detection.EntityTypes.Normalize), StringComparer.Ordinal);
        _options = options ?? CryptoOperatorOptions.Default;
    }

    /// <summary>Number of values restored so far.</summary>
    public long Restored => Interlocked.Read(ref _restored);

    /// <summary>Number of tokens or values that could not be restored (left unchanged).</summary>
    public long Failed => Interlocked.Read(ref _failed);

    /// <summary>Key ids named by tokens but absent from the keyring.</summary>
    public IReadOnlyCollection<string> MissingKeyIds => _missing.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>Replaces every restorable token in <paramref name="text"/> by its original.</summary>
    public string RestoreTokens(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains("[[", StringComparison.Ordinal))
        {
            return text;
        }
        return PseudonymToken.Regex.Replace(text, Evaluate);
    }

    /// <summary>
    /// Decrypts one whole token. Returns false (and counts a failure) when it is malformed, its key id is unknown or
    /// it does not authenticate; tokens excluded by the type filter return false without counting.
    /// </summary>
    public bool TryRestoreToken(ReadOnlySpan<char> token, out string type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? original)
    {
        var m = PseudonymToken.Regex.Match(token.ToString());
        if (!m.Success || m.Index != 0 || m.Length != token.Length)
        {
            type = string.Empty;
            original = null;
            Interlocked.Increment(ref _failed);
            return false;
        }
        return TryRestore(m, out type, out original);
    }

    /// <summary>Reverses one FPE value (the whole of <paramref name="value"/>); false (and counted as failed) when it cannot.</summary>
    public bool TryRestoreFpe(ReadOnlySpan<char> value, string entityType, string? keyId, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? original)
    {
        var type = Detection.EntityTypes.Normalize(entityType);
        original = null;
        if (_types is not null && !_types.Contains(type))
        {
            return false;
        }
        if (!FpeFor(keyId ?? _keyring.ActiveKeyId).TryReverse(value, type, out original))
        {
            Interlocked.Increment(ref _failed);
            return false;
        }
        Interlocked.Increment(ref _restored);
        return true;
    }

    /// <summary>
    /// Restores an <c>fpe</c> value in place: <paramref name="startCodePoint"/>..<paramref name="endCodePoint"/>
    /// (code points, end exclusive) of <paramref name="text"/> is decrypted as <paramref name="entityType"/> with key
    /// <paramref name="keyId"/> (null: the active key). A value that is not reversible (hashed short value) is left
    /// unchanged and counted as failed; a span outside the text is an <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    /// <exception cref="KeyringException">The key id is not in the keyring.</exception>
    public string RestoreFpe(string text, int startCodePoint, int endCodePoint, string entityType, string? keyId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(entityType);
        var type = Detection.EntityTypes.Normalize(entityType);
        if (_types is not null && !_types.Contains(type))
        {
            return text;
        }
        var start = CodePointToUtf16(text, startCodePoint, nameof(startCodePoint));
        var end = CodePointToUtf16(text, endCodePoint, nameof(endCodePoint));
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(endCodePoint), endCodePoint, "end precedes start");
        }
        var op = FpeFor(keyId ?? _keyring.ActiveKeyId);
        if (!op.TryReverse(text.AsSpan(start, end - start), type, out var original))
        {
            Interlocked.Increment(ref _failed);
            return text;
        }
        Interlocked.Increment(ref _restored);
        return string.Concat(text.AsSpan(0, start), original, text.AsSpan(end));
    }

    /// <summary>Zeroes the per-key cipher state created by this instance (the keyring itself is not disposed).</summary>
    public void Dispose()
    {
        foreach (var s in _siv.Values)
        {
            s.Dispose();
        }
        foreach (var f in _fpe.Values)
        {
            f.Dispose();
        }
    }

    private string Evaluate(Match m) => TryRestore(m, out _, out var original) ? original : m.Value;

    private bool TryRestore(Match m, out string type, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? original)
    {
        original = null;
        type = m.Groups["type"].Value;
        if (_types is not null && !_types.Contains(type))
        {
            return false;
        }
        if (!PseudonymToken.TryParse(m, out type, out var keyId, out var payload))
        {
            Interlocked.Increment(ref _failed);
            return false;
        }
        if (!_keyring.TryGetKey(keyId, out var key))
        {
            _missing.TryAdd(keyId, 0);
            Interlocked.Increment(ref _failed);
            return false;
        }
        var siv = _siv.GetOrAdd(keyId, _ => new AesSiv(key.Siv));
        if (!siv.TryDecrypt(payload, Encoding.UTF8.GetBytes(type), out var plain))
        {
            Interlocked.Increment(ref _failed);
            return false;
        }
        try
        {
            original = StrictUtf8.GetString(plain);
        }
        catch (DecoderFallbackException)
        {
            Interlocked.Increment(ref _failed);
            return false;
        }
        finally
        {
            Array.Clear(plain);
        }
        Interlocked.Increment(ref _restored);
        return true;
    }

    private Ff1Operator FpeFor(string keyId)
    {
        if (_fpe.TryGetValue(keyId, out var op))
        {
            return op;
        }
        var key = _keyring.GetKey(keyId);
        return _fpe.GetOrAdd(keyId, _ => new Ff1Operator(key, _options with { CacheCapacity = 0 }));
    }

    private static int CodePointToUtf16(string text, int codePoint, string name)
    {
        if (codePoint < 0)
        {
            throw new ArgumentOutOfRangeException(name, codePoint, "code point offset must not be negative");
        }
        var i = 0;
        for (var cp = 0; cp < codePoint; cp++)
        {
            if (i >= text.Length)
            {
                throw new ArgumentOutOfRangeException(name, codePoint, "code point offset is past the end of the text");
            }
            i += char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        }
        return i;
    }
}
