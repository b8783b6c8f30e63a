using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

public class LastFirstNamesTests
{
    private static readonly LexiconPrior Lexicon = LexiconPrior.Create(
        new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["Paul", "Alvarez", "Sachs", "Goldman"], ["LOCATION"] = ["Diego", "France"] },
        new Dictionary<string, float> { ["PERSON"] = 3f, ["LOCATION"] = 3f }, NerTestLabels.All, [(["call"], 3f)]);

    // The words of text (BertPreTokenizer, as the decoder sees them), and the end of a "LAST, FIRST" name at word 0.
    [Theory]
    [InlineData("HENDRICKS, PAUL, 88 Ridgeview Drive", false, "HENDRICKS, PAUL")] // a listed first name
    [InlineData("ALVAREZ, DIEGO, merchant", true, "ALVAREZ, DIEGO")] // a listed surname the network read as a person
    [InlineData("ALVAREZ, DIEGO, merchant", false, "")] // "Diego" is listed as a place only
    [InlineData("CHEN, PAUL-ANDRE | Toronto", false, "CHEN, PAUL-ANDRE")] // a hyphenated first name
    [InlineData("CALL, PAUL", false, "")] // an ordinary word in capitals
    [InlineData("GOLDMAN, SACHS & CO", true, "")] // a firm: the name runs on into "&"
    [InlineData("Hendricks, Paul", false, "")] // title case is read by the network
    [InlineData("HENDRICKS,PAUL", false, "")] // one space after the comma
    public void End_CapitalsLastFirst(string text, bool networkPerson, string expected)
    {
        var (s, words) = Words(text);
        var personBegin = LexiconPrior.IndexOf(NerTestLabels.All, "B-PERSON");
        var last = LastFirstNames.End(text, s, 0, words, Lexicon, personBegin, networkPerson);
        Assert.Equal(expected, last < 0 ? "" : text[..s.WordEnd[last]]);
    }

    // One token per word, as the decoder's word buffers hold them.
    private static (NerScratch S, int Words) Words(string text)
    {
        var s = new NerScratch();
        var split = new List<(int Start, int Length)>();
        BertPreTokenizer.Split(text, split);
        s.EnsureWords(split.Count, NerTestLabels.All.Length);
        for (var i = 0; i < split.Count; i++)
        {
            s.Tokens.Add(new NerToken(0, split[i].Start, split[i].Start + split[i].Length));
            s.WordToken[i] = i;
            s.WordEnd[i] = split[i].Start + split[i].Length;
        }
        return (s, split.Count);
    }
}
