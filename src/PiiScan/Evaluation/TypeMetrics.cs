namespace PiiScan.Evaluation;

/// <summary>True positives, false positives and false negatives, with the derived scores.</summary>
public sealed class TypeMetrics
{
    /// <summary>True positives.</summary>
    public long Tp { get; set; }

    /// <summary>False positives.</summary>
    public long Fp { get; set; }

    /// <summary>False negatives.</summary>
    public long Fn { get; set; }

    /// <summary>TP / (TP + FP), 0 when nothing was predicted.</summary>
    public double Precision => Tp + Fp == 0 ? 0 : (double)Tp / (Tp + Fp);

    /// <summary>TP / (TP + FN), 0 when nothing was expected.</summary>
    public double Recall => Tp + Fn == 0 ? 0 : (double)Tp / (Tp + Fn);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds another count.</summary>
    public void Add(TypeMetrics other)
    {
        Tp += other.Tp;
        Fp += other.Fp;
        Fn += other.Fn;
    }
}
