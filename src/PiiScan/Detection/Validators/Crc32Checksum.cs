namespace PiiScan.Detection.Validators;

/// <summary>CRC-32 (IEEE 802.3, reflected 0xEDB88320) over ASCII characters, table-driven.</summary>
public static class Crc32Checksum
{
    private static readonly uint[] Table = BuildTable();

    /// <summary>CRC-32 of the low bytes of <paramref name="ascii"/>.</summary>
    public static uint Compute(ReadOnlySpan<char> ascii)
    {
        uint crc = 0xFFFFFFFFu;
        foreach (char c in ascii)
        {
            crc = Table[(crc ^ (byte)c) & 0xFF] ^ (crc >> 8);
        }
        return ~crc;
    }

    private static uint[] BuildTable()
    {
        var t = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[i] = c;
        }
        return t;
    }
}
