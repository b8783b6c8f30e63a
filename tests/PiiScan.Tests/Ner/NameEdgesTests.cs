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

    // With a lexicon, a lower-case word that is no listed name is cut too ("caller" is not ordinary enough to be listed).
    [Theory]
    [InlineData("caller Yusuf Demir", "Yusuf Demir")]
    [InlineData("samantha Fox", "samantha Fox")] // a listed first name stays
    [InlineData("de Nicolas Roux", "de Nicolas Roux")]
    [InlineData("travis scott", "travis scott")]
    public void AfterLeadingLowerWords_WithLexicon_CutsUnlistedWords(string span, string expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["Samantha", "Yusuf"] }, new Dictionary<string, float> { ["PERSON"] = 3f }, Labels);
        Assert.Equal(expected, span[NameEdges.AfterLeadingLowerWords(span, lexicon)..]);
    }

    private static readonly string[] Labels = NerTestLabels.All;

    [Theory]
    [InlineData("sue Ryanair", "Ryanair")]
    [InlineData("DHL depot", "DHL")]
    [InlineData("the DHL depot", "DHL")]
    [InlineData("Dominion Post s", "Dominion Post")]
    [InlineData("Justice First party ,", "Justice First")] // stray punctuation goes with the trailing word
    [InlineData("al Qaeda", "al Qaeda")] // a leading particle stays
    [InlineData("Bank of America", "Bank of America")]
    [InlineData("Doctors without Borders", "Doctors without Borders")] // lower-case words inside stay
    [InlineData("Dragon Co .", "Dragon Co .")] // an abbreviation's period stays
    [InlineData("roberts & pemberton", "roberts & pemberton")] // no capital: a lower-case chat's name
    [InlineData("eBay", "eBay")]
    public void CapitalizedCore_OrganizationWithoutLowerCaseEdges(string span, string expected)
    {
        var (start, length) = NameEdges.CapitalizedCore(span);
        Assert.Equal(expected, span.Substring(start, length));
    }

    [Theory]
    [InlineData("Le technicien", 0, 2, true)]
    [InlineData("El cliente", 0, 2, true)]
    [InlineData("Le Minh Tuan", 0, 2, false)] // a capitalized word after it
    [InlineData("Le", 0, 2, false)] // nothing after it
    [InlineData("Leo said", 0, 3, false)] // no article
    public void IsArticleBeforeLowerWord_ArticleOpensSentence(string text, int start, int end, bool expected) =>
        Assert.Equal(expected, NameEdges.IsArticleBeforeLowerWord(text, start, end));

    [Theory]
    [InlineData("Ana Souza e moro", "Ana Souza")]
    [InlineData("Ludwig van", "Ludwig")] // a particle left at the end goes
    [InlineData("Sanne de Vries", "Sanne de Vries")]
    [InlineData("Travis scott", "Travis scott")]
    [InlineData("jess i", "jess")]
    [InlineData("dr. patel re", "dr. patel")] // a lower-case name ends before a final one- or two-letter word
    [InlineData("maria da", "maria da")] // a particle stays
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

    [Theory]
    [InlineData("Ask June Lee about it", 9, 5)]
    [InlineData("with April Jones", 11, 6)]
    [InlineData("June Carter", 5, 5)] // the value's start
    [InlineData("In June Smith joined", 8, 0)] // a time phrase
    [InlineData("since April Jones left", 12, 0)]
    [InlineData("on 5 June Carter said", 10, 0)] // a date
    [InlineData("Ask Juneau Lee", 11, 0)] // another word
    [InlineData("Ask XJune Lee", 10, 0)]
    [InlineData("Ask June  Lee", 10, 0)] // two spaces
    public void MonthFirstNameBefore_JoinsTheName(string text, int start, int expected) =>
        Assert.Equal(expected, NameEdges.MonthFirstNameBefore(text, start));

    [Theory]
    [InlineData("Danube delta", "Danube")]
    [InlineData("Lake Como area", "Lake Como")]
    [InlineData("Gulf of Mexico", "Gulf of Mexico")] // words inside stay
    [InlineData("Newcastle upon Tyne", "Newcastle upon Tyne")]
    [InlineData("new york city", "new york city")] // a lower-case place is read as written
    [InlineData("Danube", "Danube")]
    public void WithoutTrailingPlaceNouns_CutsLowerCaseWordsAfterTheName(string span, string expected) =>
        Assert.Equal(expected, span[..NameEdges.WithoutTrailingPlaceNouns(span)]);

    private static readonly LexiconPrior OrdinaryWords = LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), NerTestLabels.All, [(["change", "of", "address"], 3f)]);

    [Theory]
    [InlineData("change", true)]
    [InlineData("change of address", true)]
    [InlineData("Change", false)] // capitalized
    [InlineData("change Ostrava", false)]
    [InlineData("brooklyn", false)] // not an ordinary word
    public void IsOrdinaryLowerWords_EveryWordOrdinaryAndLowerCase(string span, bool expected) =>
        Assert.Equal(expected, NameEdges.IsOrdinaryLowerWords(span, OrdinaryWords));

    [Theory]
    [InlineData("D. Kaplan", true)]
    [InlineData("J. R. Tolkien", true)]
    [InlineData("N. Ireland", false)] // a compass point
    [InlineData("S. Korea", false)]
    [InlineData("St. Louis", false)] // no initial
    [InlineData("D. KAPLAN", false)]
    [InlineData("D. Kaplan Street", false)]
    [InlineData("Kaplan", false)]
    public void IsInitialAndName_InitialsBeforeAWord(string span, bool expected) =>
        Assert.Equal(expected, NameEdges.IsInitialAndName(span));
}
