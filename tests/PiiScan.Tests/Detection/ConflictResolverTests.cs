using PiiScan.Detection;
using Xunit;
using Det = PiiScan.Detection.Detection;

namespace PiiScan.Tests.Detection;

public class ConflictResolverTests
{
    [Fact]
    public void Resolve_HigherScoreOverlap_HigherScoreWins()
    {
        var list = new List<Det>
        {
            new(0, 10, EntityTypes.Url, 0.6f, "Url", "url"),
            new(2, 8, EntityTypes.EmailAddress, 0.9f, "Email", "email"),
        };
        ConflictResolver.Resolve(list);
        Assert.Equal([new Det(2, 8, EntityTypes.EmailAddress, 0.9f, "Email", "email")], list);
    }

    [Fact]
    public void Resolve_TiedScore_MoreSpecificTypeWins()
    {
        var list = new List<Det>
        {
            new(0, 12, EntityTypes.Person, 0.8f, "Ner", "ner"),
            new(0, 12, EntityTypes.PhoneNumber, 0.8f, "Phone", "phone"),
        };
        ConflictResolver.Resolve(list);
        Assert.Single(list);
        Assert.Equal(EntityTypes.PhoneNumber, list[0].Type);
    }

    [Fact]
    public void Resolve_SameTypeOverlap_MergesToUnion()
    {
        var list = new List<Det>
        {
            new(5, 12, EntityTypes.Person, 0.7f, "Ner", "w1"),
            new(0, 8, EntityTypes.Person, 0.9f, "Ner", "w0"),
        };
        ConflictResolver.Resolve(list);
        var d = Assert.Single(list);
        Assert.Equal((0, 12, 0.9f, "w0"), (d.Start, d.End, d.Score, d.Pattern));
    }

    [Theory]
    [InlineData(EntityTypes.StreetAddress, 0, 20, 0.5f, EntityTypes.Organization, 4, 13, 0.99f, 0, 20)] // model guess inside a street line
    [InlineData(EntityTypes.Person, 4, 13, 0.99f, EntityTypes.Location, 0, 20, 0.5f, 0, 20)] // input order does not matter
    [InlineData(EntityTypes.Person, 0, 10, 0.5f, EntityTypes.Location, 5, 20, 0.99f, 5, 20)] // crossing, not inside: higher score wins
    [InlineData(EntityTypes.StreetAddress, 5, 20, 0.84f, EntityTypes.Location, 0, 10, 0.88f, 0, 20)] // a street line absorbs a crossing span
    [InlineData(EntityTypes.Person, 0, 10, 0.5f, EntityTypes.Location, 0, 10, 0.99f, 0, 10)] // same span: higher score wins
    public void Resolve_FreeFormInsideLongerFreeForm_LongerWinsWhateverTheScores(
        string aType, int aStart, int aEnd, float aScore, string bType, int bStart, int bEnd, float bScore, int keptStart, int keptEnd)
    {
        var list = new List<Det> { new(aStart, aEnd, aType, aScore, "a", "a"), new(bStart, bEnd, bType, bScore, "b", "b") };
        ConflictResolver.Resolve(list);
        var d = Assert.Single(list);
        Assert.Equal((keptStart, keptEnd), (d.Start, d.End));
    }

    [Fact]
    public void Resolve_IdentifierInsideFreeForm_IdentifierStillWins()
    {
        var list = new List<Det>
        {
            new(0, 30, EntityTypes.Person, 0.9f, "Ner", "ner"),
            new(10, 25, EntityTypes.EmailAddress, 0.5f, "Email", "email"),
        };
        ConflictResolver.Resolve(list);
        Assert.Contains(list, d => d.Type == EntityTypes.EmailAddress && (d.Start, d.End) == (10, 25));
    }

    [Fact]
    public void Resolve_SameTypeOverlapAfterLongEarlierSpan_Merges()
    {
        var list = new List<Det>
        {
            new(0, 100, EntityTypes.Person, 0.9f, "a", "a"),
            new(5, 10, EntityTypes.Location, 0.5f, "b", "b"),
            new(50, 60, EntityTypes.Person, 0.8f, "c", "c"),
        };
        ConflictResolver.Resolve(list);
        var d = Assert.Single(list);
        Assert.Equal((0, 100), (d.Start, d.End));
    }

    [Fact]
    public void Resolve_DisjointDetections_AllKeptSortedByStart()
    {
        var list = new List<Det>
        {
            new(20, 25, EntityTypes.IpAddress, 0.5f, "ip", "v4"),
            new(0, 5, EntityTypes.EmailAddress, 0.9f, "e", "e"),
            new(10, 15, EntityTypes.CreditCard, 1f, "cc", "cc"),
        };
        ConflictResolver.Resolve(list);
        Assert.Equal([0, 10, 20], list.Select(d => d.Start));
    }

    [Fact]
    public void Resolve_OrderOfInput_DoesNotChangeResult()
    {
        var a = new Det(0, 10, EntityTypes.Url, 0.8f, "u", "u");
        var b = new Det(5, 15, EntityTypes.EmailAddress, 0.8f, "e", "e");
        var c = new Det(12, 20, EntityTypes.IpAddress, 0.8f, "i", "i");
        var first = new List<Det> { a, b, c };
        var second = new List<Det> { c, b, a };
        ConflictResolver.Resolve(first);
        ConflictResolver.Resolve(second);
        Assert.Equal(first, second);
        for (var i = 1; i < first.Count; i++)
        {
            Assert.False(first[i - 1].Overlaps(first[i]));
        }
    }

    [Fact]
    public void Resolve_NameInsideEmail_EmailWinsWhateverTheScores()
    {
        const string text = "reach me at John.Smith@example.com";
        var list = new List<Det>
        {
            new(12, 16, EntityTypes.Person, 0.99f, "Ner", "ner"),
            new(17, 22, EntityTypes.Person, 0.98f, "Ner", "ner"),
            new(12, 34, EntityTypes.EmailAddress, 0.6f, "Email", "email"),
        };
        ConflictResolver.Resolve(list, text);
        Assert.Equal([new Det(12, 34, EntityTypes.EmailAddress, 0.6f, "Email", "email")], list);
    }

    [Theory]
    [InlineData("John Smith<john.smith@example.com>", 0, 15, 0, 10)]
    [InlineData("mail jdoe@example.com, Jane Doe", 5, 31, 23, 31)]
    [InlineData("x@example.com", 0, 5, -1, -1)]
    public void Resolve_FreeFormCrossingEmail_CutOutsideEmail(string text, int nerStart, int nerEnd, int expectedStart, int expectedEnd)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var emailStart = text.LastIndexOfAny([' ', '<'], at) + 1;
        var emailEnd = text.IndexOfAny([',', '>'], at) is var e and >= 0 ? e : text.Length;
        var list = new List<Det>
        {
            new(nerStart, nerEnd, EntityTypes.Person, 0.99f, "Ner", "ner"),
            new(emailStart, emailEnd, EntityTypes.EmailAddress, 0.6f, "Email", "email"),
        };
        ConflictResolver.Resolve(list, text);
        Assert.Contains(list, d => d.Type == EntityTypes.EmailAddress && (d.Start, d.End) == (emailStart, emailEnd));
        var person = list.Where(d => d.Type == EntityTypes.Person).Select(d => (d.Start, d.End)).ToList();
        Assert.Equal(expectedStart < 0 ? [] : [(expectedStart, expectedEnd)], person);
    }

    [Fact]
    public void Resolve_TwoFreeFormTypes_HigherScoreWins()
    {
        var list = new List<Det>
        {
            new(0, 10, EntityTypes.Location, 0.7f, "Ner", "ner"),
            new(4, 12, EntityTypes.Person, 0.9f, "Ner", "ner"),
        };
        ConflictResolver.Resolve(list, "Paris Hilton");
        Assert.Equal([new Det(4, 12, EntityTypes.Person, 0.9f, "Ner", "ner")], list);
    }
}
