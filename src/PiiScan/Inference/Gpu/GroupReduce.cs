using ILGPU;
using ILGPU.Algorithms;

namespace PiiScan.Inference.Gpu;

/// <summary>
/// Shared-memory tree reductions across one 1-D group. Every thread of the group must call them (they contain
/// barriers); the group size must be a power of two and equal to the length of <c>scratch</c>.
/// </summary>
internal static class GroupReduce
{
    public static float Sum(ArrayView<float> scratch, float value, int groupSize)
    {
        var t = Group.IdxX;
        scratch[t] = value;
        Group.Barrier();
        for (var s = groupSize / 2; s > 0; s >>= 1)
        {
            if (t < s)
            {
                scratch[t] += scratch[t + s];
            }
            Group.Barrier();
        }
        var result = scratch[0];
        Group.Barrier();
        return result;
    }

    public static float Max(ArrayView<float> scratch, float value, int groupSize)
    {
        var t = Group.IdxX;
        scratch[t] = value;
        Group.Barrier();
        for (var s = groupSize / 2; s > 0; s >>= 1)
        {
            if (t < s)
            {
                scratch[t] = XMath.Max(scratch[t], scratch[t + s]);
            }
            Group.Barrier();
        }
        var result = scratch[0];
        Group.Barrier();
        return result;
    }
}
