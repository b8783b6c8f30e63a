using PiiScan.Detection;
using PiiScan.Ner;
using Xunit;

namespace PiiScan.Tests.Ner;

/// <summary>The name lexicon prior (<c>lexicon.json</c>): bonuses on listed words before decoding.</summary>
public class LexiconPriorTests
{
    private static readonly string[] Labels = NerTestLabels.All;

    // Vocabulary ids: 5 Wendy, 6 Rose, 7 wendy, 8 Paris, 9 said. "Wendy"/"wendy" are PERSON with probability 0.05,
    // "Rose" with 0.0001, "Paris" LOCATION with 0.9.
    private static TableLogitsBackend Backend() => new(Labels.Length, new Dictionary<long, float[]>
    {
        [5] = [0.95f, 0.05f],
        [6] = [0.9999f, 0.0001f],
        [7] = [0.95f, 0.05f],
        [8] = [0.1f, 0, 0, 0.9f],
    });

    private static string ModelDir(string? lexiconJson)
    {
        var dir = TestPaths.NewTempDir();
        File.WriteAllLines(Path.Combine(dir, "vocab.txt"), ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "Wendy", "Rose", "wendy", "Paris", "said", "."]);
        File.WriteAllText(Path.Combine(dir, "labels.json"), System.Text.Json.JsonSerializer.Serialize(Labels));
        File.WriteAllBytes(Path.Combine(dir, "model.onnx"), []);
        File.WriteAllText(Path.Combine(dir, "config.json"), """{"architecture":{"max_positions":16}}""");
        if (lexiconJson is not null)
        {
            File.WriteAllText(Path.Combine(dir, LexiconPrior.FileName), lexiconJson);
        }
        return dir;
    }

    private const string Lexicon = """{"min_count":2,"min_ratio":0.5,"bonus":{"PERSON":5.0,"LOCATION":3.0},"words":{"PERSON":["Wendy","Rose"],"LOCATION":["Paris"]}}""";

    private static List<(string Text, string Type, float Score)> Analyze(string text, string? lexiconJson)
    {
        using var ner = new NerRecognizer(NerModel.Load(ModelDir(lexiconJson)), [Backend()]);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText(text, results);
        return [.. results.Select(d => (text[d.Start..d.End], d.Type, d.Score))];
    }

    [Fact]
    public void AnalyzeText_NoLexicon_UnsureNameNotFound()
    {
        var found = Analyze("Wendy said Paris.", lexiconJson: null);
        Assert.Equal([("Paris", EntityTypes.Location)], found.Select(f => (f.Text, f.Type)));
    }

    [Fact]
    public void AnalyzeText_ListedWord_FoundWithRenormalizedScore()
    {
        var found = Analyze("Wendy said Paris.", Lexicon);
        Assert.Equal([("Wendy", EntityTypes.Person), ("Paris", EntityTypes.Location)], found.Select(f => (f.Text, f.Type)));
        // 0.05 · e^5 / (0.95 + 0.05 · e^5) = 0.886: the model's probability under the prior odds.
        Assert.InRange(found[0].Score, 0.88f, 0.89f);
        // 0.9 · e^3 / (0.1 + 0.9 · e^3) = 0.9945.
        Assert.InRange(found[1].Score, 0.994f, 0.995f);
    }

    [Theory]
    [InlineData("Rose said Paris.")] // the model is sure "Rose" is no name here (0.0001 · e^5 < 0.02)
    [InlineData("wendy said Paris.")] // lookup is case-sensitive
    public void AnalyzeText_ListedButImprobableOrOtherCase_NotAPerson(string text)
    {
        var found = Analyze(text, Lexicon);
        Assert.DoesNotContain(found, f => f.Type == EntityTypes.Person);
    }

    [Fact]
    public void Apply_ListedWord_AddsBonusToBeginAndInsideOfItsType()
    {
        var lexicon = LexiconPrior.Create(new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["Wendy"] }, new Dictionary<string, float> { ["PERSON"] = 2f }, Labels);
        var row = new float[Labels.Length];
        Assert.True(lexicon.Apply("Wendy", row));
        Assert.Equal([0f, 2f, 2f, 0f, 0f, 0f, 0f, 0f, 0f], row);
        Assert.False(lexicon.Apply("Wend", row));
        Assert.False(lexicon.Apply("WENDY", row));
        Assert.Equal(1, lexicon.Count);
    }

    [Fact]
    public void Apply_CommonWord_PenaltyOnEveryEntityLabel()
    {
        var lexicon = LexiconPrior.Create(new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels, [(["Answer"], 3f)]);
        var row = new float[Labels.Length];
        Assert.True(lexicon.Apply("Answer", row));
        Assert.Equal([0f, -3f, -3f, -3f, -3f, -3f, -3f, -3f, -3f], row);
    }

    [Fact]
    public void AnalyzeText_CommonWord_NotAName()
    {
        // "Wendy" listed as common: its 0.05 PERSON probability falls to 0.05 · e^-3 / (0.95 + 0.05 · e^-3) = 0.003.
        const string json = """{"bonus":{"PERSON":5.0},"words":{"PERSON":[]},"common":["Wendy"],"common_penalty":3.0}""";
        Assert.Empty(Analyze("Wendy said", json));
    }

    [Theory]
    [InlineData("Call", true)] // the lower-case form is an ordinary word
    [InlineData("Jennifer", false)] // the lower-case form is a listed name: no penalty
    [InlineData("Unlisted", false)]
    [InlineData("CALL", false)] // not capitalized as a sentence start writes it
    [InlineData("C", false)]
    public void ApplySentenceInitial_CapitalizedOrdinaryWord_LowerCasePenalties(string word, bool applied)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["jennifer"] },
            new Dictionary<string, float> { ["PERSON"] = 5f },
            Labels,
            [(["call", "c"], 3f)]);
        var row = new float[Labels.Length];
        Assert.Equal(applied, lexicon.ApplySentenceInitial(word, row));
        Assert.Equal(applied ? [0f, -3f, -3f, -3f, -3f, -3f, -3f, -3f, -3f] : new float[Labels.Length], row);
    }

    [Theory]
    [InlineData("call", false, true)] // listed with penalties only
    [InlineData("jennifer", false, false)] // listed as a name
    [InlineData("Call", true, true)] // its lower-case form is ordinary and it opens a sentence
    [InlineData("Call", false, false)] // inside a sentence a capitalized word is judged by its own entry only
    [InlineData("CALL", false, true)] // in capitals, by its lower-case form
    [InlineData("JENNIFER", true, false)]
    [InlineData("Unlisted", true, false)]
    public void IsOrdinary_ListedAndCaseForms_PenaltiesOnly(string word, bool opensSentence, bool expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["jennifer"] },
            new Dictionary<string, float> { ["PERSON"] = 5f },
            Labels,
            [(["call"], 3f)]);
        Assert.Equal(expected, lexicon.IsOrdinary(word, opensSentence));
    }

    [Theory]
    [InlineData("Call", true)] // its lower-case form is ordinary, wherever it stands
    [InlineData("CALL", true)]
    [InlineData("Jennifer", false)] // a listed name
    [InlineData("Maple", false)] // unlisted
    public void IsOrdinaryLowerCase_LowerCaseForm_PenaltiesOnly(string word, bool expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["jennifer"] },
            new Dictionary<string, float> { ["PERSON"] = 5f },
            Labels,
            [(["call"], 3f)]);
        Assert.Equal(expected, lexicon.IsOrdinaryLowerCase(word));
    }

    [Theory]
    [InlineData("Paris said.", "")] // opens the value
    [InlineData("Wendy said. Paris said.", "")] // opens a sentence
    [InlineData("Wendy said\nParis said.", "")] // opens a line
    [InlineData("Wendy said Paris.", "Paris")] // inside a sentence: the network's call stands
    public void AnalyzeText_SentenceInitialOrdinaryWord_NotAnEntity(string text, string expected)
    {
        // Only the lower-case "paris" is listed (technical, penalty 20); "Paris" itself is not.
        const string json = """{"bonus":{"PERSON":5.0},"words":{"PERSON":[]},"technical":["paris"],"technical_penalty":20.0}""";
        var found = Analyze(text, json);
        Assert.Equal(expected, string.Join(";", found.Where(f => f.Type == EntityTypes.Location).Select(f => f.Text)));
    }

    [Fact]
    public void AnalyzeText_TechnicalWord_NeverAnEntity()
    {
        // "Paris" listed as technical (penalty 20): its 0.9 LOCATION probability falls to 0.9 · e^-20 / 0.1 = 2e-8.
        const string json = """{"bonus":{"PERSON":5.0},"words":{"PERSON":[]},"technical":["Paris"],"technical_penalty":20.0}""";
        Assert.Empty(Analyze("Wendy said Paris.", json));
    }

    [Fact]
    public void ShippedModel_TechnicalTerms_NotEntities()
    {
        var model = NerModel.Load(TestPaths.ShippedModel);
        var row = new float[model.Labels.Count];
        foreach (var word in new[] { "JSON", "USB", "HDD", "SCSI", "UDP" })
        {
            Array.Clear(row);
            Assert.True(model.Lexicon!.Apply(word, row), word);
            Assert.True(row[1] <= -20, word);
        }
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(model.Directory, LexiconPrior.FileName)));
        var technical = doc.RootElement.GetProperty("technical").EnumerateArray().Select(w => w.GetString()).ToHashSet();
        // Dropped at build time: inside entity spans in the train splits (Papua New Guinea, Great Britain).
        Assert.DoesNotContain("PNG", technical);
        Assert.DoesNotContain("GB", technical);
    }

    [Theory]
    [InlineData("""{"bonus":{"PERSON":5},"words":{"PERSON":[]},"technical":["x"]}""", "technical_penalty")]
    [InlineData("""{"bonus":{"PERSON":5},"words":{"PERSON":[]},"common":["x"]}""", "common_penalty")]
    [InlineData("""{"bonus":{"PERSON":5},"words":{"PERSON":[]},"common":["x"],"common_penalty":-1}""", "penalty")]
    [InlineData("""{"words":{"PERSON":["Wendy"]}}""", "\"bonus\"")]
    [InlineData("""{"bonus":{"PERSON":5},"words":{"PERSON":"Wendy"}}""", "valid lexicon file")]
    [InlineData("""{"bonus":{"PERSON":-1},"words":{"PERSON":["Wendy"]}}""", "bonus")]
    [InlineData("""{"bonus":{"EMAIL":5},"words":{"EMAIL":["Wendy"]}}""", "B-EMAIL")]
    [InlineData("""{"bonus":{},"words":{"PERSON":["Wendy"]}}""", "PERSON needs")]
    [InlineData("not json", "valid lexicon file")]
    public void Load_Malformed_ClearError(string json, string expected)
    {
        var ex = Assert.Throws<PiiScanException>(() => NerModel.Load(ModelDir(json)));
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
        Assert.Contains("delete it", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedModel_HasLexiconOfNameWords()
    {
        var model = NerModel.Load(TestPaths.ShippedModel);
        var lexicon = Assert.IsType<LexiconPrior>(model.Lexicon);
        // Corpus names, Bogus's first and last names (models/train/names) and their lower-case and ALL-CAPS forms.
        Assert.InRange(lexicon.Count, 1_000, 200_000);
        foreach (var name in new[] { "Constance", "Harlan", "harlan", "HARLAN" })
        {
            var row = new float[model.Labels.Count];
            Assert.True(lexicon.Apply(name, row), name);
            Assert.True(row[1] > 0, name); // B-PERSON
        }
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(model.Directory, LexiconPrior.FileName)));
        foreach (var type in doc.RootElement.GetProperty("words").EnumerateObject())
        {
            foreach (var w in type.Value.EnumerateArray())
            {
                var word = w.GetString()!;
                // Letters only, first upper case or the lower-case form of a title-case name of 4+ letters: no handles,
                // numbers or e-mail parts, and no short lower-case forms that collide with code tokens (max, len, bin);
                // curated brands keep their own case (eBay).
                Assert.True(word.All(char.IsLetter), word);
                Assert.True(char.IsUpper(word[0]) || (word.Length >= 4 && word.All(char.IsLower)) || lexicon.IsCompany(word), word);
            }
        }
    }

    [Theory]
    [InlineData("rosa", 1, true)] // listed as "Rosa"
    [InlineData("Rosa", 1, true)]
    [InlineData("rosa", 3, false)] // no LOCATION bonus
    [InlineData("rosa", -1, true)] // any label
    [InlineData("paris", 1, false)]
    [InlineData("paris", -1, true)]
    [InlineData("said", -1, false)] // penalties only
    [InlineData("", -1, false)]
    public void HasBonusCapitalized_CapitalizedFormListed(string word, int label, bool expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["PERSON"] = ["Rosa"], ["LOCATION"] = ["Paris"] },
            new Dictionary<string, float> { ["PERSON"] = 3f, ["LOCATION"] = 3f }, Labels, [(["Said"], 3f)]);
        Assert.Equal(expected, lexicon.HasBonusCapitalized(word, label));
    }

    // The network calls "Paris" an organization (0.9); the lexicon lists it as a place.
    [Theory]
    [InlineData("""{"bonus":{"LOCATION":0.5},"words":{"LOCATION":["Paris"]}}""", EntityTypes.Location)]
    [InlineData("""{"bonus":{"LOCATION":0.5,"ORGANIZATION":0.5},"words":{"LOCATION":["Paris"],"ORGANIZATION":["Paris"]}}""", EntityTypes.Organization)] // listed as both: the network decides
    [InlineData(null, EntityTypes.Organization)]
    public void AnalyzeText_OneWordOrganizationListedOnlyAsPlace_IsLocation(string? lexiconJson, string expected)
    {
        var backend = new TableLogitsBackend(Labels.Length, new Dictionary<long, float[]> { [8] = [0.1f, 0, 0, 0, 0, 0.9f] });
        using var ner = new NerRecognizer(NerModel.Load(ModelDir(lexiconJson)), [backend]);
        var results = new List<PiiScan.Detection.Detection>();
        ner.AnalyzeText("said Paris", results);
        var found = Assert.Single(results);
        Assert.Equal(expected, found.Type);
    }

    [Theory]
    [InlineData("Tesco", true)]
    [InlineData("TESCO", true)] // case-insensitive
    [InlineData("tesco", true)]
    [InlineData("Tesc", false)]
    [InlineData("Paris", false)]
    public void IsCompany_CuratedNamesAnyCase(string word, bool expected)
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["ORGANIZATION"] = ["Tesco"], ["LOCATION"] = ["Paris"] },
            new Dictionary<string, float> { ["ORGANIZATION"] = 3f, ["LOCATION"] = 3f }, Labels, companies: ["Tesco"]);
        Assert.Equal(expected, lexicon.IsCompany(word));
    }

    [Fact]
    public void Apply_CuratedCompany_GetsCompanyBonusOnOrganizationLabelsAsWritten()
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["ORGANIZATION"] = ["Tesco"] },
            new Dictionary<string, float> { ["ORGANIZATION"] = 3f }, Labels, companies: ["Tesco", "Klarna"], companyBonus: 6f);
        var begin = Array.IndexOf(Labels, "B-ORGANIZATION");
        var inside = Array.IndexOf(Labels, "I-ORGANIZATION");
        var listed = new float[Labels.Length];
        Assert.True(lexicon.Apply("Tesco", listed));
        Assert.Equal(9f, listed[begin]); // corpus bonus 3 + company bonus 6
        Assert.Equal(9f, listed[inside]);
        var curatedOnly = new float[Labels.Length];
        Assert.True(lexicon.Apply("Klarna", curatedOnly));
        Assert.Equal(6f, curatedOnly[begin]);
        Assert.Equal(0f, curatedOnly[Array.IndexOf(Labels, "B-PERSON")]);
        Assert.False(lexicon.Apply("KLARNA", new float[Labels.Length])); // the bonus is exact; IsCompany is not
        Assert.True(lexicon.IsCompany("KLARNA"));
    }

    [Fact]
    public void Apply_CuratedPlace_GetsPlaceBonusOnLocationLabelsAsWritten()
    {
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["LOCATION"] = ["Kumasi"] },
            new Dictionary<string, float> { ["LOCATION"] = 3f }, Labels, places: ["Kumasi"], placeBonus: 3f);
        var row = new float[Labels.Length];
        Assert.True(lexicon.Apply("Kumasi", row));
        Assert.Equal(6f, row[Array.IndexOf(Labels, "B-LOCATION")]); // corpus bonus 3 + place bonus 3
        Assert.Equal(6f, row[Array.IndexOf(Labels, "I-LOCATION")]);
        Assert.Equal(0f, row[Array.IndexOf(Labels, "B-ORGANIZATION")]);
        Assert.False(lexicon.Apply("KUMASI", new float[Labels.Length]));
        Assert.False(lexicon.IsCompany("Kumasi"));
    }

    // The given names and the place names are word sets without a bonus of their own: exact, case-sensitive lookup.
    [Theory]
    [InlineData(true)] // given_names (IsGivenName)
    [InlineData(false)] // place_names (IsPlaceName)
    public void IsGivenOrPlaceName_ListedWord_TrueWithoutBonus(bool given)
    {
        IReadOnlyList<string> listed = ["Georgia", "Jordan"];
        var lexicon = LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>> { ["LOCATION"] = ["Georgia"] },
            new Dictionary<string, float> { ["LOCATION"] = 3f }, Labels, givenNames: given ? listed : null, placeNames: given ? null : listed);
        bool IsListed(string word) => given ? lexicon.IsGivenName(word) : lexicon.IsPlaceName(word);
        Assert.True(IsListed("Georgia"));
        Assert.True(IsListed("Jordan"));
        Assert.False(IsListed("GEORGIA")); // exact
        Assert.False(IsListed("Paris"));
        Assert.False(given ? lexicon.IsPlaceName("Jordan") : lexicon.IsGivenName("Jordan")); // the other set is empty
        Assert.False(lexicon.Apply("Jordan", new float[Labels.Length])); // no bonus of its own
        var row = new float[Labels.Length];
        Assert.True(lexicon.Apply("Georgia", row));
        Assert.Equal(0f, row[Array.IndexOf(Labels, "B-PERSON")]);
    }

    [Fact]
    public void Load_GivenNames_ReadFromLexiconFile()
    {
        var json = Lexicon.Replace("}}", """},"given_names":["Jordan"]}""", StringComparison.Ordinal);
        var lexicon = Assert.IsType<LexiconPrior>(NerModel.Load(ModelDir(json)).Lexicon);
        Assert.True(lexicon.IsGivenName("Jordan"));
        Assert.False(Assert.IsType<LexiconPrior>(NerModel.Load(ModelDir(Lexicon)).Lexicon).IsGivenName("Jordan"));
    }

    [Fact]
    public void Load_CompanyPhrases_ReadFromLexiconFile()
    {
        var json = Lexicon.Replace("}}", """},"company_phrases":["British Gas","Marks & Spencer","Solo"]}""", StringComparison.Ordinal);
        Assert.Equal(2, Assert.IsType<LexiconPrior>(NerModel.Load(ModelDir(json)).Lexicon).CompanyPhrases.Count); // one word: skipped
        Assert.Equal(0, Assert.IsType<LexiconPrior>(NerModel.Load(ModelDir(Lexicon)).Lexicon).CompanyPhrases.Count);
    }

    [Fact]
    public void Load_PlaceNames_ReadFromLexiconFile()
    {
        var json = Lexicon.Replace("}}", """},"place_names":["Florence"]}""", StringComparison.Ordinal);
        Assert.True(Assert.IsType<LexiconPrior>(NerModel.Load(ModelDir(json)).Lexicon).IsPlaceName("Florence"));
        Assert.False(Assert.IsType<LexiconPrior>(NerModel.Load(ModelDir(Lexicon)).Lexicon).IsPlaceName("Florence"));
    }

    [Theory]
    [InlineData(-1f, 0f)]
    [InlineData(float.NaN, 0f)]
    [InlineData(float.PositiveInfinity, 0f)]
    [InlineData(0f, -1f)]
    [InlineData(0f, float.NaN)]
    [InlineData(0f, float.PositiveInfinity)]
    public void Create_InvalidCompanyOrPlaceBonus_Throws(float companyBonus, float placeBonus)
    {
        Assert.Throws<ArgumentException>(() => LexiconPrior.Create(
            new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, float>(), Labels,
            companies: ["Tesco"], companyBonus: companyBonus, places: ["Kumasi"], placeBonus: placeBonus));
    }

    [Fact]
    public void ShippedModel_ListsCuratedCompanies()
    {
        var lexicon = Assert.IsType<LexiconPrior>(NerModel.Load(TestPaths.ShippedModel).Lexicon);
        foreach (var name in new[] { "Tesco", "Walmart", "Ryanair", "Vodafone" })
        {
            Assert.True(lexicon.IsCompany(name), name);
        }
        Assert.False(lexicon.IsCompany("Zara")); // a first name too: left out of companies.txt
    }

    // Session 26's lists in the shipped lexicon: towns that are persons' names (no bonus), company names of two words
    // or more, and places in capitals (shouted tweets: "TORONTO FRIDAY APRIL 25").
    [Fact]
    public void ShippedModel_ListsPlaceNamesCompanyPhrasesAndPlacesInCapitals()
    {
        var model = NerModel.Load(TestPaths.ShippedModel);
        var lexicon = Assert.IsType<LexiconPrior>(model.Lexicon);
        Assert.True(lexicon.IsPlaceName("Florence"));
        Assert.True(lexicon.HasBonus("Florence", model.Ids.PersonBegin)); // why the travel rule adds the person bonus
        Assert.True(lexicon.CompanyPhrases.Count >= 100);
        Assert.True(lexicon.HasBonus("TORONTO", model.Ids.LocationBegin));
        Assert.False(lexicon.HasBonus("NICE", model.Ids.LocationBegin)); // an ordinary word in lower case
    }
}
