using System.Text;

namespace PiiScan.Operators;

/// <summary>
/// Masks every character but the last <c>KeepLast</c> with a mask character. Counts Unicode scalar values,
/// so an emoji becomes one mask character, never half a surrogate pair.
/// </summary>
public sealed class MaskOperator : IOperator
{
    /// <summary>Creates the operator.</summary>
    public MaskOperator(int keepLast = 4, char maskChar = '*')
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keepLast);
        KeepLast = keepLast;
        MaskChar = maskChar;
    }

    /// <summary>Number of trailing characters left visible.</summary>
    public int KeepLast { get; }

    /// <summary>The mask character.</summary>
    public char MaskChar { get; }

    /// <inheritdoc />
    public string Name => "mask";

    /// <inheritdoc />
    public void Apply(ReadOnlySpan<char> original, string entityType, StringBuilder output)
    {
        var scalars = 0;
        foreach (var _ in original.EnumerateRunes())
        {
            scalars++;
        }
        // Never reveal most of a short value: at most half of it stays visible.
        var keep = Math.Min(KeepLast, scalars / 2);
        var masked = scalars - keep;
        var i = 0;
        Span<char> utf16 = stackalloc char[2];
        foreach (var rune in original.EnumerateRunes())
        {
            if (i++ < masked)
            {
                output.Append(MaskChar);
            }
            else
            {
                output.Append(utf16[..rune.EncodeToUtf16(utf16)]);
            }
        }
    }
}
