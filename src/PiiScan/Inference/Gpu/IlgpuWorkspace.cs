using ILGPU;
using ILGPU.Runtime;

namespace PiiScan.Inference.Gpu;

/// <summary>
/// Activation buffers for up to <see cref="Capacity"/> tokens (batch × seq), plus page-locked host staging buffers.
/// Allocated once and reused; <see cref="IlgpuBackend"/> replaces it with a larger one when a batch does not fit.
/// </summary>
internal sealed class IlgpuWorkspace : IDisposable
{
    private readonly List<IDisposable> _owned = [];

    public IlgpuWorkspace(Accelerator accelerator, EncoderConfig config, int capacity)
    {
        Capacity = capacity;
        try
        {
            int h = config.Hidden, t = capacity;
            X = Device<float>(accelerator, (long)t * h);
            Y = Device<float>(accelerator, (long)t * h);
            Qkv = Device<float>(accelerator, (long)t * 3 * h);
            Attn = Device<float>(accelerator, (long)t * h);
            Ffn = Device<float>(accelerator, (long)t * config.Ffn);
            Logits = Device<float>(accelerator, (long)t * config.NumLabels);
            Labels = Device<int>(accelerator, t);
            Scores = Device<float>(accelerator, t);
            Input = Device<int>(accelerator, 2L * t);
            InputHost = Pinned<int>(accelerator, 2L * t);
            LogitsHost = Pinned<float>(accelerator, (long)t * config.NumLabels);
            LabelsHost = Pinned<int>(accelerator, t);
            ScoresHost = Pinned<float>(accelerator, t);
        }
        catch
        {
            Dispose();
            throw;
        }
    }

    public int Capacity { get; }

    public ArrayView<float> X { get; }
    public ArrayView<float> Y { get; }
    public ArrayView<float> Qkv { get; }
    public ArrayView<float> Attn { get; }
    public ArrayView<float> Ffn { get; }
    public ArrayView<float> Logits { get; }
    public ArrayView<int> Labels { get; }
    public ArrayView<float> Scores { get; }

    /// <summary>Token ids [0, capacity) then attention mask [capacity, 2·capacity).</summary>
    public ArrayView<int> Input { get; }

    public PageLockedArray1D<int> InputHost { get; } = null!;
    public PageLockedArray1D<float> LogitsHost { get; } = null!;
    public PageLockedArray1D<int> LabelsHost { get; } = null!;
    public PageLockedArray1D<float> ScoresHost { get; } = null!;

    private ArrayView<T> Device<T>(Accelerator accelerator, long length)
        where T : unmanaged
    {
        var buffer = accelerator.Allocate1D<T>(Math.Max(1, length));
        _owned.Add(buffer);
        return buffer.View.BaseView;
    }

    private PageLockedArray1D<T> Pinned<T>(Accelerator accelerator, long length)
        where T : unmanaged
    {
        var array = accelerator.AllocatePageLocked1D<T>(Math.Max(1, length));
        _owned.Add(array);
        return array;
    }

    public void Dispose()
    {
        foreach (var o in _owned)
        {
            o.Dispose();
        }
        _owned.Clear();
    }
}
