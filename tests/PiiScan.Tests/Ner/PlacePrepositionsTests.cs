using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class PlacePrepositionsTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    private static readonly LexiconPrior Lexicon = LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>> { ["LOCATION"] = ["Milano", "Porto"], ["PERSON"] = ["Francesca", "Porto"] },
        new Dictionary<string, float> { ["LOCATION"] = 3f, ["PERSON"] = 5f }, Labels);

    [Theory]
    [InlineData("en", "Sevilla", true)] // a place preposition before any capitalized word
    [InlineData("nach", "Graz", true)]
    [InlineData("a", "Milano", true)] // before a listed place
    [InlineData("a", "Francesca", false)] // before a person
    [InlineData("a", "Porto", false)] // listed as a person too
    [InlineData("a", "Bologna", false)] // not listed
    [InlineData("in", "Milano", false)] // English 'in' is left to the network
    [InlineData("a", "milano", false)] // lower case
    public void PlaceFollows_PrepositionBeforePlace(string previous, string word, bool expected) =>
        Assert.Equal(expected, PlacePrepositions.PlaceFollows(previous, word, Lexicon, locationBegin: 3, personBegin: 1));
}
