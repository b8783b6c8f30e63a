using System.Numerics;

namespace PiiScan.Detection.Validators;

/// <summary>Original Keccak-256 (pre-SHA-3 padding 0x01), as used by Ethereum. Allocation-free.</summary>
public static class Keccak256
{
    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001UL, 0x0000000000008082UL, 0x800000000000808aUL, 0x8000000080008000UL,
        0x000000000000808bUL, 0x0000000080000001UL, 0x8000000080008081UL, 0x8000000000008009UL,
        0x000000000000008aUL, 0x0000000000000088UL, 0x0000000080008009UL, 0x000000008000000aUL,
        0x000000008000808bUL, 0x800000000000008bUL, 0x8000000000008089UL, 0x8000000000008003UL,
        0x8000000000008002UL, 0x8000000000000080UL, 0x000000000000800aUL, 0x800000008000000aUL,
        0x8000000080008081UL, 0x8000000000008080UL, 0x0000000080000001UL, 0x8000000080008008UL,
    ];

    private static readonly int[] Rotations = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
    private static readonly int[] PiLanes = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    /// <summary>Hashes <paramref name="data"/> (at most one 136-byte block minus padding, i.e. up to 135 bytes) into 32 bytes.</summary>
    public static void Hash(ReadOnlySpan<byte> data, Span<byte> output)
    {
        if (data.Length > 135 || output.Length < 32)
        {
            throw new ArgumentException("Keccak256.Hash supports inputs up to 135 bytes and a 32-byte output.");
        }
        Span<ulong> s = stackalloc ulong[25];
        s.Clear();
        Span<byte> block = stackalloc byte[136];
        block.Clear();
        data.CopyTo(block);
        block[data.Length] ^= 0x01;
        block[135] ^= 0x80;
        for (int i = 0; i < 17; i++)
        {
            s[i] ^= BitConverter.ToUInt64(block.Slice(i * 8, 8));
        }
        Permute(s);
        for (int i = 0; i < 4; i++)
        {
            BitConverter.TryWriteBytes(output.Slice(i * 8, 8), s[i]);
        }
    }

    private static void Permute(Span<ulong> a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++)
            {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5)
                {
                    a[y + x] ^= d;
                }
            }
            ulong t = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = PiLanes[i];
                ulong tmp = a[j];
                a[j] = BitOperations.RotateLeft(t, Rotations[i]);
                t = tmp;
            }
            for (int y = 0; y < 25; y += 5)
            {
                ulong a0 = a[y], a1 = a[y + 1], a2 = a[y + 2], a3 = a[y + 3], a4 = a[y + 4];
                a[y] = a0 ^ (~a1 & a2);
                a[y + 1] = a1 ^ (~a2 & a3);
                a[y + 2] = a2 ^ (~a3 & a4);
                a[y + 3] = a3 ^ (~a4 & a0);
                a[y + 4] = a4 ^ (~a0 & a1);
            }
            a[0] ^= RoundConstants[round];
        }
    }
}
