using System.Text.Json;
using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>Reads <c>lexicon.json</c> into a <see cref="LexiconPrior"/> (format: <see cref="LexiconPrior.Load"/>).</summary>
internal static class LexiconFile
{
    /// <summary>The prior of <c>lexicon.json</c> in <paramref name="directory"/>, or null when there is none.</summary>
    public static LexiconPrior? Load(string directory, IReadOnlyList<string> labels) =>
        OptionalModelFile.Load(directory, LexiconPrior.FileName, "lexicon file", "decode without the lexicon prior", (root, path) =>
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("bonus", out var bonusJson) || !root.TryGetProperty("words", out var wordsJson))
            {
                throw new FormatException("it needs \"bonus\" and \"words\" objects");
            }
            var bonus = new Dictionary<string, float>(StringComparer.Ordinal);
            foreach (var p in bonusJson.EnumerateObject())
            {
                bonus[p.Name] = p.Value.GetSingle();
            }
            var words = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var p in wordsJson.EnumerateObject())
            {
                words[p.Name] = ReadStrings(p.Value);
            }
            var penalized = new List<(IReadOnlyList<string>, float)>(LexiconPrior.PenalizedLists.Length);
            foreach (var key in LexiconPrior.PenalizedLists)
            {
                if (!root.TryGetProperty(key, out var listJson))
                {
                    continue;
                }
                var list = ReadStrings(listJson);
                var penalty = root.TryGetProperty(key + "_penalty", out var penaltyJson)
                    ? penaltyJson.GetSingle()
                    : throw new FormatException($"\"{key}\" needs \"{key}_penalty\"");
                penalized.Add((list, penalty));
            }
            var mentionBonus = root.TryGetProperty("mention_bonus", out var mentionJson) ? mentionJson.GetSingle() : 0f;
            var annotations = root.TryGetProperty("annotations", out var annotationsJson) ? ReadStrings(annotationsJson) : [];
            var handlePartWeight = root.TryGetProperty("handle_part_weight", out var partJson) ? partJson.GetSingle() : 0f;
            var companies = root.TryGetProperty("companies", out var companiesJson) ? ReadStrings(companiesJson) : [];
            var companyBonus = root.TryGetProperty("company_bonus", out var companyJson) ? companyJson.GetSingle() : 0f;
            var places = root.TryGetProperty("places", out var placesJson) ? ReadStrings(placesJson) : [];
            var placeBonus = root.TryGetProperty("place_bonus", out var placeJson) ? placeJson.GetSingle() : 0f;
            var givenNames = root.TryGetProperty("given_names", out var givenJson) ? ReadStrings(givenJson) : [];
            var placeNames = root.TryGetProperty("place_names", out var placeNamesJson) ? ReadStrings(placeNamesJson) : [];
            var companyPhrases = root.TryGetProperty("company_phrases", out var phrasesJson) ? ReadStrings(phrasesJson) : [];
            var dictionary = root.TryGetProperty("dictionary", out var dictionaryJson) ? ReadStrings(dictionaryJson) : [];
            var dictionaryPenalty = root.TryGetProperty("dictionary_penalty", out var dictionaryPenaltyJson) ? dictionaryPenaltyJson.GetSingle() : 0f;
            return LexiconPrior.Create(words, bonus, labels, penalized, mentionBonus, annotations, handlePartWeight, companies, companyBonus, places, placeBonus, givenNames, placeNames, companyPhrases, dictionary, dictionaryPenalty);
        });

    // The strings of a JSON array; a null element reads as "".
    private static List<string> ReadStrings(JsonElement array)
    {
        var list = new List<string>(array.GetArrayLength());
        foreach (var w in array.EnumerateArray())
        {
            list.Add(w.GetString() ?? "");
        }
        return list;
    }
}
