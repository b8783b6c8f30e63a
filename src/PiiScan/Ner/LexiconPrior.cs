using System.Text.Json;
using PiiScan.Detection;

namespace PiiScan.Ner;

/// <summary>
/// Name lexicon of a model (<c>lexicon.json</c>): capitalized words that recur in the training corpora mostly inside
/// spans of one entity type (first names, surnames, place and organization names), each with that type's bonus. Before
/// decoding, a listed word's log-probabilities of <c>B-TYPE</c> and <c>I-TYPE</c> get <c>+ bonus</c>: a prior odds
/// factor of <c>e^bonus</c> for the type, so a known name the small model is unsure of is still found, while a word
/// the model is sure is not a name (a very low probability) stays O. Common words (seen often in the training corpora,
/// almost never inside an entity: <c>Answer</c>, <c>delete</c>) get <c>- penalty</c> on every entity label, and
/// technical words (formats, protocols, hardware, units: <c>JSON</c>, <c>USB</c>) a penalty large enough that they are
/// never part of an entity. Lookup is exact (case-sensitive) on the word's text, a word being what the tokenizer's
/// pre-tokenizer splits (letters and digits, or one punctuation mark).
/// </summary>
public sealed class LexiconPrior
{
    /// <summary>File name inside a model directory.</summary>
    public const string FileName = "lexicon.json";

    // Word lists in lexicon.json whose words get "<list>_penalty" subtracted from every entity label.
    internal static readonly string[] PenalizedLists = ["common", "adverbs", "technical"];

    private readonly Dictionary<string, (int Label, float Bonus)[]> _words;
    private readonly Dictionary<string, (int Label, float Bonus)[]>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _annotations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _companies;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _givenNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _placeNames;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _dictionary;

    private LexiconPrior(Dictionary<string, (int Label, float Bonus)[]> words, float mentionBonus, HashSet<string> annotations, float handlePartWeight, HashSet<string> companies, HashSet<string> givenNames, HashSet<string> placeNames, CompanyPhrases companyPhrases, HashSet<string> dictionary)
    {
        CompanyPhrases = companyPhrases;
        _dictionary = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        _placeNames = placeNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _companies = companies.GetAlternateLookup<ReadOnlySpan<char>>();
        _givenNames = givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        _annotations = annotations.GetAlternateLookup<ReadOnlySpan<char>>();
        MentionBonus = mentionBonus;
        HandlePartWeight = handlePartWeight;
    }

    /// <summary>Number of listed words.</summary>
    public int Count => _words.Count;

    /// <summary>
    /// Added to a mention's (<c>@handle</c> in prose, see <see cref="SigilUnit"/>) entity labels other than
    /// STREET_ADDRESS: a prior odds factor of <c>e^bonus</c> that the mention names a person, organization or place
    /// (0: no prior; the mention is still decoded as one unit).
    /// </summary>
    public float MentionBonus { get; }

    /// <summary>
    /// Weight of a handle's listed parts (<see cref="ApplyHandleParts"/>); 0 leaves handles to the network.
    /// </summary>
    public float HandlePartWeight { get; }

    /// <summary>
    /// True when <paramref name="word"/> after an <c>@</c> is code, not a handle: an annotation, decorator, at-rule,
    /// doc tag, group mention or log field (<c>@Override</c>, <c>@dataclass</c>, <c>@media</c>, <c>@param</c>,
    /// <c>@here</c>, <c>@timestamp</c>); such a mention is never an entity. Exact, case-sensitive.
    /// </summary>
    public bool IsAnnotation(ReadOnlySpan<char> word) => _annotations.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> is a curated company name (<c>models/train/companies.txt</c>: <c>Tesco</c>,
    /// <c>Starbucks</c>), compared case-insensitively: a person or place span of that one word is the company.
    /// </summary>
    public bool IsCompany(ReadOnlySpan<char> word) => _companies.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> is a given name of the lexicon's name lists (<c>Georgia</c>, <c>Sarah</c>),
    /// whatever type the lexicon lists it under; exact, case-sensitive. It adds no bonus; the person rules read such a
    /// word as a first name before a surname (<c>Dallas Pruitt</c>) and not as a firm's partner (<c>Pemberton &amp;
    /// Hale</c>).
    /// </summary>
    public bool IsGivenName(ReadOnlySpan<char> word) => _givenNames.Contains(word);

    /// <summary>
    /// True when <paramref name="word"/> is a known town, region or country that is also a person's name
    /// (<c>models/train/place_names.txt</c>: <c>Florence</c>, <c>Jackson</c>); exact, case-sensitive. It adds no bonus;
    /// <see cref="TravelWords"/> reads such a word after a travel word as a place even where the lexicon lists it as a
    /// person's name.
    /// </summary>
    public bool IsPlaceName(ReadOnlySpan<char> word) => _placeNames.Contains(word);

    /// <summary>
    /// True when the lower-case form of <paramref name="word"/> is a word of an English spelling dictionary
    /// (lexicon.json <c>"dictionary"</c>: SCOWL's word lists as Debian's <c>wamerican</c> and <c>wbritish</c> ship them,
    /// lower-case words of 3+ letters that the common and technical lists lack: <c>transit</c>, <c>sinkhole</c>). Such a
    /// word is no surname the lists lack (<c>Ford Transit</c>); false for longer words than the dictionary holds.
    /// </summary>
    public bool IsDictionaryWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length > MaxSentenceInitial)
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _dictionary.Contains(lower);
    }

    /// <summary>
    /// True when <paramref name="word"/> is a known place: listed with a bonus on <paramref name="locationBegin"/> (the
    /// B-LOCATION label; -1 for none), or a town the lexicon lists under another type (<see cref="IsPlaceName"/>).
    /// </summary>
    public bool IsKnownPlace(ReadOnlySpan<char> word, int locationBegin) =>
        (locationBegin >= 0 && HasBonus(word, locationBegin)) || IsPlaceName(word);

    /// <summary>True when <paramref name="word"/> has an entry of its own (a bonus or a penalty); exact, case-sensitive.</summary>
    public bool IsListed(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>
    /// The company names of two words or more (<c>models/train/company_phrases.txt</c>: <c>British Gas</c>), each one
    /// organization wherever it stands; empty when the lexicon has none.
    /// </summary>
    internal CompanyPhrases CompanyPhrases { get; }

    /// <summary>
    /// Creates a lexicon from words per entity type and a bonus per type, and lists of words that are rarely or never
    /// entities, each list with its penalty (subtracted from every entity label), the <see cref="MentionBonus"/> and the
    /// words that are code after an <c>@</c> (<see cref="IsAnnotation"/>), the curated company names
    /// (<see cref="IsCompany"/>) and the <paramref name="companyBonus"/> each of them gets on its <c>B-ORGANIZATION</c>
    /// and <c>I-ORGANIZATION</c> labels as written (on top of any listed bonus), and the curated place names and the
    /// <paramref name="placeBonus"/> each gets on <c>B-LOCATION</c> and <c>I-LOCATION</c> the same way;
    /// <paramref name="labels"/> are the model's BIO labels, which must hold <c>B-TYPE</c> and <c>I-TYPE</c> for
    /// every type; <paramref name="givenNames"/> are the words of <see cref="IsGivenName"/>, <paramref name="placeNames"/>
    /// those of <see cref="IsPlaceName"/>, <paramref name="companyPhrases"/> the company names of two words or more,
    /// <paramref name="dictionary"/> the lower-case words of <see cref="IsDictionaryWord"/> with their sentence-initial
    /// <paramref name="dictionaryPenalty"/>.
    /// </summary>
    /// <exception cref="ArgumentException">A type has no labels, or a bonus or a penalty is not a finite number ≥ 0.</exception>
    public static LexiconPrior Create(
        IReadOnlyDictionary<string, IReadOnlyList<string>> words,
        IReadOnlyDictionary<string, float> bonus,
        IReadOnlyList<string> labels,
        IReadOnlyList<(IReadOnlyList<string> Words, float Penalty)>? penalized = null,
        float mentionBonus = 0,
        IReadOnlyList<string>? annotations = null,
        float handlePartWeight = 0,
        IReadOnlyList<string>? companies = null,
        float companyBonus = 0,
        IReadOnlyList<string>? places = null,
        float placeBonus = 0,
        IReadOnlyList<string>? givenNames = null,
        IReadOnlyList<string>? placeNames = null,
        IReadOnlyList<string>? companyPhrases = null,
        IReadOnlyList<string>? dictionary = null,
        float dictionaryPenalty = 0)
    {
        if (!(mentionBonus >= 0) || float.IsInfinity(mentionBonus) || !(handlePartWeight >= 0) || float.IsInfinity(handlePartWeight)
            || !(companyBonus >= 0) || float.IsInfinity(companyBonus) || !(placeBonus >= 0) || float.IsInfinity(placeBonus)
            || !(dictionaryPenalty >= 0) || float.IsInfinity(dictionaryPenalty))
        {
            throw new ArgumentException("the mention bonus, the handle part weight, the company and place bonuses and the dictionary penalty must be finite numbers ≥ 0.");
        }
        var entries = new Dictionary<string, List<(int, float)>>(StringComparer.Ordinal);
        List<(int, float)> EntryOf(string word)
        {
            if (!entries.TryGetValue(word, out var entry))
            {
                entries[word] = entry = new List<(int, float)>(2);
            }
            return entry;
        }

        foreach (var (type, list) in words)
        {
            if (!bonus.TryGetValue(type, out var b) || !(b >= 0) || float.IsInfinity(b))
            {
                throw new ArgumentException($"type {type} needs a finite bonus ≥ 0.");
            }
            var begin = IndexOf(labels, "B-" + type);
            var inside = IndexOf(labels, "I-" + type);
            if (begin < 0 || inside < 0)
            {
                throw new ArgumentException($"the model has no B-{type}/I-{type} labels.");
            }
            foreach (var w in list)
            {
                if (string.IsNullOrEmpty(w))
                {
                    throw new ArgumentException("a listed word is empty.");
                }
                var e = EntryOf(w);
                e.Add((begin, b));
                e.Add((inside, b));
            }
        }
        foreach (var (list, penalty) in penalized ?? [])
        {
            if (!(penalty >= 0) || float.IsInfinity(penalty))
            {
                throw new ArgumentException("a word-list penalty must be a finite number ≥ 0.");
            }
            foreach (var w in list)
            {
                if (string.IsNullOrEmpty(w))
                {
                    throw new ArgumentException("a penalized word is empty.");
                }
                var e = EntryOf(w);
                for (var label = 0; label < labels.Count; label++)
                {
                    if (labels[label] != "O")
                    {
                        e.Add((label, -penalty));
                    }
                }
            }
        }
        void AddCurated(IReadOnlyList<string>? list, string type, float curatedBonus)
        {
            if (curatedBonus == 0 || list is not { Count: > 0 })
            {
                return;
            }
            var begin = IndexOf(labels, "B-" + type);
            var inside = IndexOf(labels, "I-" + type);
            if (begin < 0 || inside < 0)
            {
                throw new ArgumentException($"the model has no B-{type}/I-{type} labels.");
            }
            foreach (var w in list)
            {
                var e = EntryOf(w);
                e.Add((begin, curatedBonus));
                e.Add((inside, curatedBonus));
            }
        }

        AddCurated(companies, EntityTypes.Organization, companyBonus);
        AddCurated(places, EntityTypes.Location, placeBonus);
        var frozen = new Dictionary<string, (int Label, float Bonus)[]>(entries.Count, StringComparer.Ordinal);
        foreach (var (w, e) in entries)
        {
            frozen[w] = [.. e];
        }
        return new LexiconPrior(frozen, mentionBonus, new HashSet<string>(annotations ?? [], StringComparer.Ordinal), handlePartWeight,
            new HashSet<string>(companies ?? [], StringComparer.OrdinalIgnoreCase), new HashSet<string>(givenNames ?? [], StringComparer.Ordinal),
            new HashSet<string>(placeNames ?? [], StringComparer.Ordinal), new CompanyPhrases(companyPhrases ?? []),
            new HashSet<string>(dictionary ?? [], StringComparer.Ordinal))
        {
            DictionaryPenalty = dictionaryPenalty,
        };
    }

    /// <summary>
    /// Reads <c>{"bonus":{"TYPE":b,...},"words":{"TYPE":["Word",...],...}}</c>, optionally with
    /// <c>"common":["word",...],"common_penalty":p</c>, <c>"technical":[...],"technical_penalty":p</c>,
    /// <c>"mention_bonus":b</c>, <c>"annotations":["word",...]</c>, <c>"handle_part_weight":w</c> and
    /// <c>"companies":["Name",...]</c> with <c>"company_bonus":b</c> and <c>"places":["Name",...]</c> with
    /// <c>"place_bonus":b</c>, <c>"given_names":[...]</c>, <c>"place_names":[...]</c> and
    /// <c>"company_phrases":["Name Name",...]</c> and <c>"dictionary":["word",...]</c> with
    /// <c>"dictionary_penalty":p</c>; null when the
    /// directory has no such file. Every type needs <c>B-</c>/<c>I-</c> labels in <paramref name="labels"/>.
    /// </summary>
    /// <exception cref="PiiScanException">The file is malformed.</exception>
    public static LexiconPrior? Load(string directory, IReadOnlyList<string> labels) =>
        LexiconFile.Load(directory, labels);

    /// <summary>
    /// Adds the bonuses of <paramref name="word"/> to its label log-probabilities (<c>[K]</c>); false (and no change)
    /// when the word is not listed.
    /// </summary>
    public bool Apply(ReadOnlySpan<char> word, Span<float> logProbs)
    {
        if (!_lookup.TryGetValue(word, out var entry))
        {
            return false;
        }
        foreach (var (label, bonus) in entry)
        {
            logProbs[label] += bonus;
        }
        return true;
    }

    /// <summary>True when <paramref name="word"/> is listed with a bonus on <paramref name="label"/> (a known name of that type).</summary>
    public bool HasBonus(ReadOnlySpan<char> word, int label) => _lookup.TryGetValue(word, out var entry) && HasBonus(entry, label);

    // A bonus on label, or on any label when it is -1.
    private static bool HasBonus((int Label, float Bonus)[] entry, int label)
    {
        foreach (var (l, bonus) in entry)
        {
            if (bonus > 0 && (label < 0 || l == label))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="word"/> with its first letter upper-cased (<c>samantha</c> -> <c>Samantha</c>) is
    /// listed with a bonus on <paramref name="label"/>, or on any label when it is -1: a known name.
    /// </summary>
    public bool HasBonusCapitalized(ReadOnlySpan<char> word, int label = -1)
    {
        if (word.IsEmpty || word.Length > MaxSentenceInitial)
        {
            return false;
        }
        Span<char> capitalized = stackalloc char[word.Length];
        word.CopyTo(capitalized);
        capitalized[0] = char.ToUpperInvariant(word[0]);
        return _lookup.TryGetValue(capitalized, out var entry) && HasBonus(entry, label);
    }

    /// <summary>
    /// For a capitalized word that opens a sentence and is not listed itself (<c>Call</c> in <c>Call Jennifer at
    /// noon</c>): adds the penalties of its lower-case form when that form is an ordinary word (listed with penalties
    /// only), since capitals there say nothing about names. False (and no change) otherwise.
    /// </summary>
    public bool ApplySentenceInitial(ReadOnlySpan<char> word, Span<float> logProbs, bool nameMayContinue = false)
    {
        if (word.Length < 2 || word.Length > MaxSentenceInitial || !char.IsUpper(word[0]) || word[1..].ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        if (!_lookup.TryGetValue(lower, out var entry))
        {
            if (DictionaryPenalty > 0 && !nameMayContinue && _dictionary.Contains(lower))
            {
                for (var label = 1; label < logProbs.Length; label++) // label 0 is O (labels.json starts with it)
                {
                    logProbs[label] -= DictionaryPenalty;
                }
                return true;
            }
            return false;
        }
        if (!OnlyPenalties(entry))
        {
            return false;
        }
        foreach (var (label, bonus) in entry)
        {
            logProbs[label] += bonus;
        }
        return true;
    }

    /// <summary>
    /// Subtracted from every entity label of an unlisted capitalized word that opens a sentence when its lower-case form
    /// is a dictionary word (<see cref="IsDictionaryWord"/>) and no name may continue after it; 0: none.
    /// </summary>
    public float DictionaryPenalty { get; private init; }

    /// <summary>
    /// For a word in capitals of <see cref="MinEmphasisLetters"/>+ letters that is not listed itself, in text that is
    /// not written in capitals (<c>you knew that already BITCH</c>, <c>coalition with TERRORIST DMDK</c>): adds the
    /// penalties of its lower-case form when that form is an ordinary word, as such capitals are emphasis, not a name;
    /// not when the word's capitalized form is a given name or listed with a bonus (<c>MARK</c>, <c>APPLE</c>). False
    /// (and no change) otherwise.
    /// </summary>
    public bool ApplyEmphasis(ReadOnlySpan<char> word, Span<float> logProbs)
    {
        if (word.Length < MinEmphasisLetters || word.Length > MaxSentenceInitial || word.ContainsAnyExceptInRange('A', 'Z'))
        {
            return false;
        }
        Span<char> form = stackalloc char[word.Length];
        word.ToLowerInvariant(form);
        if (!_lookup.TryGetValue(form, out var entry) || !OnlyPenalties(entry))
        {
            return false;
        }
        form[0] = word[0];
        if (IsGivenName(form) || (_lookup.TryGetValue(form, out var capitalized) && !OnlyPenalties(capitalized)))
        {
            return false;
        }
        foreach (var (label, bonus) in entry)
        {
            logProbs[label] += bonus;
        }
        return true;
    }

    /// <summary>Fewest letters of a word in capitals that <see cref="ApplyEmphasis"/> reads as emphasis (not <c>WHO</c>, <c>US</c>).</summary>
    public const int MinEmphasisLetters = 4;

    /// <summary>
    /// True when <paramref name="word"/> is an ordinary word (listed with penalties only: a common or technical word),
    /// or a word in capitals whose lower-case form is one (<c>CALL</c>), or, when <paramref name="opensSentence"/>, a
    /// capitalized word whose lower-case form is one (<c>Contact</c>). A listed word is judged by its own entry.
    /// </summary>
    public bool IsOrdinary(ReadOnlySpan<char> word, bool opensSentence)
    {
        if (_lookup.TryGetValue(word, out var entry))
        {
            return OnlyPenalties(entry);
        }
        var capitals = word.Length >= 2 && !word.ContainsAnyExceptInRange('A', 'Z');
        if (!(opensSentence || capitals) || word.Length < 2 || word.Length > MaxSentenceInitial || !char.IsUpper(word[0]))
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.CopyTo(lower);
        lower[0] = char.ToLowerInvariant(word[0]);
        if (capitals)
        {
            word.ToLowerInvariant(lower);
        }
        return _lookup.TryGetValue(lower, out entry) && OnlyPenalties(entry);
    }

    /// <summary>
    /// True when the lower-case form of <paramref name="word"/> is an ordinary word (<c>High</c>, <c>Community</c>),
    /// whatever its own entry says.
    /// </summary>
    public bool IsOrdinaryLowerCase(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || word.Length > MaxSentenceInitial)
        {
            return false;
        }
        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return _lookup.TryGetValue(lower, out var entry) && OnlyPenalties(entry);
    }

    private static bool OnlyPenalties((int Label, float Bonus)[] entry)
    {
        foreach (var (_, bonus) in entry)
        {
            if (bonus > 0)
            {
                return false;
            }
        }
        return true;
    }

    // Longer words are not looked up lower-cased (the stack buffer stays small).
    private const int MaxSentenceInitial = 32;

    /// <summary>
    /// Adds <see cref="HandlePartWeight"/> times the type bonuses (not the penalties) of the listed parts of a handle
    /// or hashtag made of two parts or more (<see cref="HandleParts"/>: <c>MirandaCosgrove</c>, <c>bloomberg_news</c>),
    /// so one made of names takes their type: <c>@MirandaCosgrove</c> a person, <c>@BloombergNews</c> an
    /// organization, <c>#PrayForGaza</c> a place. A one-part handle is a word the lexicon already applies to.
    /// </summary>
    public void ApplyHandleParts(ReadOnlySpan<char> handle, Span<float> logProbs)
    {
        if (HandlePartWeight == 0 || HandleParts.Count(handle) < 2)
        {
            return;
        }
        var pos = 0;
        while (HandleParts.Next(handle, ref pos, out var start, out var end))
        {
            if (end - start < MinHandlePart || !char.IsLetter(handle[start]) || !_lookup.TryGetValue(handle[start..end], out var entry))
            {
                continue;
            }
            foreach (var (label, bonus) in entry)
            {
                if (bonus > 0)
                {
                    logProbs[label] += HandlePartWeight * bonus;
                }
            }
        }
    }

    // Shorter parts are too often ordinary syllables (`Al`, `Jo`, `Ed`).
    private const int MinHandlePart = 3;

    /// <summary>Index of <paramref name="label"/> in <paramref name="labels"/> (ordinal), or -1.</summary>
    internal static int IndexOf(IReadOnlyList<string> labels, string label)
    {
        for (var i = 0; i < labels.Count; i++)
        {
            if (string.Equals(labels[i], label, StringComparison.Ordinal))
            {
                return i;
            }
        }
        return -1;
    }
}
