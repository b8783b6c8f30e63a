namespace PiiScan.Detection;

/// <summary>
/// Resolves overlapping detections of one value before operators run. Same-type overlaps merge into their union
/// (keeping the best explanation). Across types an identifier (a pattern type: e-mail, phone, URL, ...) beats a
/// free-form type (PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS, whose model-drawn edges are fuzzy) whatever the
/// scores: a name inside <c>John.Smith@example.com</c> must not split the address and leave the rest of it in the clear;
/// the free-form span keeps its longer part outside the identifier (spaces and punctuation at the cut trimmed) when that
/// part has a letter or digit. A free-form span inside a longer free-form span of another type is dropped whatever the
/// scores: the longer one comes from structure (a street line <c>742 Evergreen Terrace</c> around the model's guess
/// <c>Evergreen</c>, a name field's whole value), and keeping it hides everything either would. Otherwise the higher
/// score wins, then the more specific type, then the longer span, then
/// the earlier start, then the type name, so the result never depends on recognizer order.
/// The output is sorted by start and free of overlaps.
/// </summary>
public static class ConflictResolver
{
    /// <summary>
    /// Resolves <paramref name="detections"/> in place; <paramref name="text"/> is the value they index (used to trim
    /// a cut free-form span; without it a cut keeps its raw edge).
    /// </summary>
    public static void Resolve(List<Detection> detections, ReadOnlySpan<char> text = default)
    {
        if (detections.Count < 2)
        {
            return;
        }
        MergeSameType(detections);
        DropContainedFreeForm(detections);
        if (detections.Count < 2)
        {
            return;
        }
        detections.Sort(ByPriority);
        // Greedy by priority (identifiers first): keep a detection when it overlaps nothing kept so far; a free-form one
        // that overlaps only identifiers is cut to its longer part outside them.
        var kept = 0;
        for (var i = 0; i < detections.Count; i++)
        {
            var candidate = detections[i];
            int firstStart = int.MaxValue, lastEnd = -1;
            var overlapsFreeForm = false;
            for (var j = 0; j < kept; j++)
            {
                if (candidate.Overlaps(detections[j]))
                {
                    firstStart = Math.Min(firstStart, detections[j].Start);
                    lastEnd = Math.Max(lastEnd, detections[j].End);
                    overlapsFreeForm |= IsFreeForm(detections[j].Type);
                }
            }
            if (lastEnd < 0)
            {
                detections[kept++] = candidate;
            }
            else if (!overlapsFreeForm && IsFreeForm(candidate.Type) && Remainder(candidate, firstStart, lastEnd, text) is { } part)
            {
                detections[kept++] = part;
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

    private static bool IsFreeForm(string type) => Specificity(type) == 1;

    // The longer of the candidate's parts before firstStart and after lastEnd, trimmed at the cut; null when neither has
    // a letter or digit.
    private static Detection? Remainder(in Detection d, int firstStart, int lastEnd, ReadOnlySpan<char> text)
    {
        var (bs, be) = (d.Start, Math.Max(d.Start, firstStart));
        var (as_, ae) = (Math.Min(d.End, lastEnd), d.End);
        if (!text.IsEmpty)
        {
            while (be > bs && !char.IsLetterOrDigit(text[be - 1]))
            {
                be--;
            }
            while (as_ < ae && !char.IsLetterOrDigit(text[as_]))
            {
                as_++;
            }
        }
        // A trimmed part that is not empty ends (before) or starts (after) with a letter or digit.
        var (s, e) = be - bs >= ae - as_ ? (bs, be) : (as_, ae);
        return e > s ? d with { Start = s, End = e } : null;
    }

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

    // Input sorted by ByStart (same-type overlaps merged): drops each free-form span that lies inside an earlier-sorted
    // free-form span; the one reaching furthest is the only container to check.
    private static void DropContainedFreeForm(List<Detection> detections)
    {
        var write = 0;
        var container = -1;
        for (var i = 0; i < detections.Count; i++)
        {
            var d = detections[i];
            if (IsFreeForm(d.Type))
            {
                if (container >= 0 && d.End <= detections[container].End && d.Length < detections[container].Length)
                {
                    continue;
                }
                if (container < 0 || d.End > detections[container].End)
                {
                    container = write;
                }
            }
            detections[write++] = d;
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
        var c = IsFreeForm(a.Type).CompareTo(IsFreeForm(b.Type));
        if (c != 0)
        {
            return c;
        }
        c = b.Score.CompareTo(a.Score);
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
