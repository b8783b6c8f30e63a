namespace PiiScan.Ner;

/// <summary>
/// Input and output buffers of one inference call (ids, attention mask, labels and scores or raw logits), reused
/// across calls. A worker holds several so that batches of one value can run on several backends at once.
/// </summary>
internal sealed class NerBatchBuffers
{
    public long[] Ids = [];
    public long[] Mask = [];
    public int[] Labels = [];
    public float[] Scores = [];
    public float[] Logits = [];

    /// <summary>Grows the buffers to <paramref name="n"/> positions (and <paramref name="n"/> × <paramref name="numLabels"/> logits when numLabels > 0).</summary>
    public void Ensure(int n, int numLabels)
    {
        if (Ids.Length < n)
        {
            Ids = new long[n];
            Mask = new long[n];
            Labels = new int[n];
            Scores = new float[n];
        }
        if (Logits.Length < n * numLabels)
        {
            Logits = new float[Math.Max(n * numLabels, Logits.Length * 2)];
        }
    }
}
