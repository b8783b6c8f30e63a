using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class NameEdgesTests
{
    // Without a lexicon only one- and two-letter words and relation nouns count as ordinary.
    [Theory]
    [InlineData("é Ana Souza e moro", "Ana Souza e moro")]
    [InlineData("mari Pierre Martin", "Pierre Martin")] // a relation noun
    [InlineData("my sister Chloe", "Chloe")]
    [InlineData("van Gogh", "van Gogh")] // a particle stays
    [InlineData("de Nicolas Roux", "de Nicolas Roux")]
    [InlineData("samantha Fox", "samantha Fox")] // a lower-case first name before a surname stays
    [InlineData("travis scott", "travis scott")] // no capitalized word: a chat name
    [InlineData("mi DNI", "DNI")]
    [InlineData("Ana Souza", "Ana Souza")]
    [InlineData("al-Assad Bashar", "al-Assad Bashar")] // a hyphenated word is no lower-case word
    [InlineData(" ana Souza", " ana Souza")] // no word at the start: nothing cut
    public void AfterLeadingLowerWords_CutsOrdinaryWordsBeforeTheName(string span, string expected) =>
        Assert.Equal(expected, span[NameEdges.AfterLeadingLowerWords(span, lexicon: null)..]);

    [Theory]
    [InlineData("Ana Souza e moro", "Ana Souza")]
    [InlineData("Ludwig van", "Ludwig")] // a particle left at the end goes
    [InlineData("Sanne de Vries", "Sanne de Vries")]
    [InlineData("Travis scott", "Travis scott")]
    [InlineData("jess i", "jess")]
    public void WithoutTrailingLowerWords_CutsWordsAfterTheName(string span, string expected) =>
        Assert.Equal(expected, span[..NameEdges.WithoutTrailingLowerWords(span, lexicon: null)]);

    [Theory]
    [InlineData("in der Goethestraße 27", 3, 6, true)]
    [InlineData("in der  Goethestraße", 3, 6, true)]
    [InlineData("in der goethestraße", 3, 6, false)] // lower case after it: left to the network
    [InlineData("at the end", 3, 6, false)]
    [InlineData("I love nyc", 7, 10, false)] // nothing after it
    [InlineData("visit Graz Airport", 6, 10, false)] // capitalized
    [InlineData("from berlin Mitte", 5, 11, false)] // longer than three letters
    public void IsArticleBeforeName_ShortLowerWordBeforeCapital(string text, int start, int end, bool expected) =>
        Assert.Equal(expected, NameEdges.IsArticleBeforeName(text, start, end));

    [Theory]
    [InlineData(". Okafor", "Okafor")]
    [InlineData("'Angelo Russell", "Angelo Russell")]
    [InlineData("@jdoe", "@jdoe")] // a mention keeps its sigil
    [InlineData("#Houston", "#Houston")]
    [InlineData("...", "...")] // nothing but punctuation: left to the letter-count filter
    public void LeadingPunctuation_NameStartsWithALetter(string span, string expected) =>
        Assert.Equal(expected, span[NameEdges.LeadingPunctuation(span)..]);

    [Theory]
    [InlineData("D'Angelo Russell", 2, 2)]
    [InlineData("Shaquille O’Neal", 12, 2)] // typographic apostrophe
    [InlineData("Tony D'Angelo", 7, 2)]
    [InlineData("ROCK'N Roll", 5, 0)] // the capital is the end of a word
    [InlineData("l'Angelo", 2, 0)] // lower case: an elided article
    [InlineData("Angelo", 0, 0)]
    public void GluedInitialBefore_CapitalAndApostrophe_JoinTheName(string text, int start, int expected) =>
        Assert.Equal(expected, NameEdges.GluedInitialBefore(text, start));
}
