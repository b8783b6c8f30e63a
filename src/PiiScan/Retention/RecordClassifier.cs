using PiiScan.Readers;
using PiiScan.Records;

namespace PiiScan.Retention;

/// <summary>
/// Decides a record's category and reference time, the same way for <c>retention plan</c> and <c>retention
/// apply</c>: the first category (in policy order) whose match field equals its value; then the time from the
/// category's after-field (no expiry when missing), else its time field (the file modification time when missing).
/// </summary>
public sealed class RecordClassifier(IReadOnlyList<RecordClassifier.Rule> rules, DateTimeOffset fileTime)
{
    /// <summary>A category as seen by one source.</summary>
    /// <param name="Order">Policy position; -1 for the default.</param>
    /// <param name="Name">Category name.</param>
    /// <param name="Field">Match field, or null.</param>
    /// <param name="EqualsValue">Match value.</param>
    /// <param name="TimeBasis"><c>field:PATH</c>, <c>after:PATH</c> or <c>mtime</c>.</param>
    /// <param name="Cutoff">Records before this are expired; null: never.</param>
    /// <param name="Action">delete, redact, keep.</param>
    public sealed record Rule(int Order, string Name, string? Field, string? EqualsValue, string TimeBasis, DateTimeOffset? Cutoff, string Action);

    /// <summary>The outcome for one record.</summary>
    /// <param name="Rule">Its category.</param>
    /// <param name="Time">Its reference time (null: none, e.g. no closure time yet).</param>
    /// <param name="FromRecord">True when the time came from the record (not the file).</param>
    /// <param name="Expired">Past retention.</param>
    public readonly record struct Outcome(Rule Rule, DateTimeOffset? Time, bool FromRecord, bool Expired);

    /// <summary>Classifies record <paramref name="record"/> of the batch.</summary>
    public Outcome Classify(RecordValueReader values, RecordBatch batch, int record)
    {
        Rule? chosen = null;
        foreach (var rule in rules)
        {
            if (rule.Field is null || (values.TryGet(batch, record, rule.Field, out var v) && string.Equals(v, rule.EqualsValue, StringComparison.Ordinal)))
            {
                chosen = rule;
                break;
            }
        }
        chosen ??= rules[^1];
        DateTimeOffset? time = fileTime;
        var fromRecord = false;
        if (chosen.TimeBasis.StartsWith("after:", StringComparison.Ordinal))
        {
            time = values.TryGet(batch, record, chosen.TimeBasis[6..], out var raw) && RecordTime.TryParse(raw, out var t) ? t : null;
            fromRecord = time is not null;
        }
        else if (chosen.TimeBasis.StartsWith("field:", StringComparison.Ordinal)
            && values.TryGet(batch, record, chosen.TimeBasis[6..], out var raw) && RecordTime.TryParse(raw, out var t))
        {
            time = t;
            fromRecord = true;
        }
        var expired = chosen.Cutoff is { } c && time is { } rt && rt < c && chosen.Action != "keep";
        return new Outcome(chosen, time, fromRecord, expired);
    }

    /// <summary>Reads every record of <paramref name="source"/> and calls <paramref name="visit"/> with its batch, index and outcome.</summary>
    public void ForEach(SourceFile source, Action<RecordBatch, int, Outcome> visit)
    {
        SourceBatches.ForEach(source, (batch, values) =>
        {
            for (var i = 0; i < batch.RecordCount; i++)
            {
                visit(batch, i, Classify(values, batch, i));
            }
        });
    }
}
