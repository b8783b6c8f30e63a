namespace PiiScan.Detection;

/// <summary>
/// Resolves overlapping detections of one value before operators run. Same-type overlaps merge into their union
/// (keeping the best explanation). Across types an identifier (a pattern type: e-mail, phone, URL, ...) beats a
/// free-form type (PERSON, LOCATION, ORGANIZATION, STREET_ADDRESS, whose model-drawn edges are fuzzy) whatever the
/// scores: a name inside <c>John.Smith@example.com</c> must not split the address and leave the rest of it in the clear;
/// the free-form span keeps its longer part outside the identifier (spaces and punctuation at the cut trimmed) when that
/// part has a letter or digit. A free-form span inside a longer free-form span of another type is dropped whatever the
/// scores: the longer one comes from structure (a street line <c>742 Evergreen Terrace</c> around the model's guess
/// <c>Evergreen</c>, a name field's whole value), and keeping it hides everything either would; a street line also
/// absorbs a free-form span that crosses it (union, street type, higher score). Otherwise the higher score wins, then
/// the more specific type, then the longer span, then the earlier start, then the type name, so the result never
/// depends on recognizer order. The output is sorted by start and free of overlaps.
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
        // Detections that overlap nothing are kept as they are; the greedy choice runs within each run of
        // overlapping detections (a cluster), since a choice never depends on a detection it does not overlap. Linear
        // apart from the sorts, so a value with 100,000s of findings resolves quickly.
        var kept = 0;
        var clusterStart = 0;
        var clusterEnd = detections[0].End;
        for (var i = 1; i <= detections.Count; i++)
        {
            if (i < detections.Count && detections[i].Start < clusterEnd)
            {
                clusterEnd = Math.Max(clusterEnd, detections[i].End);
                continue;
            }
            kept = ResolveCluster(detections, clusterStart, i - clusterStart, kept, text);
            if (i < detections.Count)
            {
                clusterStart = i;
                clusterEnd = detections[i].End;
            }
        }
        detections.RemoveRange(kept, detections.Count - kept);
        detections.Sort(ByStart);
    }

    // A street line absorbs every free-form span of another type that overlaps it (the network's LOCATION `der
    // Goethestraße` across the street line `Goethestraße 27` would otherwise win and leave the house number in the
    // clear): the line grows to the union, keeps the higher score, and the absorbed span becomes empty. Streets are
    // taken in order of start within the cluster (sorted by start); a grown line is checked again.
    private static void AbsorbIntoStreetLines(List<Detection> detections, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (detections[i].Type != EntityTypes.StreetAddress)
            {
                continue;
            }
            for (var grown = true; grown;)
            {
                grown = false;
                for (var j = start; j < start + count; j++)
                {
                    var other = detections[j];
                    var street = detections[i];
                    if (j == i || other.Length == 0 || other.Type == EntityTypes.StreetAddress || !IsFreeForm(other.Type) || !other.Overlaps(street))
                    {
                        continue;
                    }
                    detections[i] = street with
                    {
                        Start = Math.Min(street.Start, other.Start),
                        End = Math.Max(street.End, other.End),
                        Score = Math.Max(street.Score, other.Score),
                    };
                    detections[j] = other with { End = other.Start };
                    grown = true;
                }
            }
        }
    }

    // Resolves detections[start..start+count) (sorted by start) greedily by priority (identifiers first): a detection
    // is kept when it overlaps nothing kept so far; a free-form one that overlaps only identifiers is cut to its longer
    // part outside them. Writes the kept ones from index write on (write <= start) and returns the next write index.
    private static int ResolveCluster(List<Detection> detections, int start, int count, int write, ReadOnlySpan<char> text)
    {
        if (count == 1)
        {
            detections[write] = detections[start];
            return write + 1;
        }
        AbsorbIntoStreetLines(detections, start, count);
        detections.Sort(start, count, PriorityOrder);
        var first = write;
        for (var i = start; i < start + count; i++)
        {
            var candidate = detections[i];
            if (candidate.Length == 0)
            {
                continue; // absorbed into a street line
            }
            int firstStart = int.MaxValue, lastEnd = -1;
            var overlapsFreeForm = false;
            for (var j = first; j < write; j++)
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
                detections[write++] = candidate;
            }
            else if (!overlapsFreeForm && IsFreeForm(candidate.Type) && Remainder(candidate, firstStart, lastEnd, text) is { } part)
            {
                detections[write++] = part;
            }
        }
        return write;
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

    internal static bool IsFreeForm(string type) => Specificity(type) == 1;

    // The longer of the candidate's parts before firstStart and after lastEnd, trimmed at the cut; null when neither has
    // a letter or digit.
    internal static Detection? Remainder(in Detection d, int firstStart, int lastEnd, ReadOnlySpan<char> text)
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

    // Sorts by start and merges each same-type overlap into its union (keeping the better explanation). Written
    // detections of one type stay disjoint and sorted, so only the last one written of a type can overlap the next.
    private static void MergeSameType(List<Detection> detections)
    {
        detections.Sort(ByStart);
        Span<int> lastOfType = stackalloc int[MaxTrackedTypes]; // index of the last written detection of each type seen
        var typeCount = 0;
        var write = 0;
        for (var i = 0; i < detections.Count; i++)
        {
            var d = detections[i];
            var t = 0;
            while (t < typeCount && detections[lastOfType[t]].Type != d.Type)
            {
                t++;
            }
            var prevIndex = t < typeCount ? lastOfType[t] : typeCount == MaxTrackedTypes ? FindLastOfType(detections, write, d.Type) : -1;
            if (prevIndex >= 0 && detections[prevIndex].Overlaps(d))
            {
                var prev = detections[prevIndex];
                var best = prev.Score >= d.Score ? prev : d;
                detections[prevIndex] = best with { Start = Math.Min(prev.Start, d.Start), End = Math.Max(prev.End, d.End) };
                continue;
            }
            if (t == typeCount && typeCount < MaxTrackedTypes)
            {
                typeCount++;
            }
            if (t < typeCount)
            {
                lastOfType[t] = write;
            }
            detections[write++] = d;
        }
        detections.RemoveRange(write, detections.Count - write);
    }

    // More distinct types than this in one value fall back to a backward search (never in practice: 36 types exist).
    private const int MaxTrackedTypes = 64;

    private static int FindLastOfType(List<Detection> detections, int write, string type)
    {
        for (var j = write - 1; j >= 0; j--)
        {
            if (detections[j].Type == type)
            {
                return j;
            }
        }
        return -1;
    }

    // Same-type overlaps merged: drops each free-form span that lies inside an earlier-sorted free-form span; the one
    // reaching furthest is the only container to check.
    private static void DropContainedFreeForm(List<Detection> detections)
    {
        detections.Sort(ByStart); // a merge may have lengthened a span past a longer one with the same start
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

    private static readonly Comparer<Detection> PriorityOrder = Comparer<Detection>.Create(ByPriority);

    internal static int ByStart(Detection a, Detection b)
    {
        var c = a.Start.CompareTo(b.Start);
        if (c != 0)
        {
            return c;
        }
        c = b.End.CompareTo(a.End);
        return c != 0 ? c : string.CompareOrdinal(a.Type, b.Type);
    }

    internal static int ByPriority(Detection a, Detection b)
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
