using PiiScan.Detection;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>Mentions and hashtags (<see cref="SigilUnit"/>): a sigil and its word decoded as one unit.</summary>
public class NerSigilUnitTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    private static readonly string[] Vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "@", "#", "ann", "bob", "Paris", "thanks", "Override", "example", "com", ".", "(", ")", "acme", "Acme", "##Bob", "5", "Road", "Tom", "Baker"];

    private static long Id(string piece) => Array.IndexOf(Vocab, piece);

    // "#" leans I-LOCATION; "@" is sure O on its own; "ann" and "bob" lean B-PERSON and "thanks" I-PERSON (so without units "@ann thanks"
    // would run on); "Paris" is LOCATION only as a word start; "Override" is a likely PERSON; "acme" is ORGANIZATION
    // with 0.2 (a mention bonus makes it one).
    private static TableLogitsBackend Backend() => new(Labels.Length, new Dictionary<long, float[]>
    {
        [Id("@")] = [0.98f, 0.01f, 0, 0, 0, 0.01f],
        [Id("ann")] = [0.2f, 0.4f, 0.4f],
        [Id("bob")] = [0.2f, 0.4f, 0.4f],
        [Id("thanks")] = [0.3f, 0, 0.7f],
        [Id("Paris")] = [0.1f, 0, 0, 0.9f],
        [Id("Override")] = [0.1f, 0.5f, 0.4f],
        [Id("acme")] = [0.8f, 0, 0, 0, 0, 0.1f, 0.1f],
        [Id("Acme")] = [0.1f, 0.05f, 0.05f, 0, 0, 0.4f, 0.4f],
        [Id("#")] = [0.1f, 0, 0, 0, 0.9f],
        [Id("5")] = [0.1f, 0, 0, 0, 0.9f],
        [Id("Road")] = [0.1f, 0, 0, 0, 0.9f],
        [Id("Tom")] = [0.2f, 0.6f, 0.2f],
        [Id("Baker")] = [0.3f, 0.3f, 0.4f],
    });

    private static NerModel Model(string lexiconJson, string? handleTypesJson = null)
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), Vocab);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":32}}""");
        File.WriteAllText(Path.Combine(dir, LexiconPrior.FileName), lexiconJson);
        if (handleTypesJson is not null)
        {
            File.WriteAllText(Path.Combine(dir, HandleTypePrior.FileName), handleTypesJson);
        }
        return NerModel.Load(dir);
    }

    private const string WithPrior = """{"bonus":{"PERSON":5},"words":{"PERSON":[]},"mention_bonus":10,"annotations":["Override"]}""";
    private const string WithoutPrior = """{"bonus":{"PERSON":5},"words":{"PERSON":[]}}""";

    private static List<(string Text, string Type)> Analyze(string text, string lexiconJson = WithPrior, string? handleTypesJson = null)
    {
        using var ner = new NerRecognizer(Model(lexiconJson, handleTypesJson), [Backend()]);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(text, results);
        return [.. results.Select(d => (text[d.Start..d.End], d.Type))];
    }

    [Theory]
    [InlineData("@ann hi", 0, '@')]
    [InlineData("RT @ann: hi", 3, '@')]
    [InlineData("(@ann)", 1, '@')]
    [InlineData("\"@ann\"", 1, '@')]
    [InlineData(".@ann hi", 1, '@')]
    [InlineData("thanks @ann's team", 7, '@')]
    [InlineData("#Paris2024 rocks", 0, '#')]
    [InlineData("visit #Paris.", 6, '#')]
    // e-mail, SSH remote, dotted decorator, package scope, call, domain-like, hyphenated, port
    [InlineData("ann@example.com", 3, '\0')]
    [InlineData("git@github.com:org/repo", 3, '\0')]
    [InlineData("@app.route", 0, '\0')]
    [InlineData("@types/node", 0, '\0')]
    [InlineData("@Input() name", 0, '\0')]
    [InlineData("@ann-bob", 0, '\0')]
    [InlineData("@host:22", 0, '\0')]
    [InlineData("@ann@bob", 0, '\0')]
    // no letter, HTML entity, a word before the sigil, a space after it
    [InlineData("#1 fan", 0, '\0')]
    [InlineData("&#39;ann", 1, '\0')]
    [InlineData("C#ann", 1, '\0')]
    [InlineData("@ ann", 0, '\0')]
    public void Of_Table_SigilOrNone(string text, int sigil, char expected)
    {
        Assert.Equal(expected, SigilUnit.Of(text, sigil, sigil + 1, WordEnd(text, sigil + 1)));
    }

    // End of the pre-tokenizer word (letters, digits, '_') that starts at start.
    private static int WordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] == '_'))
        {
            end++;
        }
        return end;
    }

    [Theory]
    [InlineData("@app.route(\"/\")", true)]
    [InlineData("@Input() name", true)]
    [InlineData("use @torch.no_grad() here", true)]
    [InlineData("use @pytest.mark.slow here", true)]
    [InlineData("@functools.cache\ndef f(): pass", true)]
    [InlineData("class A:\n    @email.setter\n", true)]
    // a dotted handle in prose: its words are left to the model
    [InlineData("cc @maria.gonzalez and @bob", false)]
    [InlineData("use @functools.cache here", false)]
    [InlineData("x @ann.", false)]
    [InlineData("ann@example.com", false)]
    [InlineData("@ann hi", false)]
    public void IsDecorator_Table(string text, bool expected)
    {
        var sigil = text.IndexOf('@', StringComparison.Ordinal);
        Assert.Equal(expected, SigilUnit.IsDecorator(text, sigil, sigil + 1, WordEnd(text, sigil + 1)));
    }

    [Theory]
    [InlineData("plus @paulhastings.com .", true)]
    [InlineData("at @example.co.uk today", true)]
    [InlineData("ping @acme.IO", true)]
    [InlineData("cc @maria.gonzalez and", false)]
    [InlineData("cc @ann", false)]
    [InlineData("bob@example.com", false)]
    public void IsDomain_Table(string text, bool expected)
    {
        var sigil = text.IndexOf('@', StringComparison.Ordinal);
        Assert.Equal(expected, SigilUnit.IsDomain(text, sigil, sigil + 1, WordEnd(text, sigil + 1)));
    }

    [Fact]
    public void AnalyzeText_Mention_OneSpanWithItsSigil()
    {
        Assert.Equal([("@ann", EntityTypes.Person)], Analyze("@ann"));
    }

    [Fact]
    public void AnalyzeText_MentionBeforeInsideWord_EndsAtHandle()
    {
        // "thanks" leans I-PERSON: without units it would extend the name; a mention ends at its handle.
        Assert.Equal([("@ann", EntityTypes.Person)], Analyze("@ann thanks"));
    }

    [Fact]
    public void AnalyzeText_AdjacentMentions_TwoSpans()
    {
        Assert.Equal([("@ann", EntityTypes.Person), ("@bob", EntityTypes.Person)], Analyze("@ann @bob"));
    }

    [Theory]
    [InlineData("@Tom Baker hi", true, "@Tom Baker")]
    [InlineData("@Tom Baker, hi", true, "@Tom Baker")]
    [InlineData("@Tom Baker", true, "@Tom Baker")]
    // no display name: the word is no listed name, two spaces, a third name word, '&' after it, a handle that is no
    // capitalized word
    [InlineData("@Tom Baker hi", false, "@Tom")]
    [InlineData("@Tom  Baker hi", true, "@Tom")]
    [InlineData("@Tom Baker Tom", true, "@Tom")]
    [InlineData("@Tom Baker & ann", true, "@Tom")]
    [InlineData("@ann Baker hi", true, "@ann")]
    public void AnalyzeText_ChatDisplayName_SurnameJoinsMention(string text, bool bakerListed, string first)
    {
        // "Baker" leans I-PERSON (0.4); a mention ends at its handle unless the handle and the word are a chat display
        // name (first name, one space, a surname the lexicon lists).
        var lexicon = bakerListed
            ? """{"bonus":{"PERSON":0.01},"words":{"PERSON":["Baker"]},"mention_bonus":10}"""
            : """{"bonus":{"PERSON":0.01},"words":{"PERSON":[]},"mention_bonus":10}""";
        var found = Analyze(text, lexicon);
        Assert.Equal((first, EntityTypes.Person), found[0]);
    }

    [Fact]
    public void AnalyzeText_MentionBonus_UnsureHandleBecomesEntity()
    {
        // "acme": ORGANIZATION 0.2 against O 0.8; with the sure-O '@' the unit is O without the prior.
        Assert.Empty(Analyze("@acme", WithoutPrior));
        Assert.Equal([("@acme", EntityTypes.Organization)], Analyze("@acme"));
    }

    [Fact]
    public void AnalyzeText_CodeAnnotation_NeverAMention()
    {
        Assert.Empty(Analyze("@Override"));
        // the word alone, without its '@', is left to the model
        Assert.Equal([("Override", EntityTypes.Person)], Analyze("Override"));
    }

    [Fact]
    public void AnalyzeText_DecoratorCall_NoEntity()
    {
        Assert.Empty(Analyze("@ann()"));
        Assert.Empty(Analyze("@ann.bob()"));
    }

    [Theory]
    [InlineData("npm i @ann/bob")]
    [InlineData("npm i @ann-bob/ann")]
    [InlineData("(@ann/bob-ann.ann)")]
    public void AnalyzeText_ScopedPackage_NoEntity(string text)
    {
        // "ann" and "bob" lean PERSON on their own (the control below); inside a package scope they are code.
        Assert.Empty(Analyze(text));
    }

    [Fact]
    public void AnalyzeText_ScopedPackageControl_WordsAloneAreNames()
    {
        Assert.Contains(Analyze("npm i ann/bob"), f => f.Type == EntityTypes.Person);
        // an '@' glued to a word before it opens no scope ("x@ann/bob" is no package), nor do two mentions
        Assert.Contains(Analyze("x@ann/bob"), f => f.Type == EntityTypes.Person);
        Assert.Contains(Analyze("cc @ann/@bob"), f => f.Text == "ann" && f.Type == EntityTypes.Person);
    }

    [Fact]
    public void AnalyzeText_EmailAddress_NotAMention()
    {
        // '@' glued to a word before it: no unit, no bonus; "ann" is decoded as a word of its own.
        Assert.DoesNotContain(Analyze("bob@acme.com"), f => f.Text.StartsWith('@'));
    }

    [Fact]
    public void AnalyzeText_Hashtag_SpanIncludesSigil()
    {
        // The model reads "#" as O and "Paris" as B-LOCATION; the hashtag unit reports "#Paris".
        Assert.Equal([("#Paris", EntityTypes.Location)], Analyze("visit #Paris"));
        Assert.Equal([("Paris", EntityTypes.Location)], Analyze("visit # Paris"));
    }

    [Fact]
    public void AnalyzeText_LoneSigil_NeverEndsASpan()
    {
        // "#" reads I-LOCATION after "Paris", but a sigil that opens no unit is edge punctuation.
        Assert.Equal([("Paris", EntityTypes.Location)], Analyze("Paris #"));
    }

    [Fact]
    public void AnalyzeText_HandleTypePrior_MovesAMentionBetweenTypes()
    {
        // "Acme" reads I-ORGANIZATION 0.4 against I-PERSON 0.05 (ln 8 = 2.1 apart); a handle-type prior whose part
        // "acme" says PERSON by 4 nats (centered: +2 / -2) makes the mention a person.
        const string personal = """{"types":["PERSON","ORGANIZATION"],"bias":[0,0],"features":{"p:acme":[4,0]}}""";
        Assert.Equal([("@Acme", EntityTypes.Organization)], Analyze("@Acme"));
        Assert.Equal([("@Acme", EntityTypes.Person)], Analyze("@Acme", WithPrior, personal));
        // weight 0 switches it off; hashtags and plain words are left alone
        Assert.Equal([("@Acme", EntityTypes.Organization)], Analyze("@Acme", WithPrior, personal.Replace("\"bias\"", "\"weight\":0,\"bias\"", StringComparison.Ordinal)));
        Assert.Equal([("#Acme", EntityTypes.Organization)], Analyze("visit #Acme", WithPrior, personal));
        Assert.Equal([("Acme", EntityTypes.Organization)], Analyze("visit Acme", WithPrior, personal));
    }

    [Theory]
    [InlineData("MirandaCosgrove", "Miranda|Cosgrove")]
    [InlineData("BBCNews", "BBC|News")]
    [InlineData("jane_doe88", "jane|doe|88")]
    [InlineData("_x_", "x")]
    [InlineData("ABC", "ABC")]
    [InlineData("iSuckNiam69", "i|Suck|Niam|69")]
    public void HandleParts_Table(string handle, string expected)
    {
        var parts = new List<string>();
        var pos = 0;
        while (HandleParts.Next(handle, ref pos, out var start, out var end))
        {
            parts.Add(handle[start..end]);
        }
        Assert.Equal(expected, string.Join('|', parts));
        Assert.Equal(parts.Count, HandleParts.Count(handle));
    }

    [Fact]
    public void AnalyzeText_HandleOrHashtagOfListedNames_TakesTheirType()
    {
        // "acmebob" reads ORGANIZATION 0.2 (as "acme") and is no listed word; its parts are not split (all lower
        // case). "AcmeBob" is two parts: "Bob" is a listed PERSON (bonus 5), x 0.5 = e^2.5 more PERSON odds.
        const string lexicon = """{"bonus":{"PERSON":5},"words":{"PERSON":["Bob"]},"mention_bonus":10,"handle_part_weight":0.5}""";
        const string without = """{"bonus":{"PERSON":5},"words":{"PERSON":["Bob"]},"mention_bonus":10}""";
        Assert.Equal([("@AcmeBob", EntityTypes.Organization)], Analyze("@AcmeBob", without));
        Assert.Equal([("@AcmeBob", EntityTypes.Person)], Analyze("@AcmeBob", lexicon));
        // a hashtag's word too
        Assert.Equal([("#AcmeBob", EntityTypes.Organization)], Analyze("visit #AcmeBob", without));
        Assert.Equal([("#AcmeBob", EntityTypes.Person)], Analyze("visit #AcmeBob", lexicon));
    }

    [Fact]
    public void AnalyzeText_NumberSign_StaysInTheSpan()
    {
        // "# 72, Linking Road": a '#' before a number is the address's number sign, not a lone sigil.
        Assert.Equal([("# 5 Road", EntityTypes.Location)], Analyze("at # 5 Road"));
        Assert.Equal([("Road", EntityTypes.Location)], Analyze("at Road #"));
    }

    [Fact]
    public void Load_MentionBonusNegative_ClearError()
    {
        var ex = Assert.Throws<PiiScanException>(() => Model("""{"bonus":{"PERSON":5},"words":{"PERSON":[]},"mention_bonus":-1}"""));
        Assert.Contains("mention bonus", ex.Message, StringComparison.Ordinal);
        ex = Assert.Throws<PiiScanException>(() => Model("""{"bonus":{"PERSON":5},"words":{"PERSON":[]},"handle_part_weight":-1}"""));
        Assert.Contains("handle part weight", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedModel_HasMentionPrior()
    {
        var lexicon = NerModel.Load(TestPaths.ShippedModel).Lexicon!;
        Assert.True(lexicon.MentionBonus > 0);
        Assert.True(lexicon.HandlePartWeight > 0);
        foreach (var word in new[] { "Override", "dataclass", "media", "param", "here" })
        {
            Assert.True(lexicon.IsAnnotation(word), word);
        }
        Assert.False(lexicon.IsAnnotation("justinbieber"));
    }
}
