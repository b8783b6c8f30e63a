"""Word-level span evaluation (exact match, per type P/R/F1) on dev sets and the held-out synthetic set.

A word's predicted tag is the tag of its FIRST word-piece (or, when the model directory has transitions.json, the
Viterbi path over those pieces' log-probabilities); spans are decoded from word tags with BIO rules
(an I-X that does not continue an X span starts a new span).

Usage: python3 evaluate.py --model models/pii-ner [--json out.json]
  (uses models/pii-ner/model.pt if present, else model.onnx through the numpy evaluator in export_onnx.py)
"""
import argparse
import json
import os
import re
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from wordpiece import WordPiece, basic_tokenize, basic_tokenize_spans  # noqa: E402

MAX_PIECES = 254  # + [CLS] + [SEP] = 256 positions
HANDLE = re.compile(r"^\w+$")  # a token the C# eval reader glues to a lone '@' before it (--join-split-mentions)


def encode(wp, words, tags=None):
    """-> list of chunks (ids, word_index per piece, piece label ids or None); chunks split at word boundaries."""
    chunks, ids, widx, labs = [], [], [], []
    for wi, w in enumerate(words):
        pids = [p for bw in basic_tokenize(w) for p in wp.word_ids(bw)]
        if len(pids) > MAX_PIECES:
            pids = pids[:MAX_PIECES]
        if ids and len(ids) + len(pids) > MAX_PIECES:
            chunks.append((ids, widx, labs if tags is not None else None))
            ids, widx, labs = [], [], []
        for k, p in enumerate(pids):
            ids.append(p)
            widx.append(wi)
            if tags is not None:
                t = tags[wi]
                if t == data.IGNORE:
                    labs.append(-100)
                    continue
                if t != "O" and k > 0:
                    t = "I-" + t[2:]
                labs.append(data.LABEL2ID[t])
    if ids or not chunks:
        chunks.append((ids, widx, labs if tags is not None else None))
    return chunks


def batch_arrays(wp, chunk_ids):
    n = max(len(c) for c in chunk_ids) + 2
    ids = np.zeros((len(chunk_ids), n), dtype=np.int64)
    am = np.zeros((len(chunk_ids), n), dtype=np.int64)
    for i, c in enumerate(chunk_ids):
        row = [wp.cls] + list(c) + [wp.sep]
        ids[i, :len(row)] = row
        am[i, :len(row)] = 1
    return ids, am


def predict(run_logits, wp, sents, batch_size=64, trans=None, lex=None, glue_mentions=False):
    """run_logits(ids[int64 b,s], mask[int64 b,s]) -> logits [b,s,9]. Returns word-level tag lists.
    Without priors a word takes the argmax label of its first piece. With trans (transitions.load) or lex
    (lexicon.load) decoding runs as in the C# pipeline (an ALL-CAPS sentence, or an ALL-CAPS run of 3+ words, is read
    by the network lower-cased, ShoutedText), over the pre-tokens of the text the words make (joined by
    spaces; with glue_mentions a lone '@' word is glued to the handle after it, as `piiscan eval
    --join-split-mentions` writes BTC): lexicon bonuses, then mention/hashtag units (units.py) and Viterbi; a word
    takes the label of its first pre-token."""
    items = []  # (sent index, chunk)
    for si, (words, _) in enumerate(sents):
        if trans is not None or lex:
            words = read_as_model(words)
        for ch in encode(wp, words):
            items.append((si, ch))
    order = sorted(range(len(items)), key=lambda i: len(items[i][1][0]))
    preds = [["O"] * len(w) for w, _ in sents]
    pieces = [[[] for _ in w] for w, _ in sents]  # log-probabilities of each word's pieces
    for b in range(0, len(order), batch_size):
        idx = order[b:b + batch_size]
        ids, am = batch_arrays(wp, [items[i][1][0] for i in idx])
        lg = np.asarray(run_logits(ids, am), dtype=np.float32)
        lab = lg.argmax(-1)
        m = lg.max(-1, keepdims=True)
        lsm = lg - (m + np.log(np.exp(lg - m).sum(-1, keepdims=True)))
        for row, i in enumerate(idx):
            si, (cids, widx, _) = items[i]
            for k, wi in enumerate(widx):
                if not pieces[si][wi]:
                    preds[si][wi] = data.LABELS[lab[row, k + 1]]
                pieces[si][wi].append(lsm[row, k + 1])
    if trans is None and not lex:
        return preds
    return [decode_words(wp, words, wp_rows, trans, lex, glue_mentions) for (words, _), wp_rows in zip(sents, pieces)]


def shouted(text):
    """As the C# ShoutedText: 8+ upper-case letters, 2+ words, at most one lower-case letter per ten upper-case."""
    upper = sum(c.isupper() for c in text)
    lower = sum(c.islower() for c in text)
    words = len(re.findall(r"[^\W\d_]+", text))
    return upper >= 8 and words >= 2 and lower * 10 <= upper


def lower_runs(text, min_words=3):
    """As the C# ShoutedText.TryLowerRuns: runs of min_words+ consecutive ALL-CAPS words (2+ letters; one-letter
    capitals inside a run and non-letters between words do not break it) lower-cased char by char; None when none."""
    words = [(m.start(), m.end(), m.group().isupper() and len(m.group()) >= 2, len(m.group()) == 1 and m.group().isupper())
             for m in re.finditer(r"[^\W\d_]+", text)]
    out, changed, run = list(text), False, []
    for start, end, caps, single in words + [(len(text), len(text), False, False)]:
        if single and run:
            continue
        if caps:
            run.append((start, end))
            continue
        if len(run) >= min_words:
            for i in range(run[0][0], run[-1][1]):
                out[i] = lower_chars(out[i])
            changed = True
        run = []
    return "".join(out) if changed else None


def read_as_model(words):
    """The words as the network reads them: an ALL-CAPS sentence lower-cased, else its ALL-CAPS runs (ShoutedText)."""
    text = " ".join(words)
    if shouted(text):
        return [lower_chars(w) for w in words]
    lowered = lower_runs(text)
    if lowered is None:
        return words
    out, pos = [], 0
    for w in words:
        out.append(lowered[pos:pos + len(w)])
        pos += len(w) + 1
    return out


def lower_chars(word):
    """Lower-cased char by char (one char for one char, as C# char.ToLowerInvariant)."""
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def decode_words(wp, words, piece_rows, trans, lex, glue_mentions):
    """Pre-token decoding of one sentence (see predict) -> word-level tags."""
    from lexicon import apply
    import units
    text, starts = "", []
    for i, w in enumerate(words):
        if i and not (glue_mentions and words[i - 1] == "@" and HANDLE.match(w)):
            text += " "
        starts.append(len(text))
        text += w
    spans, rows, word_of = [], [], []
    for wi, w in enumerate(words):
        offset = 0
        for word, s, e in basic_tokenize_spans(w):
            spans.append((word, starts[wi] + s, starts[wi] + e))
            rows.append(piece_rows[wi][min(offset, len(piece_rows[wi]) - 1)])
            word_of.append(wi)
            offset += len(wp.word_ids(word))
    if not spans:
        return ["O"] * len(words)
    gaps = [text[spans[i - 1][2]:s] if i else text[:s] for i, (_, s, _) in enumerate(spans)]
    logp = apply([w for w, _, _ in spans], np.array(rows), lex, gaps)
    labels = units.decode(text, spans, logp, trans, lex)
    tags = ["O"] * len(words)
    seen = set()
    for p, wi in enumerate(word_of):
        if wi not in seen:
            seen.add(wi)
            tags[wi] = data.LABELS[labels[p]]
    return tags


def score(gold_sents, preds, types=data.TYPES):
    tp, fp, fn = {t: 0 for t in types}, {t: 0 for t in types}, {t: 0 for t in types}
    for (words, gold), pred in zip(gold_sents, preds):
        g = set(data.spans(list(gold)))
        p = set(data.spans(list(pred)))
        for s in p:
            if s[2] not in tp:
                continue
            if s in g:
                tp[s[2]] += 1
            else:
                fp[s[2]] += 1
        for s in g:
            if s[2] in fn and s not in p:
                fn[s[2]] += 1

    def prf(a, b, c):
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
                "gold": a + c, "pred": a + b}

    res = {t: prf(tp[t], fp[t], fn[t]) for t in types if tp[t] + fp[t] + fn[t]}
    core = [t for t in ("PERSON", "LOCATION", "ORGANIZATION") if t in types]
    res["overall_PLO"] = prf(sum(tp[t] for t in core), sum(fp[t] for t in core), sum(fn[t] for t in core))
    res["overall_all"] = prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    return res


def eval_sets(model_dir):
    here = os.path.dirname(os.path.abspath(__file__))
    sets = {f"{c}/{s}": data.load(c, s, trim) for c, (s, trim) in data.EVAL_SETS.items()}
    synth_dev = os.path.join(model_dir, "synth-dev.jsonl")
    if os.path.exists(synth_dev):
        sets["synth-dev"] = data.load_jsonl(synth_dev)
    neg = os.path.join(model_dir, "log-negatives.txt")
    return sets, neg


def torch_runner(model_dir):
    import torch
    from model import NerModel
    ck = torch.load(os.path.join(model_dir, "model.pt"), map_location="cpu")
    m = NerModel(**ck["arch"])
    m.load_state_dict(ck["state_dict"])
    m.eval()

    def run(ids, am):
        with torch.no_grad():
            return m(torch.from_numpy(ids), torch.from_numpy(am)).numpy()
    return run


def run_all(run, wp, model_dir, verbose=True):
    from wordpiece import basic_tokenize
    import transitions
    import lexicon
    sets, neg = eval_sets(model_dir)
    trans = transitions.load(model_dir)
    lex = lexicon.load(model_dir)
    if verbose:
        print("decoding: " + (f"Viterbi with transitions.json (weight {trans[2]})" if trans else "per-word argmax")
              + (f", lexicon.json prior ({len(lex)} words)" if lex else ""))
    results = {}
    for name, sents in sets.items():
        t0 = time.time()
        preds = predict(run, wp, sents, trans=trans, lex=lex, glue_mentions=name.startswith("btc/"))
        results[name] = score(sents, preds)
        results[name]["_seconds"] = round(time.time() - t0, 2)
        if verbose:
            r = results[name]
            print(f"{name:22s} " + "  ".join(f"{t}: P={v['p']:.3f} R={v['r']:.3f} F1={v['f1']:.3f} (n={v['gold']})"
                                              for t, v in r.items() if not t.startswith("_")), flush=True)
    if os.path.exists(neg):
        lines = [l.rstrip("\n") for l in open(neg, encoding="utf-8") if l.strip()]
        sents = [(basic_tokenize(l), None) for l in lines]
        preds = predict(run, wp, sents, trans=trans, lex=lex)
        n_per = sum(1 for p in preds for t in p if t == "B-PERSON")
        n_any = sum(1 for p in preds for t in p if t.startswith("B-"))
        bad = [" ".join(s[0]) for s, p in zip(sents, preds) if "B-PERSON" in p][:10]
        results["log-negatives"] = {"lines": len(lines), "person_spans": n_per, "any_entity_spans": n_any,
                                    "person_examples": bad}
        if verbose:
            print(f"log-negatives: {len(lines)} lines, PERSON spans={n_per}, any entity spans={n_any} {bad}")
    return results


def markdown(res):
    cols = ["PERSON", "LOCATION", "ORGANIZATION", "STREET_ADDRESS", "overall_PLO"]
    lines = ["| set | " + " | ".join(f"{c} P / R / F1 (n)" for c in cols) + " |", "|---" * (len(cols) + 1) + "|"]
    for name, r in res.items():
        if name in ("log-negatives", "cpu_inference"):
            continue
        cells = [f"{r[c]['p']:.3f} / {r[c]['r']:.3f} / {r[c]['f1']:.3f} ({r[c]['gold']})" if c in r and r[c]["gold"] else "-"
                 for c in cols]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)

def bench(run, wp):
    """Inference throughput on uner_en_ewt dev (2,001 sentences), batch 32 sorted by length, and batch 1."""
    import torch
    sents = data.load("uner_en_ewt", "dev", False)
    n_pieces = sum(len(c[0]) + 2 for w, _ in sents for c in encode(wp, w))
    out = {}
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for bs in (32, 1):
            use = sents if bs > 1 else sents[:300]
            npc = n_pieces if bs > 1 else sum(len(c[0]) + 2 for w, _ in use for c in encode(wp, w))
            t0 = time.time()
            predict(run, wp, use, batch_size=bs)
            dt = time.time() - t0
            out[f"threads{threads}_batch{bs}"] = {"sentences": len(use), "pieces": npc, "seconds": round(dt, 2),
                                                  "pieces_per_s": round(npc / dt), "sentences_per_s": round(len(use) / dt, 1)}
            print("bench", threads, bs, out[f"threads{threads}_batch{bs}"], flush=True)
    return out


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/pii-ner")
    ap.add_argument("--onnx", action="store_true", help="evaluate model.onnx with the numpy ONNX evaluator")
    ap.add_argument("--json")
    ap.add_argument("--bench", action="store_true", help="also measure CPU inference speed (torch, 1 and 2 threads)")
    a = ap.parse_args()
    wp = WordPiece.load(os.path.join(a.model, "vocab.txt"))
    if a.onnx or not os.path.exists(os.path.join(a.model, "model.pt")):
        from export_onnx import numpy_runner
        run = numpy_runner(os.path.join(a.model, "model.onnx"))
    else:
        run = torch_runner(a.model)
    res = run_all(run, wp, a.model)
    if a.bench:
        res["cpu_inference"] = bench(run, wp)
    if a.json:
        with open(a.json, "w") as f:
            json.dump(res, f, indent=1)
    print(markdown(res))

