"""Cased BERT WordPiece tokenizer and a small WordPiece vocab builder.

Mirrors Microsoft.ML.Tokenizers 2.0.x BertTokenizer with lowerCaseBeforeTokenization=false,
applyBasicTokenization=true, splitOnSpecialTokens=true, removeNonSpacingMarks=false, tokenizeChineseChars=true:
no lowercasing, no accent stripping; words from the regex \\w+|[\\p{P}] (see basic_tokenize_spans; this differs
from Hugging Face's BasicTokenizer: '_' stays inside words, ASCII symbols $+<=>^`|~ are dropped, not tokens);
then greedy longest-match-first WordPiece with '##' continuations, words over 100 chars -> [UNK].
"""
import collections
import heapq
import unicodedata

SPECIALS = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]"]
MAX_CHARS_PER_WORD = 100


def _is_word_char(ch):
    """.NET regex \\w = [\\p{L}\\p{Mn}\\p{Nd}\\p{Pc}] on UTF-16 code units (astral chars are surrogates: no match)."""
    return ord(ch) <= 0xFFFF and unicodedata.category(ch) in ("Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Nd", "Pc")


def _is_punctuation(ch):
    """.NET regex \\p{P} (any Unicode punctuation category)."""
    return ord(ch) <= 0xFFFF and unicodedata.category(ch).startswith("P")


def _is_cjk(cp):
    return (0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x2A6DF
            or 0x2A700 <= cp <= 0x2B73F or 0x2B740 <= cp <= 0x2B81F or 0x2B820 <= cp <= 0x2CEAF
            or 0xF900 <= cp <= 0xFAFF or 0x2F800 <= cp <= 0x2FA1F)


def basic_tokenize_spans(text):
    """Word segmentation as Microsoft.ML.Tokenizers BertTokenizer (2.0.x) does it with applyBasicTokenization=true:
    BertNormalizer (CJK chars spaced, NFC) then the pre-tokenizer regex  \\w+|[\\p{P}]  :
    runs of word chars (letters, Mn marks, decimal digits, '_' and other Pc) are one word, every other punctuation
    char is its own word, everything else (whitespace, symbols such as $ + < = > ^ ` | ~ and emoji, control chars)
    only separates. NOTE: the C# BertNormalizer DELETES control chars incl. \\t \\n \\r (joining neighbours); the
    C# caller must replace control chars with ' ' first (1:1, offsets unchanged) -- that is what this function does.
    Returns [(word, start, end)] with char offsets into `text`; words are NFC-normalized."""
    out = []
    start = None
    for i, ch in enumerate(text):
        cp = ord(ch)
        if _is_word_char(ch) and not _is_cjk(cp):
            if start is None:
                start = i
            continue
        if start is not None:
            out.append((unicodedata.normalize("NFC", text[start:i]), start, i))
            start = None
        if _is_punctuation(ch) or (_is_cjk(cp) and cp <= 0xFFFF):
            out.append((ch, i, i + 1))
    if start is not None:
        out.append((unicodedata.normalize("NFC", text[start:]), start, len(text)))
    return out


def basic_tokenize(text):
    return [w for w, _, _ in basic_tokenize_spans(text)]


class WordPiece:
    def __init__(self, vocab):
        self.itos = list(vocab)
        self.vocab = {t: i for i, t in enumerate(self.itos)}
        self.unk = self.vocab["[UNK]"]
        self.cls = self.vocab["[CLS]"]
        self.sep = self.vocab["[SEP]"]
        self.pad = self.vocab["[PAD]"]
        self._cache = {}

    @classmethod
    def load(cls, path):
        with open(path, encoding="utf-8") as f:
            return cls([line.rstrip("\n") for line in f if line.rstrip("\n")])

    def save(self, path):
        with open(path, "w", encoding="utf-8") as f:
            for t in self.itos:
                f.write(t + "\n")

    def word_ids(self, word):
        """Greedy longest-match-first WordPiece for one basic token."""
        r = self._cache.get(word)
        if r is not None:
            return r
        if len(word) > MAX_CHARS_PER_WORD:
            r = [self.unk]
        else:
            r, start = [], 0
            while start < len(word):
                end, hit = len(word), None
                while start < end:
                    sub = word[start:end] if start == 0 else "##" + word[start:end]
                    if sub in self.vocab:
                        hit = self.vocab[sub]
                        break
                    end -= 1
                if hit is None:
                    r = [self.unk]
                    break
                r.append(hit)
                start = end
        if len(self._cache) < 500000:
            self._cache[word] = r
        return r

    def encode_words(self, words):
        """Pre-split words (e.g. corpus tokens) -> (ids, word_index per piece). Each word is basic-tokenized too."""
        ids, widx = [], []
        for wi, w in enumerate(words):
            for bw in basic_tokenize(w):
                for p in self.word_ids(bw):
                    ids.append(p)
                    widx.append(wi)
        return ids, widx


def build_vocab(word_counts, size=12000, min_char_count=3):
    """BPE-style merge learning over basic-token counts, emitted as a WordPiece vocab
    (word-initial units plain, continuation units with '##')."""
    # alphabet: every ASCII printable + chars seen >= min_char_count
    chars = collections.Counter()
    for w, c in word_counts.items():
        for ch in w:
            chars[ch] += c
    alphabet = sorted(set(chr(i) for i in range(33, 127)) | {ch for ch, c in chars.items() if c >= min_char_count})
    vocab = list(SPECIALS) + alphabet + ["##" + ch for ch in alphabet]
    seen = set(vocab)
    # words as symbol lists: first symbol plain, others '##'
    words, counts = [], []
    for w, c in word_counts.items():
        if len(w) > MAX_CHARS_PER_WORD or any(ch not in alphabet for ch in w) or len(w) < 2:
            continue
        words.append([w[0]] + ["##" + ch for ch in w[1:]])
        counts.append(c)
    pair_count = collections.Counter()
    where = collections.defaultdict(set)
    for i, syms in enumerate(words):
        for a, b in zip(syms, syms[1:]):
            pair_count[(a, b)] += counts[i]
            where[(a, b)].add(i)
    heap = [(-c, p) for p, c in pair_count.items()]
    heapq.heapify(heap)
    while len(vocab) < size and heap:
        negc, pair = heapq.heappop(heap)
        if pair_count.get(pair, 0) != -negc or -negc <= 0:
            continue
        a, b = pair
        new = a + (b[2:] if b.startswith("##") else b)
        if new not in seen:
            vocab.append(new)
            seen.add(new)
        changed = collections.Counter()
        for i in list(where.pop(pair, ())):
            syms, c = words[i], counts[i]
            for x, y in zip(syms, syms[1:]):
                changed[(x, y)] -= c
            j, merged = 0, []
            while j < len(syms):
                if j + 1 < len(syms) and syms[j] == a and syms[j + 1] == b:
                    merged.append(new)
                    j += 2
                else:
                    merged.append(syms[j])
                    j += 1
            words[i] = merged
            for x, y in zip(merged, merged[1:]):
                changed[(x, y)] += c
                where[(x, y)].add(i)
        pair_count.pop(pair, None)
        for p, d in changed.items():
            if d == 0:
                continue
            pair_count[p] += d
            if pair_count[p] > 0:
                heapq.heappush(heap, (-pair_count[p], p))
    return vocab[:size]
