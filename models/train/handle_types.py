"""Handle-type prior: which of PERSON / ORGANIZATION / LOCATION an `@handle` names, from the handle's spelling alone.

The network's PERSON-or-ORGANIZATION call for a mention is weak (on BTC dev it is right about as often as "always
PERSON"): the words around a mention rarely say what it is, but the handle itself often does (`BBCNews`, `nytimes`,
`ManUtdFC`, `jane_doe88`). This trains a multinomial logistic regression on the annotated mentions of the train splits
(BTC's `@ handle` pairs, a few in other corpora; never a dev split) over features of the handle's letters:

* character 2- to 5-grams of the lower-cased handle between `^` and `$` (`c:^bb`, `c:news$`),
* its parts (units.handle_parts, lower-cased: `p:bbc`, `p:news`), first and last part (`f:bbc`, `l:news`),
* shape: number of parts (`n:1`..`n:4`), `_` (`s:_`), a digit (`s:digit`), all capitals (`s:caps`), all lower case
  (`s:lower`), starts with a capital (`s:cap`).

Only handles of ASCII letters, digits and `_` (Twitter's alphabet) are used and scored, so lower-casing and code
units agree between Python and C#. L2 strength chosen by 5-fold cross-validation on the training mentions (accuracy),
then fit on all of them. The C# decoder (src/PiiScan/Ner/HandleTypePrior.cs, mirrored in units.py) adds WEIGHT x the
centered log-probabilities of the types to the handle word's labels of that type (O untouched), so the prior moves a
mention between types and leaves the mention-or-not call to the network and the mention bonus.

    /usr/bin/python3 models/train/handle_types.py --model models/pii-ner     # writes handle-types.json
"""
import argparse
import json
import math
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from units import handle_parts  # noqa: E402

TYPES = ["PERSON", "ORGANIZATION", "LOCATION"]
WEIGHT = 1.0  # fixed a priori (the classifier's type distribution as a second expert), not tuned on a target set
L2_GRID = (1e-5, 3e-5, 1e-4, 3e-4, 1e-3, 3e-3, 1e-2)
PRUNE = 1e-3  # features whose three weights are all smaller are dropped from the file
SEED = 4242
SYNTHETIC_POSTS = 1500  # chosen: real-mention CV ties (0: 0.860, 500: 0.857, 1500: 0.857, 3000: 0.857), then the held-out synthetic social set
# invented handles whose type log-probabilities are stored under "reference" (the C# tests check their features agree)
REFERENCE = ("AcmeSupport", "jane_doe88", "JohnSmith", "nytimes", "TORONTO_FC", "itsjanee_", "x", "Cafe2024",
             "MiaWongTV", "cityofboston", "ABC", "a1", "BBCNews", "the_real_bob", "LondonLibrary")
_HANDLE = re.compile(r"^[A-Za-z0-9_]+$")


def scorable(handle):
    """Twitter's alphabet, at least one letter, at most 64 characters: the handles the prior applies to."""
    return len(handle) <= 64 and bool(_HANDLE.match(handle)) and any(c.isalpha() for c in handle)


def features(handle):
    """Feature names of a scorable handle (the C# HandleTypePrior builds the same)."""
    low = handle.lower()
    s = "^" + low + "$"
    out = []
    for n in (2, 3, 4, 5):
        for i in range(len(s) - n + 1):
            out.append("c:" + s[i:i + n])
    parts = [p.lower() for p in handle_parts(handle)]
    for p in parts:
        out.append("p:" + p)
    if parts:
        out.append("f:" + parts[0])
        out.append("l:" + parts[-1])
    out.append("n:%d" % min(len(parts), 4))
    if "_" in handle:
        out.append("s:_")
    if any(c.isdigit() for c in handle):
        out.append("s:digit")
    letters = [c for c in handle if c.isalpha()]
    if all(c.isupper() for c in letters):
        out.append("s:caps")
    elif all(c.islower() for c in letters):
        out.append("s:lower")
    if handle[0].isupper():
        out.append("s:cap")
    return out


class Prior:
    """handle-types.json as the decoder uses it (mirror of the C# HandleTypePrior)."""

    def __init__(self, d):
        self.types, self.weight = d["types"], float(d.get("weight", 1.0))
        self.bias, self.features = d["bias"], d["features"]
        self.label_ids = [[data.LABEL2ID["B-" + t], data.LABEL2ID["I-" + t]] for t in self.types]

    def score(self, handle):
        """Type log-probabilities of a scorable handle (len <= 64), else None."""
        if not scorable(handle):
            return None
        z = list(self.bias)
        for f in features(handle):
            for t, v in enumerate(self.features.get(f, ())):
                z[t] += v
        m = max(z)
        log = m + math.log(sum(math.exp(v - m) for v in z))
        return [v - log for v in z]

    def apply(self, handle, row):
        """Adds weight x the centered type log-probabilities to the handle word's B-/I- labels of each type."""
        lp = self.score(handle) if self.weight else None
        if lp is None:
            return
        mean = sum(lp) / len(lp)
        for ids, v in zip(self.label_ids, lp):
            row[ids] += self.weight * (v - mean)


def load(model_dir):
    """Prior of model_dir/handle-types.json, or None."""
    path = os.path.join(model_dir, "handle-types.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return Prior(json.load(f))


def mentions():
    """(handle, type) of every annotated mention in the train splits: `@` B-X followed by its handle I-X (BTC pairs
    joined by data.load), or one `@handle` token B-X."""
    out = []
    for corpus in sorted(data.TRAIN_MIX):
        for toks, tags in data.load(corpus, "train"):
            for i, (w, t) in enumerate(zip(toks, tags)):
                if not t.startswith("B-") or t[2:] not in TYPES:
                    continue
                if w == "@" and i + 1 < len(toks) and tags[i + 1] == "I-" + t[2:] \
                        and (i + 2 >= len(toks) or tags[i + 2] != "I-" + t[2:]):
                    handle = toks[i + 1]
                elif w.startswith("@") and (i + 1 >= len(toks) or tags[i + 1] != "I-" + t[2:]):
                    handle = w[1:]
                else:
                    continue
                if scorable(handle):
                    out.append((handle, t[2:]))
    return out


def synthetic_mentions(n):
    """(handle, type) of the mentions in n synthetic social posts (synth_social.py, training seed 500: the posts of
    train.py's first epoch), so company handles of the product's domain (`AcmeSupport`, `TheBeaconNews`) are in."""
    import synth_social
    out = []
    for toks, tags, _ in synth_social.generate(n, seed=500):
        for i, (w, t) in enumerate(zip(toks, tags)):
            if w == "@" and t.startswith("B-") and i + 1 < len(toks) and scorable(toks[i + 1]):
                out.append((toks[i + 1], t[2:]))
    return out


def fit(xs, ys, n_feat, l2, epochs=200):
    """Full-batch L-BFGS on mean cross-entropy + l2 * |W|^2 (bias not penalized). -> (W [n_feat, 3], b [3])."""
    import torch
    torch.manual_seed(SEED)
    offsets, flat = [], []
    for x in xs:
        offsets.append(len(flat))
        flat.extend(x)
    flat_t, off_t = torch.tensor(flat, dtype=torch.long), torch.tensor(offsets, dtype=torch.long)
    y = torch.tensor(ys, dtype=torch.long)
    emb = torch.nn.EmbeddingBag(n_feat, len(TYPES), mode="sum")
    torch.nn.init.zeros_(emb.weight)
    bias = torch.zeros(len(TYPES), requires_grad=True)
    opt = torch.optim.LBFGS([emb.weight, bias], lr=1.0, max_iter=epochs, history_size=20,
                            line_search_fn="strong_wolfe")

    def closure():
        opt.zero_grad()
        z = emb(flat_t, off_t) + bias
        loss = torch.nn.functional.cross_entropy(z, y) + l2 * (emb.weight ** 2).sum()
        loss.backward()
        return loss

    opt.step(closure)
    return emb.weight.detach(), bias.detach()


def predict(W, b, x):
    z = b.clone()
    for f in x:
        z += W[f]
    return int(z.argmax())


def index(samples, vocab=None):
    grow = vocab is None
    vocab = {} if grow else vocab
    xs = []
    for h, _ in samples:
        ids = []
        for f in features(h):
            if f not in vocab and grow:
                vocab[f] = len(vocab)
            if f in vocab:
                ids.append(vocab[f])
        xs.append(ids)
    return xs, vocab


def cross_validate(samples, extra, l2, folds=5):
    """Accuracy on `samples` (the annotated corpora) in 5-fold cross-validation; `extra` (synthetic) always trains."""
    order = list(range(len(samples)))
    random.Random(SEED).shuffle(order)
    right = 0
    for k in range(folds):
        test = [samples[j] for n, j in enumerate(order) if n % folds == k]
        train = [samples[j] for n, j in enumerate(order) if n % folds != k] + extra
        xs, vocab = index(train)
        W, b = fit(xs, [TYPES.index(t) for _, t in train], len(vocab), l2)
        txs, _ = index(test, vocab)
        right += sum(predict(W, b, x) == TYPES.index(t) for x, (_, t) in zip(txs, test))
    return right / len(samples)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--model", required=True, help="model directory: handle-types.json is written there")
    ap.add_argument("--synthetic", type=int, default=SYNTHETIC_POSTS,
                    help="synthetic social posts whose mentions join the training mentions")
    args = ap.parse_args()
    samples = mentions()
    counts = {t: sum(1 for _, x in samples if x == t) for t in TYPES}
    extra = synthetic_mentions(args.synthetic) if args.synthetic else []
    print(f"{len(samples)} training mentions {counts}, {len(extra)} synthetic", flush=True)
    cv = {}
    for l2 in L2_GRID:
        cv[l2] = cross_validate(samples, extra, l2)
        print(f"l2 {l2:g}: 5-fold accuracy {cv[l2]:.4f}", flush=True)
    best = max(L2_GRID, key=lambda l2: (cv[l2], -l2))
    majority = max(counts.values()) / len(samples)
    print(f"chosen l2 {best:g} (majority class {majority:.4f})", flush=True)
    xs, vocab = index(samples + extra)
    W, b = fit(xs, [TYPES.index(t) for _, t in samples + extra], len(vocab), best)
    feats = {f: [round(float(v), 5) for v in W[i]] for f, i in sorted(vocab.items())
             if float(W[i].abs().max()) >= PRUNE}
    out = {
        "format": "piiscan-handle-types/1",
        "types": TYPES,
        "weight": WEIGHT,
        "bias": [round(float(v), 5) for v in b],
        "features": feats,
        "training": {"mentions": len(samples), "per_type": counts, "synthetic_posts": args.synthetic,
                     "synthetic_mentions": len(extra), "l2": best,
                     "cv_accuracy": {f"{k:g}": round(v, 4) for k, v in cv.items()},
                     "majority_accuracy": round(majority, 4)},
    }
    prior = Prior(out)
    out["reference"] = {h: [round(v, 5) for v in prior.score(h)] for h in REFERENCE}
    path = os.path.join(args.model, "handle-types.json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=True, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {path}: {len(feats)} features of {len(vocab)}", flush=True)


if __name__ == "__main__":
    main()
