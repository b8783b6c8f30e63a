"""Label-bigram prior for Viterbi decoding: writes MODEL_DIR/transitions.json.

log P(label | previous word's label) and log P(first label), counted over the word-level BIO tags of every training
corpus in data.TRAIN_MIX (train splits only, each sentence once, add-0.5 smoothing; IGNORE tags count as O). Decoding
maximizes sum(log p(label | text)) + weight * sum(log P(label | previous label)); the weight is chosen on the
calibration dev sets (gum, gmb), never on the target dev sets.

Usage: python3 models/train/transitions.py --model models/pii-ner [--weight 0.3]
"""
import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402

DEFAULT_WEIGHT = 0.3


def counts():
    k = len(data.LABELS)
    c = np.full((k + 1, k), 0.5)  # row k = sentence start
    for corpus in data.TRAIN_MIX:
        for _, tags in data.load(corpus, "train"):
            prev = k
            for t in tags:
                j = data.LABEL2ID["O" if t == data.IGNORE else t]
                c[prev, j] += 1
                prev = j
    return c


def log_probs(c):
    return np.log(c / c.sum(1, keepdims=True))


def load(model_dir):
    """-> (start[K], matrix[K,K], weight) or None when the model has no transitions.json."""
    path = os.path.join(model_dir, "transitions.json")
    if not os.path.exists(path):
        return None
    with open(path) as f:
        d = json.load(f)
    assert d["labels"] == data.LABELS, "transitions.json labels differ from data.LABELS"
    return np.array(d["start"], dtype=np.float32), np.array(d["matrix"], dtype=np.float32), float(d["weight"])


def viterbi(logp, trans):
    """logp: [words, K] log-probabilities -> best label ids (same tie rule as the C# decoder: first maximum)."""
    start, matrix, weight = trans
    n = len(logp)
    if n == 0:
        return []
    score = logp[0] + weight * start
    back = []
    for w in range(1, n):
        m = score[:, None] + weight * matrix
        back.append(m.argmax(0))
        score = m.max(0) + logp[w]
    best = [int(score.argmax())]
    for b in reversed(back):
        best.append(int(b[best[-1]]))
    return best[::-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--model", default="models/pii-ner")
    ap.add_argument("--weight", type=float, default=DEFAULT_WEIGHT)
    a = ap.parse_args()
    lp = log_probs(counts())
    k = len(data.LABELS)
    out = {"labels": data.LABELS, "weight": a.weight,
           "source": "word-level BIO bigrams of the train splits in data.TRAIN_MIX, add-0.5 smoothing, natural log",
           "start": [round(float(v), 6) for v in lp[k]],
           "matrix": [[round(float(v), 6) for v in row] for row in lp[:k]]}
    with open(os.path.join(a.model, "transitions.json"), "w") as f:
        json.dump(out, f, indent=1)
    print(f"wrote {os.path.join(a.model, 'transitions.json')} (weight {a.weight})")


if __name__ == "__main__":
    main()
