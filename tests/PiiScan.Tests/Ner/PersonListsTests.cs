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

    [Theory]
    [InlineData("Priya, Sanjay and Meena", 13, true)] // "Priya, Sanjay" before "and Meena"
    [InlineData("Ana, Luis, and Marta", 9, true)] // a serial comma
    [InlineData("Lenhart, Matthew called", 16, false)] // "Last, First"
    [InlineData("Priya Sanjay and Meena", 12, false)] // no comma in the span
    [InlineData("Tom, Jerry and the team", 10, false)] // no capitalized word after "and"
    public void OpensSeries_CommaPairBeforeAndAName(string text, int end, bool expected) =>
        Assert.Equal(expected, PersonLists.OpensSeries(text, 0, end));
}
