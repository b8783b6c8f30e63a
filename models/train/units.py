"""Decoding units of social text, as the C# decoder builds them (src/PiiScan/Ner/SigilUnit.cs, NerWordDecoder.cs).

A mention (`@handle`) or a hashtag (`#Name`) is a sigil glued to one word; the decoder labels the pair as ONE unit so
a span holds the whole mention or hashtag, and a mention never runs into the words around it. Only a sigil that opens
a word in prose counts (start, whitespace, or an opening/separating mark before it; `.@handle` at a word start), and
the unit must end the word (not followed by `.x`, `-x`, `:x`, `/`, `(`, `=` or `@`: domains, paths, decorator calls).
The word needs a letter.

Unit log-probabilities from the two words' rows (labels as data.LABELS): O = O + O. A mention is one entity from its
sigil: B-X = sigil B-X + word I-X + mention bonus (lexicon.json `mention_bonus`), never I-X, never STREET_ADDRESS, and
never an entity when the word is a code annotation (lexicon.json `annotations`: `@Override`, `@media`); the unit after
a mention cannot be I-X, but for a chat display name's listed surname (`@Tom Baker`: I-PERSON, continues_display_name). A hashtag: B-X = logaddexp(sigil B-X + word I-X, sigil O + word B-X), I-X = I-X + I-X.
"""
import numpy as np

import data

MENTION, HASHTAG = "@", "#"
_OPENERS = set("([{<>\"',;:!?*|\u201c\u2018\u00ab\u300c")
_NEG = -np.inf


def _opens(text, i):
    c = text[i]
    if c.isspace():
        return True
    if c == ".":
        return i == 0 or text[i - 1].isspace()
    return c in _OPENERS


def _closes(text, i):
    c = text[i]
    if c in "@(=/":
        return False
    if c in ".-:":
        return i + 1 >= len(text) or not text[i + 1].isalnum()
    return True


def sigil_of(text, sigil, word_start, word_end):
    """'@' or '#' when the one-character word at `sigil` and the word [word_start, word_end) form a unit, else ''."""
    c = text[sigil]
    if c not in (MENTION, HASHTAG) or word_start != sigil + 1 or word_end <= word_start:
        return ""
    if sigil > 0 and not _opens(text, sigil - 1):
        return ""
    if word_end < len(text) and not _closes(text, word_end):
        return ""
    return c if any(ch.isalpha() for ch in text[word_start:word_end]) else ""


def handle_parts(handle):
    """Parts of a handle, as the C# HandleParts: split at non-alphanumerics, letter/digit changes, lower->upper, and
    before the last capital of a capital run that a lower-case letter follows (BBCNews -> BBC, News)."""
    parts, pos, n = [], 0, len(handle)
    while True:
        while pos < n and not handle[pos].isalnum():
            pos += 1
        if pos >= n:
            return parts
        i = pos + 1
        if handle[pos].isdigit():
            while i < n and handle[i].isdigit():
                i += 1
        elif handle[pos].isupper() and i < n and handle[i].isupper():
            while i < n and handle[i].isupper():
                i += 1
            if i < n and handle[i].islower():
                i -= 1
        else:
            while i < n and handle[i].islower():
                i += 1
        parts.append(handle[pos:i])
        pos = i


def apply_handle_parts(handle, row, lex):
    """Adds lex.handle_part_weight x the type bonuses of the listed parts (3+ letters) of a 2+-part handle to row."""
    if not lex or not lex.handle_part_weight:
        return
    parts = handle_parts(handle)
    if len(parts) < 2:
        return
    for p in parts:
        if len(p) >= 3 and p[0].isalpha():
            for ids, b in lex.get(p, ()):
                if b > 0:
                    row[ids] += lex.handle_part_weight * b


def _capitalized(word):
    return len(word) >= 2 and word[0].isupper() and all(c.islower() for c in word[1:])


def continues_display_name(text, spans, h, w, lex):
    """Word w, one space after the handle word h of a mention, may be the surname of a chat display name (`@Tom Baker
    can you`): handle and word are capitalized words of letters, the word is listed as a person's name (`@Sarah Great
    work` is no display name) and no name word or '&' follows (C# NerWordDecoder)."""
    if spans[w][1] != spans[h][2] + 1 or text[spans[h][2]] != " ":
        return False
    if not (_capitalized(spans[h][0]) and _capitalized(spans[w][0])):
        return False
    person = data.LABEL2ID["I-PERSON"]
    if not lex or not any(b > 0 and person in ids for ids, b in lex.get(spans[w][0], ())):
        return False
    return w + 1 >= len(spans) or not (_capitalized(spans[w + 1][0]) or spans[w + 1][0] == "&")


def _inside_of():
    return [data.LABEL2ID["I-" + l[2:]] if l != "O" else -1 for l in data.LABELS]


def decode(text, spans, logp, trans, lex=None):
    """spans: the pre-tokens [(word, start, end)] of `text`; logp: their rows [n, K] (lexicon already applied). With
    lex (lexicon.load), mentions get lex.mention_bonus, lex.annotations are never mentions, and the word of a mention
    or hashtag gets its parts' bonuses (apply_handle_parts).
    -> label ids per pre-token (Viterbi over units with `trans`, else per-unit argmax)."""
    from transitions import viterbi
    mention_bonus = lex.mention_bonus if lex else 0.0
    annotations = lex.annotations if lex else frozenset()
    n, k = logp.shape
    inside = _inside_of()
    is_begin = [l.startswith("B-") for l in data.LABELS]
    rows, first, kinds = [], [], []
    w = 0
    while w < n:
        kind = ""
        if w + 1 < n and spans[w][2] - spans[w][1] == 1:
            kind = sigil_of(text, spans[w][1], spans[w + 1][1], spans[w + 1][2])
        if kind:
            a, b = logp[w], logp[w + 1].copy()
            apply_handle_parts(spans[w + 1][0], b, lex)
            if kind == MENTION and lex is not None and getattr(lex, "handle_types", None) is not None:
                lex.handle_types.apply(spans[w + 1][0], b)
            row = np.full(k, _NEG, dtype=np.float64)
            row[0] = a[0] + b[0]
            for c in range(1, k):
                label = data.LABELS[c]
                if kind == MENTION:
                    if is_begin[c] and not label.endswith("STREET_ADDRESS"):
                        row[c] = a[c] + b[inside[c]] + mention_bonus
                else:
                    row[c] = np.logaddexp(a[c] + b[inside[c]], a[0] + b[c]) if is_begin[c] else a[c] + b[c]
            if kind == MENTION and spans[w + 1][0] in annotations:
                row[1:] = _NEG
        else:
            row = logp[w].astype(np.float64).copy()
        if kinds and kinds[-1] == MENTION:
            keep = "I-PERSON" if continues_display_name(text, spans, first[-1] + 1, w, lex) else None
            row[[c for c in range(k) if data.LABELS[c].startswith("I-") and data.LABELS[c] != keep]] = _NEG
        rows.append(row)
        first.append(w)
        kinds.append(kind)
        w += 2 if kind else 1
    rows = np.array(rows)
    unit_labels = viterbi(rows, trans) if trans is not None else [int(r.argmax()) for r in rows]
    out = [0] * n
    for u, label in enumerate(unit_labels):
        out[first[u]] = label
        if kinds[u]:
            out[first[u] + 1] = 0 if label == 0 else inside[label]
    return out
