using System.Security.Cryptography;
using System.Text;

namespace PiiScan.Cli;

/// <summary>The options fingerprint kept in the resume manifest: everything that shapes the outputs.</summary>
internal static class ResumeSetup
{
    /// <summary>
    /// <paramref name="keyId"/> is the keyring's active key id (null without a keyring): it shapes the subject index
    /// and keyed operators. The time field and key lines are added only when set, so an output directory made
    /// without them keeps its fingerprint.
    /// </summary>
    public static string Fingerprint(ScanSettings s, string root, string? keyId)
    {
        var text = new StringBuilder()
            .Append("root=").Append(root).Append('\n')
            .Append("fields=").AppendJoin(',', s.Fields).Append('\n')
            .Append("input_format=").Append(s.InputFormat).Append('\n')
            .Append("output_parquet=").Append(s.OutputParquet).Append('\n')
            .Append("config=").Append(s.Config is null ? "" : HashFile(s.Config)).Append('\n')
            .Append("operator=").Append(s.Operator).Append('\n')
            .Append("findings_jsonl=").Append(s.FindingsJsonl).Append('\n')
            .Append("findings_include_text=").Append(s.FindingsIncludeText).Append('\n')
            .Append("max_record_bytes=").Append(s.MaxRecordBytes).Append('\n')
            .Append("max_json_depth=").Append(s.MaxJsonDepth).Append('\n')
            .Append("redacted=").Append(s.WriteRedacted).Append('\n')
            .Append("model=").Append(s.NoNer ? "none" : s.Model ?? "default").Append('\n')
            .Append("shard=").Append(s.Shard).Append('\n');
        if (s.TimeField is not null)
        {
            text.Append("time_field=").Append(s.TimeField).Append('\n');
        }
        if (keyId is not null)
        {
            text.Append("key=").Append(keyId).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string HashFile(string path)
    {
        try
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return path;
        }
    }
}
