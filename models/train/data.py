"""Corpus loading and label mapping to PERSON / LOCATION / ORGANIZATION (+ STREET_ADDRESS from synthetic data)."""
import json
import re
import os

DATA_DIR = os.environ.get("NER_DATA_DIR", "/work/shared/data/ner")
LABELS = ["O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION",
          "B-ORGANIZATION", "I-ORGANIZATION", "B-STREET_ADDRESS", "I-STREET_ADDRESS"]
LABEL2ID = {l: i for i, l in enumerate(LABELS)}
TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS"]

PER, LOC, ORG, ADDR = "PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS"
_COMMON = {"PER": PER, "LOC": LOC, "ORG": ORG}
MAPS = {
    "uner_en_ewt": _COMMON, "uner_en_ewt_v0": _COMMON, "btc": _COMMON, "wikigold": _COMMON, "gum": _COMMON,
    "sec_filings": _COMMON,
    "wnut17": {"person": PER, "location": LOC, "group": ORG, "corporation": ORG},
    "gmb": {"per": PER, "geo": LOC, "org": ORG},  # gpe (demonyms) -> O
    "litbank": {"PER": PER, "GPE": LOC, "LOC": LOC, "FAC": LOC, "ORG": ORG},
    "crossner": {"person": PER, "politician": PER, "writer": PER, "scientist": PER, "researcher": PER,
                 "musicalartist": PER, "location": LOC, "country": LOC, "organisation": ORG,
                 "politicalparty": ORG, "university": ORG, "band": ORG},
    "multiconer2_en": {"Artist": PER, "Athlete": PER, "Cleric": PER, "OtherPER": PER, "Politician": PER,
                       "Scientist": PER, "SportsManager": PER, "Facility": LOC, "HumanSettlement": LOC,
                       "OtherLOC": LOC, "Station": LOC, "ORG": ORG, "PublicCorp": ORG, "PrivateCorp": ORG,
                       "MusicalGRP": ORG, "SportsGRP": ORG, "AerospaceManufacturer": ORG, "CarManufacturer": ORG},
    "presidio_synth": {"PERSON": PER, "GPE": LOC, "ORGANIZATION": ORG, "STREET_ADDRESS": ADDR},
}

# leading title / premodifier tokens trimmed from PERSON spans (GMB, LitBank, and generally)
TITLES = {t.lower() for t in """Mr Mr. Mrs Mrs. Ms Ms. Miss Dr Dr. Prof Prof. Sir Lady Lord Dame Madam Madame Mme Mme.
Monsieur M. Herr Frau Captain Capt Capt. Colonel Col Col. General Gen Gen. Lieutenant Lt Lt. Major Maj. Sergeant Sgt Sgt.
Admiral Adm. Commander Cmdr. Corporal Private Marshal Field President Vice Prime Minister Premier Chancellor Secretary
Senator Sen. Sen Representative Rep. Rep Congressman Congresswoman Governor Gov. Gov Mayor King Queen Prince Princess
Emperor Empress Sheikh Sheik Ayatollah Pope Cardinal Bishop Archbishop Reverend Rev. Rev Father Brother Sister Saint St.
Judge Justice Ambassador Envoy Chief Leader Chairman Chairwoman Director Spokesman Spokeswoman Deputy Foreign Defense
Defence Interior Finance Opposition Former former Late late Sultan Crown Grand Ayatollah Imam Rabbi Pastor Mullah Dalai
Lama Secretary-General Coach Officer Inspector Detective Professor Doctor Uncle Aunt Mister Mistress Master Count Countess
Duke Duchess Baron Baroness Earl""".split()}
DROP_PER_TEXT = {"borrower", "borrowers", "lender", "lenders", "the borrower", "the lender"}


def spans(tags):
    """BIO tags -> [(start, end_exclusive, type)]; any other tag (O, IGNORE) ends a span."""
    out, cur = [], None
    for i, t in enumerate(list(tags) + ["O"]):
        if not t.startswith("I-") or cur is None or cur[2] != t[2:]:
            if cur is not None:
                out.append(tuple(cur))
                cur = None
            if t.startswith("B-") or t.startswith("I-"):
                cur = [i, i + 1, t[2:]]
        else:
            cur[1] = i + 1
    return out


def to_tags(n, sp):
    tags = ["O"] * n
    for s, e, t in sp:
        tags[s] = "B-" + t
        for i in range(s + 1, e):
            tags[i] = "I-" + t
    return tags


def map_sentence(corpus, tokens, tags, trim_titles=True):
    m = MAPS[corpus]
    out = []
    for s, e, t in spans(tags):
        t2 = m.get(t)
        if t2 is None:
            continue
        if t2 == PER and trim_titles:
            while s < e and (tokens[s].lower() in TITLES or tokens[s] in (".",) or
                             (corpus in ("gmb", "litbank") and tokens[s][:1].islower())):
                s += 1
            if s >= e:
                continue
            if corpus == "sec_filings" and " ".join(tokens[s:e]).lower() in DROP_PER_TEXT:
                continue
        out.append((s, e, t2))
    return to_tags(len(tokens), out)


IGNORE = "X"  # training-only tag: the word's pieces are left out of the loss (label -100)


def join_mentions(tokens, tags):
    """BTC quirk fix: `@` and the following handle are annotated as two B- entities (`@ B-ORG`, `SportsCenter B-ORG`)
    or the `@` is left O; PiiScan reports the mention as ONE span `@handle` of the handle's type."""
    tags = list(tags)
    for i in range(len(tokens) - 1):
        if tokens[i] == "@" and tags[i + 1] != "O" and not tags[i].startswith("I-"):
            typ = tags[i + 1][2:]
            tags[i], tags[i + 1] = "B-" + typ, "I-" + typ
    return tags


def mask_joined_handles(tokens, tags):
    """Training only: a joined `@handle` token tagged O conflicts with split `@ handle` mentions tagged as entities
    (BTC annotates split mentions and leaves most joined ones O; WNUT17 leaves all O): ignore those words in the loss."""
    return [IGNORE if t == "O" and w.startswith("@") and len(w) > 1 else t for w, t in zip(tokens, tags)]


SOCIAL = ("btc", "wnut17")  # corpora of social-media posts
# The BTC train split ends with the first half of upstream section H, whose second half is the dev split: the last
# 1,000 train tweets, from index 5,338, where a run of news-channel posts ends and retweets start (14-30 per 100 tweets
# from there on, as in dev, against 1 in the 500 tweets before). train.py --btc-h repeats them.
BTC_H_START = 5338


def mask_split_o_mentions(tokens, tags):
    """Training only (train.py --mask-o-mentions, social corpora): a split mention `@ handle` tagged O twice (153 in
    BTC train against 1,826 annotated, 9 in WNUT17) is left out of the loss: the product tags mentions in prose as
    entities (lexicon.py MENTION_BONUS)."""
    tags = list(tags)
    for i in range(len(tokens) - 1):
        if tokens[i] == "@" and tags[i] == "O" and tags[i + 1] == "O" and re.match(r"^\w+$", tokens[i + 1]):
            tags[i] = tags[i + 1] = IGNORE
    return tags


def load(corpus, split, trim_titles=True, train=None):
    """-> [(tokens, tags)] mapped to our types. BTC mentions are joined (see join_mentions) in every split;
    train=True (default for split "train") also masks unannotated joined handles in BTC and WNUT17."""
    if train is None:
        train = split == "train"
    path = os.path.join(DATA_DIR, corpus, split + ".jsonl")
    sents = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            toks = [t if t.strip() else "_" for t in d["tokens"]]
            if not toks:
                continue
            tags = map_sentence(corpus, toks, d["tags"], trim_titles)
            if corpus == "btc":
                tags = join_mentions(toks, tags)
            if train and corpus in ("btc", "wnut17"):
                tags = mask_joined_handles(toks, tags)
            sents.append((toks, tags))
    return sents


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [(d["tokens"], d["tags"]) for d in map(json.loads, f)]


# training mixture: corpus -> weight (1.0 = every sentence once per epoch; <1 subsamples, >1 repeats)
TRAIN_MIX = {
    "uner_en_ewt_v0": 3.0, "btc": 3.0, "wnut17": 3.0, "wikigold": 0.7, "gum": 1.0, "litbank": 0.3,
    "crossner": 0.5, "multiconer2_en": 0.3, "gmb": 0.2, "presidio_synth": 1.0, "sec_filings": 0.3,
}
# dev sets: (split, trim PERSON titles in gold?) -- the three target sets are scored against their gold as released
EVAL_SETS = {"uner_en_ewt": ("dev", False), "wnut17": ("dev", False), "btc": ("dev", False),
             "gmb": ("dev", True), "gum": ("dev", True)}
