using System.Text;

namespace PiiScan.Readers;

/// <summary>Splits one CSV row into cells and decodes cell values (RFC 4180 quoting, lenient about stray quotes).</summary>
internal static class CsvCells
{
    /// <summary>
    /// Finds the cell starting at <paramref name="pos"/>: returns its end (exclusive, at the delimiter or row end).
    /// </summary>
    public static int CellEnd(ReadOnlySpan<byte> row, int pos, byte delimiter)
    {
        if (pos < row.Length && row[pos] == (byte)'"')
        {
            var i = pos + 1;
            while (true)
            {
                var q = row[i..].IndexOf((byte)'"');
                if (q < 0)
                {
                    return row.Length; // unbalanced: the rest of the row
                }
                i += q + 1;
                if (i < row.Length && row[i] == (byte)'"')
                {
                    i++;
                    continue;
                }
                break;
            }
            var d = row[i..].IndexOf(delimiter);
            return d < 0 ? row.Length : i + d;
        }
        var idx = row[pos..].IndexOf(delimiter);
        return idx < 0 ? row.Length : pos + idx;
    }

    /// <summary>Upper bound of the decoded length in chars.</summary>
    public static int MaxChars(ReadOnlySpan<byte> cell) => cell.Length;

    /// <summary>Decodes a cell (raw bytes including quotes) into <paramref name="dest"/>; returns the chars written.</summary>
    public static int Decode(ReadOnlySpan<byte> cell, Span<char> dest)
    {
        if (cell.IsEmpty || cell[0] != (byte)'"')
        {
            return Encoding.UTF8.GetChars(cell, dest);
        }
        var written = 0;
        var i = 1;
        while (i < cell.Length)
        {
            var q = cell[i..].IndexOf((byte)'"');
            if (q < 0)
            {
                written += Encoding.UTF8.GetChars(cell[i..], dest[written..]);
                return written;
            }
            written += Encoding.UTF8.GetChars(cell.Slice(i, q), dest[written..]);
            i += q + 1;
            if (i < cell.Length && cell[i] == (byte)'"')
            {
                dest[written++] = '"';
                i++;
                continue;
            }
            // Closing quote; anything after it (malformed) is kept as is.
            if (i < cell.Length)
            {
                written += Encoding.UTF8.GetChars(cell[i..], dest[written..]);
            }
            return written;
        }
        return written;
    }
}
