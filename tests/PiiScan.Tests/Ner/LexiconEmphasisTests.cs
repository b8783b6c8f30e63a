using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>Words in capitals as emphasis (<see cref="LexiconPrior.ApplyEmphasis"/>).</summary>
public sealed class LexiconEmphasisTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    private static LexiconPrior Lexicon() => LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["Hope"] },
        new Dictionary<string, float> { ["PERSON"] = 5f }, Labels,
        penalized: [(["love", "mark", "hope", "who"], 3f)], givenNames: ["Mark"]);

    [Theory]
    [InlineData("LOVE", true)] // an ordinary word in capitals
    [InlineData("MARK", false)] // its capitalized form is a given name
    [InlineData("HOPE", false)] // its capitalized form is listed with a bonus
    [InlineData("WHO", false)] // under four letters: an acronym as often
    [InlineData("Love", false)] // not in capitals
    [InlineData("ZORP", false)] // no ordinary lower-case form
    public void ApplyEmphasis_PenalizesOnlyOrdinaryWordsInCapitals(string word, bool expected)
    {
        var row = new float[Labels.Length];
        Assert.Equal(expected, Lexicon().ApplyEmphasis(word, row));
        Assert.Equal(expected ? -3f : 0f, row[Array.IndexOf(Labels, "B-PERSON")]);
        Assert.Equal(0f, row[Array.IndexOf(Labels, "O")]);
    }
}
