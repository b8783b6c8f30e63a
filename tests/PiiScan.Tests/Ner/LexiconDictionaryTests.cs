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

    // An unlisted capitalized sentence opener whose lower-case form is a dictionary word takes the penalty on every
    // entity label, unless a name may continue after it; a listed ordinary form keeps its own penalties.
    [Theory]
    [InlineData("Sinkhole", false, -2f)]
    [InlineData("Sinkhole", true, 0f)] // a name may continue
    [InlineData("Furey", false, 0f)] // no dictionary word
    public void ApplySentenceInitial_DictionaryWord_Penalty(string word, bool nameMayContinue, float expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels, dictionary: ["sinkhole"], dictionaryPenalty: 2f);
        var row = new float[Labels.Length];
        Assert.Equal(expected != 0, lexicon.ApplySentenceInitial(word, row, nameMayContinue));
        Assert.Equal(expected, row[Array.IndexOf(Labels, "B-ORGANIZATION")]);
        Assert.Equal(0f, row[Array.IndexOf(Labels, "O")]);
    }

    [Fact]
    public void Create_NegativeDictionaryPenalty_Throws() =>
        Assert.Throws<ArgumentException>(() => LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels, dictionaryPenalty: -1f));
}
