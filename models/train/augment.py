"""Training-data augmentation against memorized names (train.py --mention-replace, --lower-social).

Mention replacement (Dai & Adel 2020, "An Analysis of Simple Data Augmentation for Named Entity Recognition"): in the
repeated copies of a corpus, each entity span is swapped, with probability p, for a span of the same type and kind
drawn from the pooled train splits, so the network has to read the context instead of recalling the ~100k-word
target-domain corpora it sees three times an epoch (the shipped network scores 0.92 F1 on BTC train, 0.61 on dev).
Kinds keep the social conventions apart: mentions (`@ handle`) are swapped for mentions, hashtags for hashtags,
other names for other names. Lower-casing: a social post is written all lower case with probability q (chat and
tweets often are).
"""
import random
from typing import NamedTuple

import data


def kind(tokens):
    """'mention' (`@` + handle or `@handle`), 'hashtag' (`#...`) or 'name'."""
    first = tokens[0]
    if first.startswith("@"):
        return "mention"
    if first.startswith("#"):
        return "hashtag"
    return "name"


def build_pool(corpora):
    """{(type, kind): [token tuples]} of every entity span in the given {name: [(tokens, tags)]} (duplicates kept, so a
    frequent name is drawn as often as the corpora use it)."""
    pool = {}
    for sents in corpora.values():
        for tokens, tags in sents:
            for s, e, typ in data.spans(tags):
                if typ == "STREET_ADDRESS":
                    continue
                toks = tuple(tokens[s:e])
                pool.setdefault((typ, kind(toks)), []).append(toks)
    return pool


def scramble(token, rng):
    """`Wyoming` -> e.g. `Gnimowy`: the token's letters shuffled, each position keeping its case; a leading sigil,
    digits and punctuation stay where they are. An unseen name the network can only type from its context."""
    letters = [c.lower() for c in token if c.isalpha()]
    rng.shuffle(letters)
    it = iter(letters)
    return "".join((next(it).upper() if c.isupper() else next(it)) if c.isalpha() else c for c in token)


def replace_mentions(tokens, tags, pool, p, rng, pseudo=0.0):
    """-> (tokens, tags) with each entity span (not STREET_ADDRESS) replaced by a random pooled span of its type and
    kind with probability p, and that span's words scrambled (pseudo-names) with probability pseudo; untouched
    sentences are returned as they are."""
    picks = [(s, e, typ, pool.get((typ, kind(tokens[s:e])))) for s, e, typ in data.spans(tags)
             if typ != "STREET_ADDRESS" and rng.random() < p]
    picks = [pick for pick in picks if pick[3]]
    if not picks:
        return tokens, tags
    out_t, out_g, pos = [], [], 0
    for s, e, typ, choices in picks:
        out_t.extend(tokens[pos:s])
        out_g.extend(tags[pos:s])
        new = rng.choice(choices)
        if pseudo > 0 and rng.random() < pseudo:
            new = tuple(scramble(t, rng) for t in new)
        out_t.extend(new)
        out_g.extend(["B-" + typ] + ["I-" + typ] * (len(new) - 1))
        pos = e
    out_t.extend(tokens[pos:])
    out_g.extend(tags[pos:])
    return out_t, out_g


def lower_case(tokens, tags):
    return [t.lower() for t in tokens], tags


class Settings(NamedTuple):
    """pool: build_pool's spans; p: mention replacement; q: lower-casing of social posts; pseudo: scrambling of a
    replacement (train.py --mention-replace, --lower-social, --pseudo-names)."""
    pool: dict
    p: float
    q: float
    pseudo: float = 0.0


def augment(sents, copies, settings, rng, social, plain_first=True):
    """-> `copies` copies of a corpus's sentences: the first as it is (unless plain_first is False), the others with
    mention replacement (p, pseudo) and, when the corpus is social media, lower-casing (q)."""
    pool, p, q, pseudo = settings
    out = list(sents) if plain_first else []
    for _ in range(copies - 1 if plain_first else copies):
        for tokens, tags in sents:
            if p > 0:
                tokens, tags = replace_mentions(tokens, tags, pool, p, rng, pseudo)
            if q > 0 and social and rng.random() < q:
                tokens, tags = lower_case(tokens, tags)
            out.append((tokens, tags))
    return out
