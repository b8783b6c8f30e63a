using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>The spelling-dictionary words of lexicon.json (<see cref="LexiconPrior.IsDictionaryWord"/>).</summary>
public sealed class LexiconDictionaryTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    // Compared by the lower-case form, so a capitalized or shouted word is found; words under 3 letters never are.
    [Theory]
    [InlineData("transit", true)]
    [InlineData("Transit", true)]
    [InlineData("TRANSIT", true)]
    [InlineData("Furey", false)]
    [InlineData("ox", false)] // listed, but under 3 letters
    [InlineData("", false)]
    public void IsDictionaryWord_ByLowerCaseForm(string word, bool expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels, dictionary: ["transit", "ox"]);
        Assert.Equal(expected, lexicon.IsDictionaryWord(word));
    }

    [Fact]
    public void IsDictionaryWord_NoList_False() =>
        Assert.False(LexiconPrior.Create(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels).IsDictionaryWord("transit"));

    // The shipped lexicon holds SCOWL's words that its common and technical lists lack, and no invented surname.
    [Theory]
    [InlineData("sinkhole", true)]
    [InlineData("Transit", true)]
    [InlineData("Furey", false)]
    public void IsDictionaryWord_ShippedLexicon(string word, bool expected) =>
        Assert.Equal(expected, Assert.IsType<LexiconPrior>(ShippedNer.Model.Lexicon).IsDictionaryWord(word));
}
