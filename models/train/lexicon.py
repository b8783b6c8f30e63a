"""Name lexicon prior for decoding: writes MODEL_DIR/lexicon.json.

A word (a pre-token as the BertTokenizer splits text: letters only, first letter upper case; lower-case forms: below)
is listed under a type when it occurs at least MIN_COUNT times in the train splits of data.TRAIN_MIX (each sentence
once) and at least MIN_RATIO of those occurrences are inside a gold span of that type. At decoding a listed word's
log-probabilities of B-TYPE and I-TYPE get + bonus[TYPE] before the Viterbi search (a prior odds factor of e^bonus);
the span score uses the renormalized probabilities. Bonuses were chosen on the calibration dev sets (gum, gmb), never
on the target sets.

Common words work the other way: a letters-only word (any case) seen at least COMMON_MIN_COUNT times of which at
most COMMON_MAX_RATIO inside any entity span (`Answer`, `delete`, `new`) gets - COMMON_PENALTY on every B-/I- label.

Technical words (TECH_TERMS, a curated file: formats, protocols, hardware, units: `JSON`, `USB`, `GB`) are never
personal data but look like acronym names to a small model; each gets - TECH_PENALTY (in effect: never an entity)
unless the train splits put it inside an entity span more than TECH_MAX_RATIO of the time.

Only capitalized alphabetic words are kept: no handles, numbers or punctuation, so the list holds first names,
surnames and place and organization names that recur in the public corpora (see MODEL_CARD.md). Chat and social text
often writes names in lower case (`sarah`, `houston`), so the lower-case form of each listed word written in title case
(`Sarah`, not `NASA`) with at least LOWER_MIN_LETTERS letters is listed under the same type too, unless that form is an
ordinary word: in the common list or listed itself; seen in the train splits in lower case mostly (more than
1 - MIN_RATIO) outside spans of the type (`will`); used in lower case more often outside entity spans than inside
them in the properly cased corpora (all but LOWER_CASED_CORPORA, whose lower-cased names would make `dean`, `porter`,
`stadium` or `corporation` look like names); or in LOWER_CASE_NOT_NAMES (software, AI models and programming words
that logs and model ids write in lower case: `claude-3-opus`, `jenkins`, `conn`). Short forms stay out because
lower-case code and log tokens collide with short names and acronyms (`max`, `len`, `bin`, `pip`, `uri`).
Calibrated on multiconer2_en dev (lower-cased, not a target set): micro F1 0.513 -> 0.528; the bonus for lower-case
forms was varied from 0.4x to 1.2x there with no effect beyond +-0.003, so they share the type's bonus.

Curated companies (COMPANY_LIST, companies.txt: brands that prompts and tickets name, none of them an ordinary word)
get COMPANY_BONUS more on B-/I-ORGANIZATION as written, on top of the corpus bonus: the network leaves most of them O
in prose (`applying to Shopify`, `IKEA and Wayfair`), where the corpus bonus of 3 was too small to matter. 6 chosen on
gum+gmb (unchanged at 4 and 6) and hand-written English prompts (probe lines: 0.903 at 0, 0.913 at 4, 0.922 at 6).

Curated places (PLACE_LIST, places.txt: cities, regions and countries, none of them an ordinary word) that the lexicon
lists as places and that are no person's name of NAME_LISTS and no curated company get CURATED_PLACE_BONUS more on
B-/I-LOCATION as written (session 24): the corpus bonus of 3 left capitals and large cities to the network, which read
them as organizations or persons or missed them in prompts (`hope Lisbon is treating you well`, `the Cardiff office`,
`Kofi Mensah, Ashanti Gold Traders, Kumasi`). 3 and 6 tied on gum+gmb and the probe lines (en-probe 0.943 both,
intl-probe 0.845 / 0.848), so the smaller was taken.

Given names (GIVEN_NAME_LISTS: the first names of Bogus and world_given_names.txt; session 25) go into "given_names",
unless an ordinary or technical word, its lower-case form one or seen in lower case in the properly cased train splits
at least MIN_COUNT times outside entities (`Grace`, `Summer`, `King`), or a word that opens place names (PLACE_OPENERS:
`San`, `Santa`). They get no bonus of their own (those the corpora use for places, `Georgia`, `Dallas`, stay listed
as places). The C# decoder reads such a word as the first name before a listed surname
(PersonNameRules.JoinGivenNamesBeforeSurnames: `Georgia Whitfield`, which the network split into a place and a
person), and two one-word names joined by ` & ` where neither is a given name as a firm (`Pemberton & Hale`).

Towns that are also persons' names (PLACE_NAME_LIST, place_names.txt: `Florence`, `Jackson`, `Valencia`; session 26)
go into "place_names", with no bonus: after a travel word and `to`, `in`, `via` or `near` (travel_place) such a word
gets TRAVEL_NAME_BONUS, the travel bonus plus the person bonus it would otherwise cancel. Company names of two words or
more (COMPANY_PHRASE_LIST, company_phrases.txt: `British Gas`, `Thames Water`; session 26) go into "company_phrases",
which only the C# decoder reads (CompanyPhrases: each, as written, one organization).

Person names the corpora lack: the first and last names of Bogus's locale data (NAME_LISTS, models/train/names/,
MIT) join PERSON unless listed under a type already, common or technical, or used in the train splits at least
MIN_COUNT times mostly outside PERSON spans; their lower-case forms follow the rules above, and the ALL-CAPS form of
every name with a listed lower-case form is listed too (`SARAH`). gum+gmb dev (calibration) tie, 1.217 -> 1.218.

Mentions (`@handle` in prose, decoded as one unit with the handle, see units.py) get MENTION_BONUS on their entity
labels other than STREET_ADDRESS: the product's convention is that a mention names a person, organization or place,
so only a model that is sure it does not (p(entity) < e^-MENTION_BONUS) leaves it O. The handle's type stays the
model's. Words that follow '@' in code, style sheets and doc comments (CODE_ANNOTATIONS: `@Override`, `@media`,
`@param`) are listed under "annotations": such a unit is never an entity. A handle or hashtag of two parts or more
(units.handle_parts: `MirandaCosgrove`, `bloomberg_news`) gets HANDLE_PART_WEIGHT times the type bonuses of its
listed parts of 3+ letters, so a handle made of names takes their type (0.5 chosen on a held-out synthetic social
set, synth_social.py seed 17: weights 0 / 0.25 / 0.5 / 1 scored 0.851 / 0.855 / 0.860 / 0.857).

Usage: python3 models/train/lexicon.py --model models/pii-ner
"""
import argparse
import collections
import functools
import json
import math
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from wordpiece import basic_tokenize  # noqa: E402

MIN_COUNT = 2
MIN_RATIO = 0.5
BONUS = {"PERSON": 5.0, "LOCATION": 3.0, "ORGANIZATION": 3.0}
COMMON_MIN_COUNT = 5
COMMON_MAX_RATIO = 0.02
COMMON_PENALTY = 3.0
TECH_TERMS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tech_terms.txt")
TECH_MAX_RATIO = 0.2
TECH_PENALTY = 20.0
CODE_ANNOTATIONS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "code_annotations.txt")
NAME_LISTS = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "names", f)
              for f in ("first_names.txt", "last_names.txt", "world_given_names.txt", "world_surnames.txt",
                        "english_surnames.txt")]
GIVEN_NAME_LISTS = [os.path.join(os.path.dirname(os.path.abspath(__file__)), "names", f)
                    for f in ("first_names.txt", "world_given_names.txt")]
PLACE_OPENERS = frozenset("San Santa Santo Sao São Ville".split())
PLACE_LIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "places.txt")
PLACE_NAME_LIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "place_names.txt")
COMPANY_PHRASE_LIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "company_phrases.txt")
COMPANY_LIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "companies.txt")
MENTION_BONUS = 10.0
COMPANY_BONUS = 6.0
CURATED_PLACE_BONUS = 3.0
HANDLE_PART_WEIGHT = 0.5
LOWER_MIN_LETTERS = 4
# SCOWL's English word lists as Debian ships them (`apt-get install wamerican wbritish`; permissive license, see
# MODEL_CARD): lexicon.json "dictionary" holds their lower-case words that the common and technical lists lack
DICTIONARIES = ("/usr/share/dict/american-english", "/usr/share/dict/british-english")
DICTIONARY_MIN_LETTERS = 3
DICTIONARY_PENALTY = COMMON_PENALTY  # on an unlisted capitalized sentence opener whose lower-case form is in it
ADVERB_MIN_LETTERS = 5
ADVERB_PENALTY = 8.0
LOWER_CASED_CORPORA = ("multiconer2_en",)
LOWER_CASE_NOT_NAMES = frozenset("""albert amin claude conn connector curie deco delphi dolly interpol jenkins julia
kern libs luigi milli pascal sans sinh travis zeta""".split())
LOWER_CASE_NOT_COMPANIES = frozenset("cnn cvs ico hcl gls mtn cma edf gmc ubs ing hbo".split())
WORD = re.compile(r"^[^\W\d_]+$")


def counts():
    """-> (total occurrences per pre-token, {type: occurrences inside a span of that type}, lower-case use in cased
    text: {word: [occurrences outside any span, inside one]} over the corpora not in LOWER_CASED_CORPORA)."""
    total = collections.Counter()
    typed = {t: collections.Counter() for t in BONUS}
    cased_lower = collections.defaultdict(lambda: [0, 0])
    for corpus in data.TRAIN_MIX:
        for tokens, tags in data.load(corpus, "train"):
            for token, tag in zip(tokens, tags):
                typ = tag[2:] if tag[:2] in ("B-", "I-") else None
                for w in basic_tokenize(token):
                    total[w] += 1
                    if typ in typed:
                        typed[typ][w] += 1
                    if corpus not in LOWER_CASED_CORPORA and w.islower():
                        cased_lower[w][tag != "O"] += 1
    return total, typed, cased_lower


def build(min_count=MIN_COUNT, min_ratio=MIN_RATIO, bonus=None):
    bonus = dict(BONUS if bonus is None else bonus)
    total, typed, cased_lower = counts()
    words = {}
    for t in bonus:
        words[t] = sorted(w for w, n in typed[t].items()
                          if WORD.match(w) and w[0].isupper() and total[w] >= min_count and n / total[w] >= min_ratio)
    common = sorted(w for w, n in total.items()
                    if n >= COMMON_MIN_COUNT and WORD.match(w) and entity_share(w, total, typed) <= COMMON_MAX_RATIO)
    adverbs = sorted(capitalized_adverbs(set(common), total, typed, cased_lower))
    technical, dropped = technical_terms(total, typed)
    add_listed_places(words, set(common) | set(technical), total, typed, min_count, min_ratio)
    add_listed_names(words, set(common) | set(technical), total, typed, min_count, min_ratio)
    companies = add_listed_companies(words, set(common) | set(technical), total, typed, min_count, min_ratio)
    places = curated_places(words, companies)
    given = given_names(set(common) | set(technical), cased_lower, min_count)
    add_lower_case_forms(words, set(common), total, typed, cased_lower, min_ratio)
    add_lower_case_acronyms(words, companies, set(common) | set(technical), total, typed, cased_lower, min_ratio)
    add_upper_case_forms(words, set(common), total, typed, min_ratio)
    annotations = sorted(read_words(CODE_ANNOTATIONS))
    if dropped:
        print("technical terms dropped (inside entities in the train splits):", dropped)
    return {"min_count": min_count, "min_ratio": min_ratio, "bonus": bonus, "words": words,
            "common_min_count": COMMON_MIN_COUNT, "common_max_ratio": COMMON_MAX_RATIO,
            "common_penalty": COMMON_PENALTY, "common": common, "adverbs_penalty": ADVERB_PENALTY, "adverbs": adverbs,
            "technical_max_ratio": TECH_MAX_RATIO, "technical_penalty": TECH_PENALTY, "technical": technical,
            "mention_bonus": MENTION_BONUS, "annotations": annotations, "handle_part_weight": HANDLE_PART_WEIGHT,
            "companies": companies, "company_bonus": COMPANY_BONUS, "places": places, "place_bonus": CURATED_PLACE_BONUS, "given_names": given,
            "place_names": place_names(words),
            "company_phrases": read_phrases(COMPANY_PHRASE_LIST),
            "dictionary": dictionary_words(set(common) | set(technical)), "dictionary_penalty": DICTIONARY_PENALTY}


def dictionary_words(ordinary, paths=DICTIONARIES):
    """Lower-case ASCII words of DICTIONARY_MIN_LETTERS+ letters in the spelling dictionaries, without the ordinary
    (common or technical) words that lexicon.json lists already. C# LexiconPrior.IsDictionaryWord: a capitalized word
    whose lower-case form is one is no surname the name lists lack (`Ford Transit`)."""
    missing = [p for p in paths if not os.path.exists(p)]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: apt-get install wamerican wbritish")
    out = set()
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if len(w) >= DICTIONARY_MIN_LETTERS and w.isascii() and w.isalpha() and w.islower() and w not in ordinary:
                    out.add(w)
    return sorted(out)


def add_listed_names(words, ordinary, total, typed, min_count, min_ratio):
    """Adds the person names of NAME_LISTS (Bogus's locale data: first and last names the corpora may lack) to
    PERSON, except words listed under a type already, ordinary or technical words, and words the train splits use at
    least min_count times mostly outside PERSON spans (`Will`, `Young`, `Hall`)."""
    listed = {w for ws in words.values() for w in ws}
    names = listed_names()
    words["PERSON"] = sorted(set(words["PERSON"]) | {
        w for w in names if WORD.match(w) and w not in listed and w not in ordinary
        and not (total[w] >= min_count and typed["PERSON"][w] / total[w] < min_ratio)})


@functools.lru_cache(maxsize=1)
def listed_names():
    """The person names of NAME_LISTS, read once."""
    names = set()
    for path in NAME_LISTS:
        names |= read_words(path)
    return frozenset(names)


def add_listed_places(words, ordinary, total, typed, min_count, min_ratio):
    """Adds the curated place names of PLACE_LIST (places.txt: cities and countries in their own languages) to
    LOCATION, except words listed under a type already, ordinary or technical words, and words the train splits use
    at least min_count times mostly outside location spans. Runs before add_listed_names, so Bogus's surnames do not
    take a city (`Milano`)."""
    listed = {w for ws in words.values() for w in ws}
    words["LOCATION"] = sorted(set(words["LOCATION"]) | {
        w for w in read_words(PLACE_LIST) if WORD.match(w) and w not in listed and w not in ordinary
        and not (total[w] >= min_count and typed["LOCATION"][w] / total[w] < min_ratio)})


def add_listed_companies(words, ordinary, total, typed, min_count, min_ratio):
    """Adds the curated company names of COMPANY_LIST (companies.txt) to ORGANIZATION, except words listed under a
    type already, ordinary or technical words, and words the train splits use at least min_count times mostly outside
    organization spans. Returns the curated names that are not ordinary or technical words, listed elsewhere or not
    and whatever the corpora call them (WNUT17 tags `Spotify` a product): the "companies" of lexicon.json, whose
    one-word person or place spans the C# decoder retypes (LexiconPrior.IsCompany)."""
    listed = {w for ws in words.values() for w in ws}
    companies = sorted(w for w in read_words(COMPANY_LIST) if WORD.match(w) and w not in ordinary)
    words["ORGANIZATION"] = sorted(set(words["ORGANIZATION"]) | {
        w for w in companies if w not in listed
        and not (total[w] >= min_count and typed["ORGANIZATION"][w] / total[w] < min_ratio)})
    return companies


def curated_places(words, companies):
    """The curated places of PLACE_LIST that are listed as places and are neither a person's name of NAME_LISTS nor a
    curated company (`Lagos` the surname stays out only where a name list holds it): the "places" of lexicon.json, which
    get CURATED_PLACE_BONUS more on B-/I-LOCATION as written, on top of the corpus bonus."""
    names = listed_names()
    located = set(words["LOCATION"])
    firms = {c.lower() for c in companies}
    return sorted(w for w in read_words(PLACE_LIST) if w in located and w not in names and w.lower() not in firms)


def capitalized_adverbs(common, total, typed, cased_lower):
    """Capitalized forms of adverbs in -ly that open sentences (`Luckily`, `Fortunately`, `Sadly`), too rare capitalized
    for the common list: the lower-case form is used outside entity spans in the properly cased corpora, never inside
    one, the capitalized form is never inside a span, and neither is a name of NAME_LISTS (`Kelly`, `Emily`) or a
    technical word. The network read them as a place's or person's first word (`Luckily Denver`, `Luckily` a person,
    p 0.89), above the common words' penalty: lexicon.json's "adverbs" get ADVERB_PENALTY on every entity label."""
    names = listed_names()
    technical = set(read_words(TECH_TERMS))
    out = set()
    for w, (outside, inside) in cased_lower.items():
        if len(w) < ADVERB_MIN_LETTERS or not w.endswith("ly") or not WORD.match(w) or outside < 1 or inside > 0:
            continue
        c = w[0].upper() + w[1:]
        if c not in common and c not in names and c not in technical and w not in technical \
                and not any(typed[t][c] for t in typed):
            out.add(c)
    return out


def place_names(words):
    """PLACE_NAME_LIST (towns that are persons' names) and the curated places of PLACE_LIST that the corpora list as
    organizations only (`Zurich`, `Singapore`, `Montreal`: clubs and firms): lexicon.json's "place_names", no bonus."""
    located = set(words["LOCATION"])
    firms = set(words["ORGANIZATION"])
    listed = {w for w in read_words(PLACE_NAME_LIST) if WORD.match(w)}
    return sorted(listed | {w for w in read_words(PLACE_LIST) if w in firms and w not in located})


def given_names(ordinary, cased_lower, min_count):
    """The given names of GIVEN_NAME_LISTS that are no ordinary words (see the module docstring): the "given_names" of
    lexicon.json."""
    names = set()
    for path in GIVEN_NAME_LISTS:
        names |= read_words(path)
    return sorted(w for w in names if WORD.match(w) and w[0].isupper() and not w.isupper()
                  and w not in ordinary and w.lower() not in ordinary and cased_lower.get(w.lower(), (0, 0))[0] < min_count
                  and w not in PLACE_OPENERS)


def add_lower_case_forms(words, common, total, typed, cased_lower, min_ratio):
    """Lists the lower-case form of each title-case word under the word's type unless the form is an ordinary word."""
    listed = {w for ws in words.values() for w in ws}

    def is_name(w, t):
        outside, inside = cased_lower.get(w, (0, 0))
        return (w not in listed and w not in common and w not in LOWER_CASE_NOT_NAMES and outside <= inside
                and (total[w] == 0 or typed[t][w] / total[w] >= min_ratio))

    for t, ws in words.items():
        lower = {w.lower() for w in ws if len(w) >= LOWER_MIN_LETTERS and w[1:].islower() and one_to_one(w, w.lower())}
        words[t] = sorted(set(ws) | {w for w in lower if is_name(w, t)})


def add_lower_case_acronyms(words, companies, ordinary, total, typed, cased_lower, min_ratio):
    """Lists the lower-case form of each curated company written in capitals, 3+ letters (`HSBC` -> `hsbc`, `DHL` ->
    `dhl`: chat writes them so), under ORGANIZATION, unless that form is an ordinary or technical word, in
    LOWER_CASE_NOT_COMPANIES (file types, code and machine-learning words: `cvs`, `ico`, `cnn`), already listed, or
    used in the properly cased corpora in lower case more often outside entity spans than inside them."""
    listed = {w for ws in words.values() for w in ws}
    lower = set()
    for c in companies:
        w = c.lower()
        outside, inside = cased_lower.get(w, (0, 0))
        if (len(c) >= 3 and c.isupper() and WORD.match(c) and w not in ordinary and w not in listed
                and w not in LOWER_CASE_NOT_COMPANIES and outside <= inside
                and (total[w] == 0 or typed["ORGANIZATION"][w] / total[w] >= min_ratio)):
            lower.add(w)
    words["ORGANIZATION"] = sorted(set(words["ORGANIZATION"]) | lower)


def add_upper_case_forms(words, common, total, typed, min_ratio):
    """Lists the ALL-CAPS form of each name that has a listed lower-case form (so not an ordinary word, 4+ letters:
    `Sarah` -> `SARAH`) under the name's type, unless the train splits use that form mostly outside spans of the type;
    for a person's name only where they use it at least MIN_COUNT times (one tweet in capitals that nobody annotated is
    no evidence: `HARRY`)."""
    listed = {w for ws in words.values() for w in ws}
    for t, ws in words.items():
        have = set(ws)
        upper = {w.upper() for w in ws if w.islower() and w.capitalize() in have and one_to_one(w, w.upper())}
        if t == "LOCATION":
            # places in shouted text ("COME SEE ME SCARBOROUGH", "BRAZIL CAN'T WAIT"): every listed place of 4+ letters
            # whose lower-case form is no ordinary word
            upper |= {w.upper() for w in ws if len(w) >= 4 and w[0].isupper() and w[1:].islower() and WORD.match(w)
                      and w.lower() not in common and one_to_one(w, w.upper())}
        words[t] = sorted(have | {u for u in upper if u not in listed and u not in common
                                  and (total[u] < (MIN_COUNT if t == "PERSON" else 1) or typed[t][u] / total[u] >= min_ratio)})


def technical_terms(total, typed, path=TECH_TERMS):
    """-> (kept, dropped): the curated technical words, minus those inside entity spans > TECH_MAX_RATIO of the time."""
    kept, dropped = [], []
    for w in sorted(read_words(path)):
        (dropped if entity_share(w, total, typed) > TECH_MAX_RATIO else kept).append(w)
    return kept, dropped


def one_to_one(word, form):
    """The case form maps each char to one letter (not `İ` -> `i̇`, `ß` -> `SS`): the C# decoder sees the same word."""
    return len(form) == len(word) and WORD.match(form) is not None


def read_words(path):
    """The words of a curated word-list file (whitespace-separated; lines starting with '#' are comments)."""
    with open(path, encoding="utf-8") as f:
        return {w for line in f if not line.lstrip().startswith("#") for w in line.split()}


def read_phrases(path):
    """The lines of a list file, one name per line (comments and blank lines skipped), sorted."""
    with open(path, encoding="utf-8") as f:
        return sorted({line.strip() for line in f if line.strip() and not line.lstrip().startswith("#")})


def entity_share(w, total, typed):
    """Share of the word's train-split occurrences inside an entity span of any type (0 for an unseen word)."""
    return sum(typed[t][w] for t in typed) / total[w] if total[w] else 0.0


class Lexicon(dict):
    """{word: [(label ids, bonus), ...]} plus the social-text settings: mention_bonus, the code annotations after '@'
    and handle_part_weight; handle_types: the model's handle-type prior (handle_types.load), or None."""
    mention_bonus = 0.0
    annotations = frozenset()
    handle_part_weight = 0.0
    handle_types = None
    given_names = frozenset()
    place_names = frozenset()
    dictionary = frozenset()
    dictionary_penalty = 0.0


def load(model_dir):
    """-> Lexicon or None when the model has no lexicon.json (common words: every entity label, - penalty)."""
    path = os.path.join(model_dir, "lexicon.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    out = Lexicon()
    for t, ws in d["words"].items():
        ids = [data.LABEL2ID["B-" + t], data.LABEL2ID["I-" + t]]
        for w in ws:
            out.setdefault(w, []).append((ids, float(d["bonus"][t])))
    entity = [i for i, label in enumerate(data.LABELS) if label != "O"]
    for key in ("common", "adverbs", "technical"):
        for w in d.get(key, ()):
            out.setdefault(w, []).append((entity, -float(d[key + "_penalty"])))
    org = [data.LABEL2ID["B-ORGANIZATION"], data.LABEL2ID["I-ORGANIZATION"]]
    for w in d.get("companies", ()):
        out.setdefault(w, []).append((org, float(d.get("company_bonus", 0.0))))
    loc = [data.LABEL2ID["B-LOCATION"], data.LABEL2ID["I-LOCATION"]]
    for w in d.get("places", ()):
        out.setdefault(w, []).append((loc, float(d.get("place_bonus", 0.0))))
    out.mention_bonus = float(d.get("mention_bonus", 0.0))
    out.annotations = frozenset(d.get("annotations", ()))
    out.handle_part_weight = float(d.get("handle_part_weight", 0.0))
    out.given_names = frozenset(d.get("given_names", ()))
    out.place_names = frozenset(d.get("place_names", ()))
    out.dictionary = frozenset(d.get("dictionary", ()))
    out.dictionary_penalty = float(d.get("dictionary_penalty", 0.0))
    import handle_types
    out.handle_types = handle_types.load(model_dir)
    return out


# A word after one of these (one-character words) opens a sentence, a quote, a bracket or a list item.
SENTENCE_OPENERS = frozenset('.!?:"\u201c([-*\u2022>')


def opens_sentence(words, i, gaps):
    """Word i opens the value, a line or a table cell (gaps[i]: the text between word i-1 and word i holds a line
    break, '|' or a tab) or a sentence."""
    if i == 0 or any(c in gaps[i] for c in "\n\r|\t"):
        return True
    return len(words[i - 1]) == 1 and words[i - 1] in SENTENCE_OPENERS


def sentence_initial_entry(w, lex, name_may_continue=False):
    """The penalties of an unlisted capitalized word's lower-case form when that form is an ordinary word (penalties
    only): capitals at a sentence start say nothing about names (C# LexiconPrior.ApplySentenceInitial); an unlisted
    form in the spelling dictionary takes dictionary_penalty, unless a name may continue after the word
    (name_may_continue)."""
    if not (2 <= len(w) <= 32 and w[0].isupper() and all("a" <= c <= "z" for c in w[1:])):
        return ()
    first = w[0].lower()
    lower = (first if len(first) == 1 else w[0]) + w[1:]
    entry = lex.get(lower, ())
    if not entry and lex.dictionary_penalty and not name_may_continue and lower in lex.dictionary:
        return (([i for i, label in enumerate(data.LABELS) if label != "O"], -lex.dictionary_penalty),)
    return () if any(b > 0 for _, b in entry) else entry


def name_may_continue(words, i, gaps):
    """A capitalized word one space after word i, or "and"/"or"/"&" and a capitalized word, or a dash inside a line
    before it (C# NerWordDecoder.NameMayContinue)."""
    if i >= 2 and words[i - 1] == "-" and not any(c in gaps[i - 1] for c in "\n\r|\t"):
        return True
    if i + 1 >= len(words) or gaps[i + 1] != " ":
        return False
    nxt = words[i + 1]
    return nxt[0].isupper() or (nxt in ("and", "or", "&") and i + 2 < len(words) and gaps[i + 2] == " "
                                and words[i + 2][0].isupper())


MIN_EMPHASIS_LETTERS = 4


def emphasis_entry(w, lex):
    """The penalties of an unlisted word in capitals (MIN_EMPHASIS_LETTERS+ letters) whose lower-case form is an
    ordinary word, unless its capitalized form is a given name or listed with a bonus: in text not written in capitals,
    such capitals are emphasis (C# LexiconPrior.ApplyEmphasis)."""
    if not (MIN_EMPHASIS_LETTERS <= len(w) <= 32 and all("A" <= c <= "Z" for c in w)):
        return ()
    entry = lex.get(w.lower(), ())
    if not entry or any(b > 0 for _, b in entry):
        return ()
    cap = w[0] + w[1:].lower()
    if cap in lex.given_names or any(b > 0 for _, b in lex.get(cap, ())):
        return ()
    return entry


def is_shouted(words):
    """Text written in capitals: 8+ upper-case letters, at most one lower-case per ten, two words or more (C#
    ShoutedText.IsShouted)."""
    upper = sum(c.isupper() for w in words for c in w)
    lower = sum(c.islower() for w in words for c in w)
    return upper >= 8 and sum(any(c.isalpha() for c in w) for w in words) >= 2 and lower * 10 <= upper


# Family, friend and workplace nouns a person's name follows ("my daughter Chloe"): the capitalized word after one
# gets RELATION_BONUS more on B-PERSON (C# RelationWords, same list), as does the one after an in-law ("mother-in-law
# Gloria") or a co-worker.
RELATION_WORDS = frozenset(
    "daughter son wife husband mom mum mother dad father brother sister grandma grandmother grandpa grandfather "
    "granddaughter grandson aunt uncle cousin niece nephew friend boyfriend girlfriend fiance fiancé fiancée colleague "
    "coworker neighbor neighbour roommate stepson stepdaughter stepmother stepfather boss baby "
    "esposa esposo marido mujer hijo hija hermano hermana filho filha irmão irmã femme mari fils fille frère sœur moglie "
    "marito figlio figlia fratello sorella Ehefrau Ehemann Sohn Tochter Bruder Schwester vrouw zoon dochter broer".split())
RELATION_BONUS = 5.0

# Prepositions of place in Spanish, Portuguese, French and German ("vivo en Sevilla"): the capitalized word after one
# gets PLACE_BONUS more on B-LOCATION (C# PlacePrepositions, same list).
PLACE_PREPOSITIONS = frozenset(["en", "em", "à", "nach"])
PLACE_BONUS = 5.0
# Prepositions that also come before persons ("scrivi a Francesca"): they count only before a word listed as a place
# and not as a person ("a Milano", "de Curitiba para Manaus"; C# PlacePrepositions, same list).
LISTED_PLACE_PREPOSITIONS = frozenset(
    "a da de di per para desde hasta no na aus naar van uit vers depuis".split())


def capitalized(w):
    """A capitalized word of letters, two or more (C# ChatDisplayName.IsCapitalizedWord)."""
    return len(w) >= 2 and w[0].isupper() and all(c.islower() for c in w[1:])


def has_bonus(w, lex, label):
    """True when w is listed with a bonus on label (C# LexiconPrior.HasBonus)."""
    return any(b > 0 and data.LABEL2ID[label] in ids for ids, b in lex.get(w, ()))


def opening_ordinary(w, lex):
    """True when w is an ordinary word where it opens a sentence: listed with penalties only, or unlisted with an
    ordinary lower-case form (C# LexiconPrior.IsOrdinary with opensSentence)."""
    return ordinary_as_written(w, lex) or bool(w not in lex and sentence_initial_entry(w, lex))


# First names in lower case joined by "and", "or" or a comma in chat ("invite priya and tom", "emma and noah"): a
# lower-case word of three letters or more that is no ordinary word, whose capitalized form is listed as a person's
# name or a given name and as no place, organization, weekday or month, gets COMPANION_BONUS on B-PERSON when such a
# word stands on the other side of the joiner and one of the two is a given name ("davis and wright", a firm's
# surnames, is not); "&" joins firms' names (C# PairedNames).
def lower_name_kind(w, lex):
    """2: a lower-case given name; 1: a lower-case person's name of the lexicon; 0: neither."""
    if not (3 <= len(w) <= 20) or not all("a" <= c <= "z" for c in w):
        return 0
    if ordinary_as_written(w, lex):
        return 0
    cap = w[0].upper() + w[1:]
    if cap in CALENDAR_WORDS or has_bonus(cap, lex, "B-LOCATION") or has_bonus(cap, lex, "B-ORGANIZATION"):
        return 0
    return 2 if cap in lex.given_names else 1 if has_bonus(cap, lex, "B-PERSON") else 0


# Lower-case titles a lower-case person's name follows in chat ("professor lin"; C# RelationWords.LowerCaseTitles).
LOWER_CASE_TITLES = frozenset("mr mrs ms miss dr prof professor coach auntie".split())
POSSESSIVES = frozenset("my our your his her their ur".split())


def lower_name_after_noun(possessive, noun, w, lex):
    """Chat in lower case: 1 for a lower-case given name after a possessive and a relation noun ("my uncle raj"), 2 for a
    lower-case person's name of the lexicon after a lower-case title ("professor lin"), else 0; C#
    RelationWords.LowerCaseNameFollows."""
    title = noun in LOWER_CASE_TITLES
    if not title and not (noun in RELATION_WORDS and possessive in POSSESSIVES):
        return 0
    kind = lower_name_kind(w, lex)
    return 2 if title and kind else 1 if kind == 2 else 0


def paired_name(words, i, lex, gaps):
    """True when word i is such a name and another one is joined to it."""
    gap = (lambda j: gap_before(gaps, j))

    def joined(a):  # words a and a + 2 joined by word a + 1
        if words[a + 1] in ("and", "or"):
            return gap(a + 1) == " " and gap(a + 2) == " "
        return words[a + 1] == "," and gap(a + 1) == "" and gap(a + 2) == " "
    kind = lower_name_kind(words[i], lex)
    if not kind:
        return False
    before = lower_name_kind(words[i - 2], lex) if i >= 2 and joined(i - 2) else 0
    after = lower_name_kind(words[i + 2], lex) if i + 2 < len(words) and joined(i) else 0
    return (before > 0 and (kind == 2 or before == 2)) or (after > 0 and (kind == 2 or after == 2))


def gap_before(gaps, j):
    """The text before word j (gaps[j]), one space when there are no gaps."""
    return " " if gaps is None else gaps[j]


def listed_place(w, lex):
    """True when w is listed with a bonus on LOCATION and none on PERSON."""
    return has_bonus(w, lex, "B-LOCATION") and not has_bonus(w, lex, "B-PERSON")

# A person named beside the writer ("Tamsin and I", "for me and Duarte"): a capitalized word right before "and I" /
# "and me" or right after "me and" gets COMPANION_BONUS more on B-PERSON unless it is an ordinary word or listed as a
# place or organization and not as a person's name (C# CompanionWords, which also skips titles and kin words).
COMPANION_BONUS = 5.0


def companion_name(words, i, lex, gaps):
    w = words[i]
    if not capitalized(w):
        return False
    one = (lambda j: gaps is None or gaps[j] == " ")
    before = i + 2 < len(words) and words[i + 1] == "and" and words[i + 2] in ("I", "me") and one(i + 1) and one(i + 2)
    after = i >= 2 and words[i - 1] == "and" and words[i - 2] in ("me", "Me") and one(i - 1) and one(i)
    return (before or after) and possible_name(w, lex)


def possible_name(w, lex):
    """No ordinary word (listed with penalties only, or an unlisted word whose lower-case form is one) and no word
    listed as a place or organization and neither as a person's name nor as a given name."""
    if opening_ordinary(w, lex):
        return False
    return (has_bonus(w, lex, "B-PERSON") or w in lex.given_names
            or not (has_bonus(w, lex, "B-LOCATION") or has_bonus(w, lex, "B-ORGANIZATION")))


# A writer naming themselves or the person on the line ("My name is Thorsten Vogel", "this is Renata from"): a
# capitalized word right after "name is", "this is", "I'm", "I am" or "call me" gets INTRODUCTION_BONUS more on B-PERSON
# under companion_name's exclusions, and a listed person's name one space after it as much on I-PERSON (C#
# IntroductionWords).
INTRODUCTION_BONUS = 5.0


def introduced_name(words, i, lex, gaps):
    w = words[i]
    if i < 2 or not capitalized(w):
        return False
    one = (lambda j: gaps is None or gaps[j] == " ")
    glued = (lambda j: gaps is None or gaps[j] == "")
    p, b = words[i - 1], words[i - 2]
    follows = one(i) and ((p == "is" and b in ("name", "Name", "this", "This") and one(i - 1))
                          or (p == "am" and b == "I" and one(i - 1))
                          or (p == "me" and b in ("call", "Call") and one(i - 1))
                          or (p == "m" and b in ("'", "\u2019") and i >= 3 and words[i - 3] == "I"
                              and glued(i - 1) and glued(i - 2)))
    return follows and possible_name(w, lex)


# Greetings and thanks before an addressee's first name ("hi rosa,", "Hola Lucía"): a word after one whose capitalized
# form is a listed person's name gets GREETING_BONUS more on B-PERSON unless a capitalized word follows it (C#
# GreetingWords, same list, compared case-insensitively).
GREETING_WORDS = frozenset(
    "hi hey hello hiya yo dear thanks thx cheers bye hola ciao bonjour salut hallo olá oi gracias obrigado obrigada "
    "merci grazie danke bedankt hoi".split())
GREETING_BONUS = 5.0


def greeting_name(words, i, lex):
    """True when word i follows a greeting, its capitalized form is a listed person's name and no capitalized word
    follows it."""
    if i == 0 or words[i - 1].lower() not in GREETING_WORDS or not words[i]:
        return False
    if i + 1 < len(words) and words[i + 1][:1].isupper():
        return False
    return has_bonus(words[i][0].upper() + words[i][1:], lex, "B-PERSON")


# Sign-offs before the writer's name and a comma at the end of a message or line ("Best, Noah"): a listed person's name
# there gets GREETING_BONUS on B-PERSON (C# GreetingWords.SignedNameAt, same list, compared case-insensitively).
SIGN_OFFS = frozenset("best regards cheers thanks sincerely warmly wishes yours faithfully truly xoxo love".split())


def signed_name(words, i, lex, gaps):
    """True when word i is a capitalized listed person's name after a sign-off and a comma, and it (or the capitalized
    word one space after it) ends the value or its line, a final "." or "!" aside."""
    if i < 2 or words[i - 1] != "," or words[i - 2].lower() not in SIGN_OFFS or not capitalized(words[i]):
        return False
    n = len(words)
    gap = (lambda j: gap_before(gaps, j))
    last = i + 1 if i + 1 < n and gap(i + 1) == " " and capitalized(words[i + 1]) else i
    ends = (last + 1 == n or "\n" in gap(last + 1)
            or (words[last + 1] in (".", "!") and (last + 2 == n or "\n" in gap(last + 2))))
    return ends and has_bonus(words[i], lex, "B-PERSON")


# A place after a word of travel, moving or living and a preposition ("flying to Florence", "moved back to Adelaide",
# "I live in San Rafael"): a capitalized word right after the preposition gets TRAVEL_BONUS more on B-LOCATION, and up to
# two capitalized words after it, one space apart, as much on I-LOCATION, unless ordinary, a weekday or month, listed
# as an organization and not as a place, followed by a possessive ("going to Maria's wedding"), or, after a verb that
# also takes persons (GOING_WORDS: "went to Sarah for help"), listed as a person's name and not as a place (C#
# TravelWords, same lists). The travel words match in any case ("Flights to Toledo"), the going words only in lower
# case ("Go to Goldstar.com"); "ticket" is no travel word (a support ticket comes from and goes to persons).
TRAVEL_WORDS = frozenset("""fly flies flew flown flying flight flights travel travels travelled traveled travelling traveling
trip trips journey move moves moved moving relocate relocates relocated relocating emigrate emigrated emigrating drive drives
drove driven driving commute commutes commuting live lives lived living based born located stay stays stayed staying reside
resides resided residing holiday holidays vacation vacationing train trains bus buses ferry ferries cruise
cruises""".split())
GOING_WORDS = frozenset("go goes going went head heads headed heading return returns returned returning".split())
TRAVEL_PREPOSITIONS = frozenset("to in from via near".split())
TRAVEL_PARTICLES = frozenset("back out over down up".split())
CALENDAR_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
July August September October November December""".split())
TRAVEL_BONUS = 5.0
TRAVEL_MAX_WORDS = 3
# A known place that the lexicon lists as a person's name ("place_names": `Florence`, `Jackson`) after a travel word
# and one of these: TRAVEL_BONUS plus the person bonus it would otherwise cancel (3 from travel_place).
LISTED_NAME_PREPOSITIONS = frozenset("to in via near".split())
TRAVEL_NAME_BONUS = TRAVEL_BONUS + BONUS["PERSON"]


def travel_place(words, i, lex, gaps):
    """1 when word i opens a place after a travel word and a preposition, 3 when it opens one and is a known place that
    the lexicon lists as a person's name, after a travel word (not a going word) and `to`, `in`, `via` or `near`, 2 when
    it continues one, else 0."""
    one = (lambda j: gaps is None or gaps[j] == " ")
    glued = (lambda j: gaps is None or gaps[j] == "")
    for first in range(i, max(i - TRAVEL_MAX_WORDS, 1), -1):
        if not may_be_place(words[first], lex) or (first < i and not one(first + 1)):
            return 0
        if words[first - 1] in TRAVEL_PREPOSITIONS and one(first) and one(first - 1):
            verb = first - 2
            if words[verb] in TRAVEL_PARTICLES and verb > 0 and one(verb):
                verb -= 1
            travel = words[verb].lower() in TRAVEL_WORDS  # any case: "Flights to Toledo"
            if travel or words[verb] in GOING_WORDS:
                person = (not travel and has_bonus(words[first], lex, "B-PERSON")
                          and not has_bonus(words[first], lex, "B-LOCATION"))
                possessive = (i + 2 < len(words) and words[i + 1] in ("'", "\u2019") and words[i + 2] == "s"
                              and glued(i + 1) and glued(i + 2))
                if person or possessive:
                    return 0
                if first < i:
                    return 2
                name = (travel and words[first - 1] in LISTED_NAME_PREPOSITIONS
                        and words[first] in lex.place_names and has_bonus(words[first], lex, "B-PERSON"))
                return 3 if name else 1
    return 0


def may_be_place(w, lex):
    """Capitalized, no ordinary word, no weekday or month, not an organization only."""
    if not capitalized(w) or w in CALENDAR_WORDS or opening_ordinary(w, lex):
        return False
    return has_bonus(w, lex, "B-LOCATION") or not has_bonus(w, lex, "B-ORGANIZATION")


def ordinary_as_written(w, lex):
    """Listed with penalties only, as written (C# LexiconPrior.IsListed and IsOrdinary without the sentence start)."""
    entry = lex.get(w, ())
    return bool(entry) and all(b <= 0 for _, b in entry)


def begin_after_ordinary_word(row, begin):
    """Where the network began a name on an ordinary word that opens the sentence and continued it on the next word, a
    known name of any type, the next word may begin it: its B- label of the type (begin) takes its I- label's probability too (log-sum); C#
    NerWordDecoder.BeginAfterOrdinaryWord."""
    b, i = data.LABEL2ID[begin], data.LABEL2ID["I-" + begin[2:]]
    top = max(row[b], row[i])
    row[b] = top + math.log(math.exp(row[b] - top) + math.exp(row[i] - top))


def apply(words, logp, lex, gaps=None):
    """Adds the lexicon bonuses to a sentence's word log-probabilities [words, K] (returns a copy); with gaps (the
    text before each word), an unlisted capitalized word that opens a sentence gets its ordinary lower-case form's
    penalties; a capitalized word after a relation noun gets RELATION_BONUS on B-PERSON, after a place preposition
    PLACE_BONUS on B-LOCATION, a place after a travel word TRAVEL_BONUS on B-/I-LOCATION, a known first name after a greeting or a sign-off GREETING_BONUS on B-PERSON, a name beside "and I"
    COMPANION_BONUS and one after "my name is" INTRODUCTION_BONUS on B-PERSON; a known name after an ordinary word that
    opens a sentence, where the network began a name on the one and continued it on the other, takes its I- label's
    probability into its B- label (begin_after_ordinary_word)."""
    if not lex:
        return logp
    network = logp
    logp = logp.copy()
    shouted = is_shouted(words)
    for i, w in enumerate(words):
        entry = lex.get(w, ())
        if not entry and gaps is not None and opens_sentence(words, i, gaps):
            entry = sentence_initial_entry(w, lex, name_may_continue(words, i, gaps))
        elif not entry and not shouted:
            entry = emphasis_entry(w, lex)
        for ids, b in entry:
            logp[i, ids] += b
        begin = data.LABELS[int(network[i - 1].argmax())] if i > 0 else "O"
        if (begin.startswith("B-") and data.LABELS[int(network[i].argmax())] == "I-" + begin[2:] and gaps is not None
                and gaps[i] == " " and opens_sentence(words, i - 1, gaps) and ordinary_as_written(words[i - 1], lex)
                and any(b > 0 for _, b in lex.get(w, ()))):
            begin_after_ordinary_word(logp[i], begin)
        cap = capitalized(w)
        in_law = i >= 5 and words[i - 5:i - 1] == [words[i - 5], "-", "in", "-"] and words[i - 1] == "law"
        co_worker = (i >= 3 and words[i - 3] in ("co", "Co") and words[i - 2:i] == ["-", "worker"]
                     and (gaps is None or gaps[i - 2] == gaps[i - 1] == ""))
        if i > 0 and cap and (co_worker or words[i - 5 if in_law else i - 1] in RELATION_WORDS):
            logp[i, data.LABEL2ID["B-PERSON"]] += RELATION_BONUS
        elif i > 0 and (lower := lower_name_after_noun(words[i - 2] if i > 1 else "", words[i - 1], w, lex)):
            logp[i, data.LABEL2ID["B-PERSON"]] += RELATION_BONUS
            if lower == 2:
                logp[i, data.LABEL2ID["I-PERSON"]] += RELATION_BONUS
        if i > 0 and cap and (words[i - 1] in PLACE_PREPOSITIONS
                              or (words[i - 1] in LISTED_PLACE_PREPOSITIONS and listed_place(w, lex))):
            logp[i, data.LABEL2ID["B-LOCATION"]] += PLACE_BONUS
        elif place := travel_place(words, i, lex, gaps):
            logp[i, data.LABEL2ID["I-LOCATION" if place == 2 else "B-LOCATION"]] += TRAVEL_NAME_BONUS if place == 3 else TRAVEL_BONUS
        if greeting_name(words, i, lex) or signed_name(words, i, lex, gaps):
            logp[i, data.LABEL2ID["B-PERSON"]] += GREETING_BONUS
        if companion_name(words, i, lex, gaps) or paired_name(words, i, lex, gaps):
            logp[i, data.LABEL2ID["B-PERSON"]] += COMPANION_BONUS
        if introduced_name(words, i, lex, gaps):
            logp[i, data.LABEL2ID["B-PERSON"]] += INTRODUCTION_BONUS
        elif (i >= 1 and cap and (gaps is None or gaps[i] == " ")
              and has_bonus(w, lex, "B-PERSON")
              and introduced_name(words, i - 1, lex, gaps)):
            logp[i, data.LABEL2ID["I-PERSON"]] += INTRODUCTION_BONUS  # its surname (C# IntroductionWords.SurnameAt)
    return logp


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/pii-ner")
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    ap.add_argument("--min-ratio", type=float, default=MIN_RATIO)
    a = ap.parse_args()
    d = build(a.min_count, a.min_ratio)
    with open(os.path.join(a.model, "lexicon.json"), "w", encoding="utf-8") as f:
        json.dump(d, f, ensure_ascii=False, indent=0)
        f.write("\n")
    print({t: len(ws) for t, ws in d["words"].items()}, "common", len(d["common"]), "technical", len(d["technical"]))


if __name__ == "__main__":
    main()
