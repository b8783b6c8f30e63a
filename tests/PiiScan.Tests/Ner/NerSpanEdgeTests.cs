using PiiScan.Detection;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>Span edges: a lone punctuation mark neither starts nor ends a span; the pronoun I is never part of a name.</summary>
public class NerSpanEdgeTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    private static readonly string[] Vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Wendy", "Smith", ",", "I", "(", ")", "Thanks", "Elizabeth", "Inc", ".", "Acme", "@", "jdoe", "have", "J", "Jr", "García", "/", "2", "-", "##Error", "##Service", "##Smith", "##Cloud", "##error", "Mc", "##Wendy", "5", "##pm", ":", "30", "pm", "12", "##AM", "14", "Mill", "Road", "\uFE0F", "Lake", "lake", "|", "Polmar"];

    // Every listed word is I-PERSON (sure), [UNK] is B-PERSON; "Thanks" and "have" are O; Acme/Inc are B-/I-ORG,
    // "." I-PERSON or I-ORG.
    private static TableLogitsBackend Backend(bool periodInOrganization)
    {
        float[] inside = [0, 0, 1];
        var rows = new Dictionary<long, float[]> { [1] = [0, 1] };
        foreach (var w in new[] { "Wendy", "Smith", ",", "I", "(", ")", "Elizabeth", "@", "jdoe", "J", "Jr", "García", "-", "Mc", "\uFE0F" })
        {
            rows[Array.IndexOf(Vocab, w)] = inside;
        }
        rows[Array.IndexOf(Vocab, "Acme")] = [0, 0, 0, 0, 0, 1];
        rows[Array.IndexOf(Vocab, "Inc")] = [0, 0, 0, 0, 0, 0, 1];
        rows[Array.IndexOf(Vocab, ".")] = periodInOrganization ? [0, 0, 0, 0, 0, 0, 1] : inside;
        // a clock time read as more of the organization before it; a street line's words
        foreach (var w in new[] { "5", "##pm", ":", "30", "pm", "12", "##AM" })
        {
            rows[Array.IndexOf(Vocab, w)] = [0, 0, 0, 0, 0, 0, 1];
        }
        rows[Array.IndexOf(Vocab, "Polmar")] = [0, 0, 0, 0, 0, 0, 1];
        rows[Array.IndexOf(Vocab, "|")] = [0, 0, 0, 0, 0, 0, 1];
        rows[Array.IndexOf(Vocab, "Lake")] = [0, 0, 0, 1];
        rows[Array.IndexOf(Vocab, "lake")] = [0, 0, 0, 1];
        foreach (var w in new[] { "14", "Mill", "Road" })
        {
            rows[Array.IndexOf(Vocab, w)] = [0, 0, 0, 0, 0, 0, 0, 0, 1];
        }
        return new TableLogitsBackend(Labels.Length, rows);
    }

    private static List<(string Text, string Type)> Analyze(string text, bool periodInOrganization = false, string? lexiconJson = null)
    {
        var dir = TestPaths.NewTempDir();
        if (lexiconJson is not null)
        {
            File.WriteAllText(Path.Combine(dir, LexiconPrior.FileName), lexiconJson);
        }
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), Vocab);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":32}}""");
        using var ner = new NerRecognizer(NerModel.Load(dir), [Backend(periodInOrganization)]);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(text, results);
        return [.. results.Select(d => (text[d.Start..d.End], d.Type))];
    }

    [Theory]
    [InlineData("Thanks Wendy, I have", "Wendy")] // the pronoun after a comma
    [InlineData("Thanks Zorblax Wendy Smith", "Zorblax Wendy Smith")] // an unknown word ([UNK]) the model put in the name stays
    [InlineData("Thanks (Wendy Smith) have", "Wendy Smith")] // brackets at both edges
    [InlineData("Thanks Smith, Wendy have", "Smith, Wendy")] // a comma inside stays ("Last, First")
    [InlineData("Thanks Elizabeth I have", "Elizabeth I")] // no comma: a regnal number
    [InlineData("Thanks I'm Wendy Smith", "Wendy Smith")] // a contraction of the pronoun
    [InlineData("Thanks Wendy García. have", "Wendy García")] // the sentence's period
    [InlineData("Thanks Wendy García . have", "Wendy García")] // tokenized text
    [InlineData("Thanks Wendy J. have", "Wendy J.")] // an initial's period
    [InlineData("Thanks Wendy Smith Jr. have", "Wendy Smith Jr.")]
    [InlineData("Thanks I\u2019ve Wendy Smith", "Wendy Smith")]
    [InlineData("Thanks @jdoe have", "@jdoe")] // a mention keeps its '@'
    [InlineData("Thanks Wendy \u2764\uFE0F have", "Wendy")] // an emoji's variation selector (a mark the tokenizer keeps as a word)
    [InlineData("Thanks Wendy \u2764\uFE0F Smith have", "Wendy \u2764\uFE0F Smith")] // inside a span it stays, like punctuation
    [InlineData("Thanks Wendy_Smith Wendy have", "Wendy")] // an identifier joined by underscores ([UNK]: B-PERSON) is no name
    [InlineData("Thanks Zorblax Wendy | Smith Wendy", "Zorblax Wendy")] // a table cell ends the name; the continuation is dropped
    [InlineData("Thanks Zorblax Wendy\tSmith", "Zorblax Wendy")] // a tab-separated field too
    [InlineData("| Zorblax Wendy | Zorblax |", "Zorblax Wendy")] // a name inside a cell stays whole
    public void AnalyzeText_EdgeWords_SpanTrimmed(string text, string expected)
    {
        var found = Analyze(text);
        Assert.Equal([(expected, EntityTypes.Person)], found);
    }

    [Theory]
    [InlineData("| Wendy | Smith |\n|---|:---:|\n| Zorblax Wendy | x |")]
    [InlineData("Team:\nWendy | Smith\n--- | ---\nZorblax Wendy | x")]
    public void AnalyzeText_MarkdownTableHeader_NoEntities(string text)
    {
        // Header cells name columns; the body row below is read as usual.
        Assert.Equal([("Zorblax Wendy", EntityTypes.Person)], Analyze(text));
    }

    [Fact]
    public void AnalyzeText_MarkdownTableHeaderControl_WithoutRuleRowIsRead()
    {
        // the same first row without a delimiter row below it is no header
        Assert.Contains(("Wendy", EntityTypes.Person), Analyze("| Wendy | Smith |\n| Zorblax Wendy | x |"));
    }

    [Fact]
    public void AnalyzeText_ListedNameAfterCellSeparator_OpensNewSpan()
    {
        // "Smith" continues "Zorblax Wendy" across '|' (every listed word reads I-PERSON); listed as a name, it opens the
        // next cell's span instead of being dropped with it.
        const string lexicon = """{"bonus":{"PERSON":0.01},"words":{"PERSON":["Smith"]}}""";
        Assert.Equal([("Zorblax Wendy", EntityTypes.Person), ("Smith Wendy", EntityTypes.Person)], Analyze("Thanks Zorblax Wendy | Smith Wendy", lexiconJson: lexicon));
        Assert.Equal([("Zorblax Wendy", EntityTypes.Person)], Analyze("Thanks Zorblax Wendy | Wendy Smith", lexiconJson: lexicon));
    }

    [Theory]
    [InlineData("Thanks Wendy/2.1 have", null)] // a client name with its version (user agent)
    [InlineData("Thanks Wendy / 2 have", "Wendy")] // not glued: a name and a number
    [InlineData("Thanks Wendy/Smith have", "Wendy")] // glued, but no version
    public void AnalyzeText_NameWithGluedVersion_NoEntity(string text, string? expected)
    {
        var found = Analyze(text);
        Assert.Equal(expected, found.Count == 0 ? null : found[0].Text);
    }

    [Theory]
    [InlineData("Thanks WendyError have", null)] // a class name: ValueError, RequestHandler
    [InlineData("Thanks WendySmithService have", null)]
    [InlineData("Thanks McWendy have", "McWendy")] // an inner capital in a name
    [InlineData("Thanks WendyCloud have", "WendyCloud")] // a brand: SoundCloud
    [InlineData("Thanks Wendyerror have", "Wendyerror")] // one part
    [InlineData("Thanks @WendyService have", "@WendyService")] // a mention's handle stays the mention rules'
    public void AnalyzeText_ClassName_NoEntity(string text, string? expected)
    {
        var found = Analyze(text);
        Assert.Equal(expected, found.Count == 0 ? null : found[0].Text);
    }

    [Theory]
    [InlineData("Thanks Wendy.java have", null)] // a source file: UserService.java
    [InlineData("Thanks Wendy.Smith.yaml have", null)] // dotted name parts before the extension
    [InlineData("Thanks Wendy.YAML have", null)] // an upper-case extension of 3+ letters
    [InlineData("Thanks Wendy.pdf have", "Wendy")] // a document: its name may be a person's (Lisa_resume.doc)
    [InlineData("Thanks Wendy.Smith have", "Wendy.Smith")] // no extension
    [InlineData("Thanks Wendy.J have", "Wendy.J")] // an initial, no extension
    [InlineData("Thanks Wendy.jsx2 have", "Wendy")] // not a listed extension (its unknown word starts a span of its own)
    public void AnalyzeText_FileName_NoEntity(string text, string? expected)
    {
        var found = Analyze(text);
        Assert.Equal(expected, found.Count == 0 ? null : found[0].Text);
    }

    [Theory]
    [InlineData("Thanks Wendy-6fcf3d0d3249 have", null)] // an id prefix: chatcmpl-6fcf3d0d...
    [InlineData("Thanks Wendy-Smith have", "Wendy-Smith")] // a double-barrelled name
    [InlineData("Thanks Wendy-a1b2c3 have", "Wendy")] // suffix too short for a random id
    [InlineData("Thanks Wendy-abcdefghij have", "Wendy")] // no digit
    [InlineData("Thanks Wendy-12345678 have", null)] // no letter, but a number glued on: an id (see versioned names)
    [InlineData("Thanks Wendy - a1b2c3d4e5 have", "Wendy")] // not glued
    public void AnalyzeText_WordGluedToRandomId_NoEntity(string text, string? expected)
    {
        var found = Analyze(text);
        Assert.Equal(expected, found.Count == 0 ? null : found[0].Text);
    }

    [Theory]
    [InlineData("Thanks Wendy-3-Smith have", null)] // a model id: claude-3-haiku
    [InlineData("Thanks Wendy-2 have", null)] // Phi-3, gpt-4
    [InlineData("Thanks Wendy-Smith-2 have", null)] // a version anywhere after the first word
    [InlineData("Thanks 2-Wendy have", "Wendy")] // a leading number is no version (7-Eleven)
    [InlineData("Thanks Wendy-Smith have", "Wendy-Smith")] // no version: a double-barrelled name
    [InlineData("Thanks Wendy - 2 have", "Wendy")] // not glued
    public void AnalyzeText_HyphenatedNameWithVersion_NoEntity(string text, string? expected)
    {
        var found = Analyze(text);
        Assert.Equal(expected, found.Count == 0 ? null : found[0].Text);
    }

    [Theory]
    [InlineData("Thanks Acme 5pm have", "Acme")]
    [InlineData("Thanks Acme 12AM have", "Acme")]
    [InlineData("Thanks Acme 5 pm have", "Acme")]
    [InlineData("Thanks Acme 12:30 have", "Acme")]
    [InlineData("Thanks Acme 5:30pm have", "Acme")]
    [InlineData("Thanks Acme 5:30 pm have", "Acme")]
    [InlineData("Thanks Acme 5.30pm have", "Acme")]
    [InlineData("Thanks Acme 5.30 pm have", "Acme")]
    [InlineData("Thanks Acme 30 pm have", "Acme 30")] // no hour: 30 pm
    [InlineData("Thanks Acme 5.30 have", "Acme 5.30")] // a decimal number, no time
    [InlineData("Thanks Acme 12 have", "Acme 12")] // a number alone (Studio 54)
    public void AnalyzeText_ClockTimeAfterName_NotInSpan(string text, string expected) =>
        Assert.Equal([(expected, EntityTypes.Organization)], Analyze(text, periodInOrganization: true));

    [Theory]
    [InlineData("Thanks 14 Mill Road have", "14 Mill Road", EntityTypes.StreetAddress)]
    [InlineData("Thanks Mill Road have", "Mill Road", EntityTypes.Location)] // no number: a street's name is a place
    public void AnalyzeText_StreetLine_NeedsNumber(string text, string expected, string type) =>
        Assert.Equal([(expected, type)], Analyze(text));

    [Theory]
    [InlineData("Thanks Lake Wendy have", "Lake Wendy")] // the name after a place noun the network read as a person
    [InlineData("Thanks Lake Wendy Smith have", "Lake Wendy Smith")] // with the rest of its span
    [InlineData("Thanks Lake have", "Lake")]
    public void AnalyzeText_NameAfterPlaceNoun_JoinsPlace(string text, string expected) =>
        Assert.Equal([(expected, EntityTypes.Location)], Analyze(text));

    [Fact]
    public void AnalyzeText_NameAfterLowerCasePlaceNoun_StaysApart() =>
        Assert.Equal([("lake", EntityTypes.Location), ("Wendy", EntityTypes.Person)], Analyze("Thanks lake Wendy have"));

    [Fact]
    public void AnalyzeText_CompanyAfterCellSeparator_KeepsItsOwnStart()
    {
        // The network ran one organization across '|' ("Acme | Polmar Inc"); the company its legal form finds starts
        // after the separator, so it is not dropped with the continuation.
        Assert.Equal([("Acme", EntityTypes.Organization), ("Polmar Inc", EntityTypes.Organization)], Analyze("Thanks Acme | Polmar Inc have"));
        Assert.Equal([("Acme Polmar Inc", EntityTypes.Organization)], Analyze("Thanks Acme Polmar Inc have"));
    }

    [Fact]
    public void AnalyzeText_PeriodAfterAbbreviation_Kept()
    {
        // Only a name's sentence period is cut: an organization keeps the period the model put in it.
        Assert.Equal([("Acme Inc.", EntityTypes.Organization)], Analyze("Thanks Acme Inc. have", periodInOrganization: true));
    }

    [Fact]
    public void AnalyzeText_OnlyUnknownWordsAndPunctuation_NoSpan()
    {
        Assert.Empty(Analyze("Thanks 顧客 , have"));
        Assert.Empty(Analyze("Thanks ( , ) have"));
    }
}
