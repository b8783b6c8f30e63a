namespace PiiScan.Detection;

/// <summary>
/// Resolves overlapping detections of one value before operators run. Same-type overlaps merge into their union
/// (keeping the best explanation); across types the higher score wins, then the more specific type, then the longer
/// span, then the earlier start, then the type name, so the result never depends on recognizer order.
/// The output is sorted by start and free of overlaps.
/// </summary>
public static class ConflictResolver
{
    /// <summary>Resolves <paramref name="detections"/> in place.</summary>
    public static void Resolve(List<Detection> detections)
    {
        if (detections.Count < 2)
        {
            return;
        }
        MergeSameType(detections);
        if (detections.Count < 2)
        {
            return;
        }
        detections.Sort(ByPriority);
        // Greedy by priority: keep a detection when it overlaps nothing kept so far.
        var kept = 0;
        for (var i = 0; i < detections.Count; i++)
        {
            var candidate = detections[i];
            var overlaps = false;
            for (var j = 0; j < kept; j++)
            {
                if (candidate.Overlaps(detections[j]))
                {
                    overlaps = true;
                    break;
                }
            }
            if (!overlaps)
            {
                detections[kept++] = candidate;
            }
        }
        detections.RemoveRange(kept, detections.Count - kept);
        detections.Sort(ByStart);
    }

    /// <summary>
    /// How specific a type is: validated identifiers and secrets beat free-form types when scores tie.
    /// </summary>
    public static int Specificity(string type) => type switch
    {
        EntityTypes.Person or EntityTypes.Location or EntityTypes.Organization or EntityTypes.StreetAddress => 1,
        EntityTypes.Url or EntityTypes.DateOfBirth => 2,
        EntityTypes.Password => 3,
        _ => 4,
    };

    private static void MergeSameType(List<Detection> detections)
    {
        detections.Sort(ByStart);
        var write = 0;
        for (var i = 0; i < detections.Count; i++)
        {
            var d = detections[i];
            var merged = false;
            for (var j = write - 1; j >= 0; j--)
            {
                var prev = detections[j];
                if (prev.Type == d.Type && prev.Overlaps(d))
                {
                    var best = prev.Score >= d.Score ? prev : d;
                    detections[j] = best with { Start = Math.Min(prev.Start, d.Start), End = Math.Max(prev.End, d.End) };
                    merged = true;
                    break;
                }
            }
            if (!merged)
            {
                detections[write++] = d;
            }
        }
        detections.RemoveRange(write, detections.Count - write);
    }

    private static int ByStart(Detection a, Detection b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c != 0)
        {
            return c;
        }
        c = b.End.CompareTo(a.End);
        return c != 0 ? c : string.CompareOrdinal(a.Type, b.Type);
    }

    private static int ByPriority(Detection a, Detection b)
    {
        var c = b.Score.CompareTo(a.Score);
        if (c != 0)
        {
            return c;
        }
        c = Specificity(b.Type).CompareTo(Specificity(a.Type));
        if (c != 0)
        {
            return c;
        }
        c = b.Length.CompareTo(a.Length);
        if (c != 0)
        {
            return c;
        }
        c = a.Start.CompareTo(b.Start);
        return c != 0 ? c : string.CompareOrdinal(a.Type, b.Type);
    }
}
