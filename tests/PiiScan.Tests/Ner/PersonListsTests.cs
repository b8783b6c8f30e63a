using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class PersonListsTests
{
    private static string Parts(string span)
    {
        if (!PersonLists.IsListOfFullNames(span))
        {
            return span;
        }
        var parts = new List<string>();
        var pos = 0;
        while (PersonLists.NextPart(span, ref pos, out var start, out var end))
        {
            parts.Add(span[start..end]);
        }
        return string.Join("|", parts);
    }

    [Theory]
    [InlineData("Jeffrey Synder , Ryan Hinze", "Jeffrey Synder|Ryan Hinze")]
    [InlineData("Ann Lee; Bo Chen;  Carl  Diaz ", "Ann Lee|Bo Chen|Carl  Diaz")]
    [InlineData("Lenhart , Matthew", "Lenhart , Matthew")]
    [InlineData("Smith, John A.", "Smith, John A.")]
    [InlineData("Jane Doe", "Jane Doe")]
    [InlineData("Ann Lee, Bo", "Ann Lee, Bo")]
    [InlineData("Ann Lee,", "Ann Lee,")]
    public void IsListOfFullNames_Spans_SplitOnlyListsOfFullNames(string span, string expected) =>
        Assert.Equal(expected, Parts(span));
}
