using System.Text;
using System.Text.RegularExpressions;

namespace PiiScan.Retention;

/// <summary>
/// A path glob over <c>/</c>-separated relative paths: <c>**</c> matches any number of directories, <c>*</c> any
/// characters except <c>/</c>, <c>?</c> one character. Matching is case-sensitive.
/// </summary>
public sealed class PathGlob
{
    private readonly Regex _regex;

    /// <summary>Compiles <paramref name="pattern"/>.</summary>
    public PathGlob(string pattern)
    {
        Pattern = pattern;
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
            {
                var slash = i + 2 < pattern.Length && pattern[i + 2] == '/';
                sb.Append(slash ? "(?:.*/)?" : ".*");
                i += slash ? 2 : 1;
            }
            else if (c == '*')
            {
                sb.Append("[^/]*");
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else
            {
                sb.Append(Regex.Escape(c.ToString()));
            }
        }
        sb.Append('$');
        _regex = new Regex(sb.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The glob as written.</summary>
    public string Pattern { get; }

    /// <summary>True when <paramref name="relativePath"/> matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);
}
