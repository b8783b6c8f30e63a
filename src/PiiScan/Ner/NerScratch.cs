namespace PiiScan.Ner;

/// <summary>Per-worker buffers for <see cref="NerRecognizer"/>, reused across batches.</summary>
internal sealed class NerScratch
{
    public List<NerToken> Tokens { get; } = new();
    public List<(int Start, int Length)> Words { get; } = new();
    public List<NerWindow> Windows { get; } = new();
    public List<int> FieldTokenStart { get; } = new();
    public List<int> FieldTokenCount { get; } = new();
    public List<Detection.Detection> FieldDetections { get; } = new();
    public List<Detection.Detection> AllDetections { get; } = new();
    public int[] BestLabel = [];
    public float[] BestScore = [];
    public int[] BestCentrality = [];
    public long[] Ids = [];
    public long[] Mask = [];
    public int[] Labels = [];
    public float[] Scores = [];

    public void EnsureTokens(int n)
    {
        if (BestLabel.Length < n)
        {
            var size = Math.Max(n, BestLabel.Length * 2);
            BestLabel = new int[size];
            BestScore = new float[size];
            BestCentrality = new int[size];
        }
    }

    public void EnsureBatch(int n)
    {
        if (Ids.Length < n)
        {
            Ids = new long[n];
            Mask = new long[n];
            Labels = new int[n];
            Scores = new float[n];
        }
    }
}
