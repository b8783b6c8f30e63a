using System.Diagnostics;
using CsCheck;
using PiiScan.Detection;
using Xunit;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Tests.Detection;

/// <summary>
/// The resolver (same-type merge by last span of a type, greedy choice per cluster of overlapping detections) against
/// the plain definition it implements: merge against every earlier span, greedy over all detections at once.
/// </summary>
public class ConflictResolverPropertyTests
{
    private static readonly string[] Types =
        [EntityTypes.Person, EntityTypes.Location, EntityTypes.StreetAddress, EntityTypes.EmailAddress, EntityTypes.Url, EntityTypes.PhoneNumber];

    private static readonly Gen<Det> OneDetection =
        Gen.Select(Gen.Int[0, 59], Gen.Int[1, 15], Gen.OneOfConst(Types), Gen.OneOfConst(0.5f, 0.7f, 0.9f, 1f))
            .Select((start, length, type, score) => new Det(start, Math.Min(60, start + length), type, score, "r", "p"));

    [Fact]
    public void Resolve_RandomDetections_SameAsPlainDefinition()
    {
        var text = Gen.OneOfConst('a', 'b', ' ', '.', '7').Array[60].Select(c => new string(c));
        Gen.Select(OneDetection.List[0, 30], text).Sample((list, value) =>
        {
            var expected = new List<Det>(list);
            PlainResolve(expected, value);
            var actual = new List<Det>(list);
            ConflictResolver.Resolve(actual, value);
            return expected.SequenceEqual(actual);
        }, iter: 3000);
    }

    [Fact]
    public void Resolve_HundredThousandsOfFindingsInOneValue_StaysFast()
    {
        // 200,000 e-mail addresses and a name beside each (a long document): the quadratic resolver took about a
        // minute here; linear work takes well under a second.
        var list = new List<Det>(400_000);
        for (var i = 0; i < 200_000; i++)
        {
            list.Add(new Det(i * 50, i * 50 + 20, EntityTypes.EmailAddress, 0.9f, "Email", "email"));
            list.Add(new Det(i * 50 + 25, i * 50 + 36, EntityTypes.Person, 0.95f, "Ner", "ner"));
        }
        var clock = Stopwatch.StartNew();
        ConflictResolver.Resolve(list);
        clock.Stop();
        Assert.Equal(400_000, list.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    // The definition, quadratic: every same-type overlap merges into the earliest-written overlapping span found from
    // the end; a free-form span inside a longer free-form span of another type is dropped; a street line absorbs the
    // free-form spans of other types that overlap it; then greedy by priority over all detections, each checked
    // against everything kept. The orders and the cut are the resolver's own (what is under test is how the work is
    // split, not the tie-breaks).
    private static void PlainResolve(List<Det> detections, string text)
    {
        if (detections.Count < 2)
        {
            return;
        }
        detections.Sort(ConflictResolver.ByStart);
        var write = 0;
        for (var i = 0; i < detections.Count; i++)
        {
            var d = detections[i];
            var merged = false;
            for (var j = write - 1; j >= 0 && !merged; j--)
            {
                var prev = detections[j];
                if (prev.Type == d.Type && prev.Overlaps(d))
                {
                    var best = prev.Score >= d.Score ? prev : d;
                    detections[j] = best with { Start = Math.Min(prev.Start, d.Start), End = Math.Max(prev.End, d.End) };
                    merged = true;
                }
            }
            if (!merged)
            {
                detections[write++] = d;
            }
        }
        detections.RemoveRange(write, detections.Count - write);
        detections.RemoveAll(d => ConflictResolver.IsFreeForm(d.Type) && detections.Any(o => ConflictResolver.IsFreeForm(o.Type) && o.Type != d.Type
            && o.Start <= d.Start && d.End <= o.End && d.Length < o.Length));
        if (detections.Count < 2)
        {
            return;
        }
        detections.Sort(ConflictResolver.ByStart);
        for (var i = 0; i < detections.Count; i++)
        {
            while (detections[i].Type == EntityTypes.StreetAddress
                && detections.FindIndex(o => o.Length > 0 && o.Type != EntityTypes.StreetAddress && ConflictResolver.IsFreeForm(o.Type) && o.Overlaps(detections[i])) is var j and >= 0)
            {
                var (street, other) = (detections[i], detections[j]);
                detections[i] = street with { Start = Math.Min(street.Start, other.Start), End = Math.Max(street.End, other.End), Score = Math.Max(street.Score, other.Score) };
                detections[j] = other with { End = other.Start };
            }
        }
        detections.RemoveAll(d => d.Length == 0);
        detections.Sort(ConflictResolver.ByPriority);
        var kept = new List<Det>();
        foreach (var candidate in detections)
        {
            var overlapping = kept.Where(k => k.Overlaps(candidate)).ToList();
            if (overlapping.Count == 0)
            {
                kept.Add(candidate);
            }
            else if (!overlapping.Any(k => ConflictResolver.IsFreeForm(k.Type)) && ConflictResolver.IsFreeForm(candidate.Type)
                && ConflictResolver.Remainder(candidate, overlapping.Min(k => k.Start), overlapping.Max(k => k.End), text) is { } part)
            {
                kept.Add(part);
            }
        }
        detections.Clear();
        detections.AddRange(kept);
        detections.Sort(ConflictResolver.ByStart);
    }
}
