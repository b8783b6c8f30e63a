namespace PiiScan.Ner;

/// <summary>
/// The parts of a handle as people write them: runs split at <c>_</c>, at letter/digit changes, before an upper-case
/// letter that follows a lower-case one (<c>MirandaCosgrove</c>), and before the last capital of a capital run that a
/// lower-case letter follows (<c>BBCNews</c> = <c>BBC</c> + <c>News</c>). <c>jane_doe88</c> = <c>jane</c>,
/// <c>doe</c>, <c>88</c>.
/// </summary>
internal static class HandleParts
{
    /// <summary>Number of parts of <paramref name="handle"/>.</summary>
    public static int Count(ReadOnlySpan<char> handle)
    {
        var n = 0;
        var pos = 0;
        while (Next(handle, ref pos, out _, out _))
        {
            n++;
        }
        return n;
    }

    /// <summary>The next part at or after <paramref name="pos"/>: false when there is none.</summary>
    public static bool Next(ReadOnlySpan<char> handle, ref int pos, out int start, out int end)
    {
        while (pos < handle.Length && !char.IsLetterOrDigit(handle[pos]))
        {
            pos++;
        }
        start = end = pos;
        if (pos >= handle.Length)
        {
            return false;
        }
        var i = pos + 1;
        if (char.IsDigit(handle[pos]))
        {
            while (i < handle.Length && char.IsDigit(handle[i]))
            {
                i++;
            }
        }
        else if (char.IsUpper(handle[pos]) && i < handle.Length && char.IsUpper(handle[i]))
        {
            // A capital run: up to the capital before a lower-case letter (BBCNews -> BBC).
            while (i < handle.Length && char.IsUpper(handle[i]))
            {
                i++;
            }
            if (i < handle.Length && char.IsLower(handle[i]))
            {
                i--;
            }
        }
        else
        {
            while (i < handle.Length && char.IsLower(handle[i]))
            {
                i++;
            }
        }
        end = pos = i;
        return true;
    }
}
