"""Train the PiiScan NER model from scratch (fixed seed), CPU or CUDA.

python3 models/train/train.py --out models/pii-ner            # builds vocab, trains, saves model.pt + vocab + labels
python3 models/train/export_onnx.py --model models/pii-ner    # model.onnx + config.json, verifies the export
python3 models/train/evaluate.py --model models/pii-ner       # metrics
"""
import argparse
import collections
import json
import math
import os
import platform
import random
import shutil
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import augment  # noqa: E402
import data  # noqa: E402
import synth  # noqa: E402
import synth_social  # noqa: E402
import synth_intl  # noqa: E402
import synth_json  # noqa: E402
from evaluate import encode, predict, score, torch_runner  # noqa: E402
from model import NerModel  # noqa: E402
from wordpiece import WordPiece, basic_tokenize, build_vocab  # noqa: E402


def log(*a):
    print(time.strftime("%H:%M:%S"), *a, flush=True)


def epoch_sentences(corpora, epoch, seed, n_synth, n_social=0, aug=None, n_intl=0, n_json=0):
    """Sample one epoch of the mixture: weight w -> floor(w) full copies + a (w - floor(w)) random fraction.
    aug: augment.Settings -> copies after the first are augmented."""
    r = random.Random(seed * 1000 + epoch)
    out = []
    for name, sents in corpora.items():
        w = data.TRAIN_MIX[name]
        k = int(w)
        if name == "btc_h":  # extra copies of tweets btc already holds once: all augmented when aug is on
            out.extend(augment.augment(sents, k, aug, r, social=True, plain_first=False) if aug is not None
                       else sents * k)
        elif aug is not None and k >= 2:
            out.extend(augment.augment(sents, k, aug, r, social=name in data.SOCIAL))
        else:
            out.extend(sents * k)
        frac = w - k
        if frac > 0:
            out.extend(r.sample(sents, int(round(frac * len(sents)))))
    out.extend((t, g) for t, g, _ in synth.generate(n_synth, seed=100 + epoch))  # fresh synthetic data each epoch
    out.extend((t, g) for t, g, _ in synth_social.generate(n_social, seed=500 + epoch))
    out.extend((t, g) for t, g, _ in synth_intl.generate(n_intl, seed=700 + epoch))
    out.extend((t, g) for t, g, _ in synth_json.generate(n_json, seed=900 + epoch))
    return out


def make_batches(wp, sents, max_tokens, seed):
    chunks = []
    for words, tags in sents:
        for ids, _, labs in encode(wp, words, tags):
            if ids:
                chunks.append((ids, labs))
    r = random.Random(seed)
    r.shuffle(chunks)
    # sort within large pools by length to limit padding, then shuffle batches
    batches, pool = [], 2000
    for p in range(0, len(chunks), pool):
        part = sorted(chunks[p:p + pool], key=lambda c: len(c[0]))
        cur, cur_max = [], 0
        for c in part:
            L = len(c[0]) + 2
            if cur and max(cur_max, L) * (len(cur) + 1) > max_tokens:
                batches.append(cur)
                cur, cur_max = [], 0
            cur.append(c)
            cur_max = max(cur_max, L)
        if cur:
            batches.append(cur)
    r.shuffle(batches)
    return batches


def tensors(wp, batch, device):
    n = max(len(ids) for ids, _ in batch) + 2
    ids = torch.zeros((len(batch), n), dtype=torch.long)
    am = torch.zeros((len(batch), n), dtype=torch.long)
    y = torch.full((len(batch), n), -100, dtype=torch.long)
    for i, (c, labs) in enumerate(batch):
        ids[i, :len(c) + 2] = torch.tensor([wp.cls] + c + [wp.sep])
        am[i, :len(c) + 2] = 1
        y[i, 1:len(c) + 1] = torch.tensor(labs)
    return ids.to(device), am.to(device), y.to(device)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="models/pii-ner")
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--synth-per-epoch", type=int, default=12000)
    ap.add_argument("--social-per-epoch", type=int, default=0,
                    help="synthetic social-media posts (@-mentions, hashtags; synth_social.py) per epoch")
    ap.add_argument("--intl-per-epoch", type=int, default=0,
                    help="synthetic Spanish, Portuguese, French, German, Italian and Dutch sentences (synth_intl.py) per epoch")
    ap.add_argument("--json-per-epoch", type=int, default=0,
                    help="synthetic JSON records held as text (synth_json.py) per epoch")
    ap.add_argument("--mask-o-mentions", action="store_true",
                    help="leave split mentions `@ handle` tagged O in btc/wnut17 out of the loss (data.mask_split_o_mentions)")
    ap.add_argument("--mention-replace", type=float, default=0.0,
                    help="in the 2nd+ copies of a repeated corpus, swap each entity span for a pooled one of its type "
                         "with this probability (augment.py)")
    ap.add_argument("--lower-social", type=float, default=0.0,
                    help="in the 2nd+ copies of btc/wnut17, write a post lower case with this probability")
    ap.add_argument("--pseudo-names", type=float, default=0.0,
                    help="scramble the letters of a replacement span (--mention-replace) with this probability, so "
                         "the network meets names it cannot have memorized (augment.scramble)")
    ap.add_argument("--btc-h", type=int, default=0,
                    help="extra copies per epoch of BTC train's last 1,000 tweets (upstream section H's first half, "
                         "the section the dev split continues; data.BTC_H_START), augmented like the other repeats")
    ap.add_argument("--vocab-size", type=int, default=12000)
    ap.add_argument("--hidden", type=int, default=256)
    ap.add_argument("--layers", type=int, default=4)
    ap.add_argument("--heads", type=int, default=4)
    ap.add_argument("--ffn", type=int, default=1024)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--max-tokens", type=int, default=3072, help="tokens per batch incl. padding")
    ap.add_argument("--max-steps", type=int, default=0, help="stop early (for throughput tests)")
    ap.add_argument("--time-budget-min", type=float, default=0,
                    help="wall-clock budget for the training loop: the LR schedule follows max(step fraction, time "
                         "fraction) and training stops when either reaches 1 (for slow shared CPUs); 0 = off")
    ap.add_argument("--init", default="",
                    help="warm start: a model.pt checkpoint to continue from; its directory's vocab.txt is reused "
                         "(no vocab build) and its architecture overrides --hidden/--layers/--heads/--ffn")
    ap.add_argument("--mix", default="",
                    help="override corpus weights of data.TRAIN_MIX, e.g. uner_en_ewt_v0=4,gmb=0.1 (a domain stage)")
    ap.add_argument("--keep-epochs", action="store_true",
                    help="also keep each epoch's checkpoint as model-epN.pt (to compare epochs afterwards)")
    a = ap.parse_args()
    for item in filter(None, a.mix.split(",")):
        name, w = item.split("=")
        if name not in data.TRAIN_MIX:
            raise SystemExit(f"--mix: unknown corpus {name!r} (known: {', '.join(data.TRAIN_MIX)})")
        data.TRAIN_MIX[name] = float(w)

    random.seed(a.seed)
    np.random.seed(a.seed)
    torch.manual_seed(a.seed)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    if device == "cuda":
        torch.backends.cuda.matmul.allow_tf32 = True  # TF32 matmuls: a tiny encoder's training is not precision-bound
    if device == "cpu":
        torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "2")))
    os.makedirs(a.out, exist_ok=True)
    t_start = time.time()

    corpora = {name: data.load(name, "train") for name in data.TRAIN_MIX}
    if a.mask_o_mentions:
        for k in data.SOCIAL:
            corpora[k] = [(t, data.mask_split_o_mentions(t, g)) for t, g in corpora[k]]
    corpora["presidio_synth"] = [s for s in corpora["presidio_synth"] if "B-STREET_ADDRESS" not in s[1]]
    for k, v in corpora.items():
        log(f"corpus {k}: {len(v)} sentences, {sum(len(t) for t, _ in v)} words")

    # vocab from training text only (all train corpora + one synthetic epoch)
    counts = collections.Counter()
    for sents in corpora.values():
        for words, _ in sents:
            for w in words:
                counts.update(basic_tokenize(w))
    for toks, _, _ in synth.generate(a.synth_per_epoch, seed=100):
        counts.update(toks)
    init = torch.load(a.init, map_location="cpu") if a.init else None
    if init is not None:
        vocab = WordPiece.load(os.path.join(os.path.dirname(os.path.abspath(a.init)), "vocab.txt")).itos
        log(f"warm start from {a.init} (step {init['step']}, {init['tokens_seen']} tokens); vocab reused")
    else:
        log(f"{len(counts)} distinct basic tokens; building vocab")
        vocab = build_vocab(counts, size=a.vocab_size)
    wp = WordPiece(vocab)
    wp.save(os.path.join(a.out, "vocab.txt"))
    with open(os.path.join(a.out, "labels.json"), "w") as f:
        json.dump(data.LABELS, f)
    log(f"vocab {len(vocab)} saved ({time.time() - t_start:.0f}s)")

    arch = dict(vocab_size=len(vocab), num_labels=len(data.LABELS), hidden=a.hidden, layers=a.layers,
                heads=a.heads, ffn=a.ffn, max_positions=256, dropout=0.1, eps=1e-5)
    if init is not None:
        arch = init["arch"]
    model = NerModel(**arch).to(device)
    if init is not None:
        model.load_state_dict(init["state_dict"])
    n_params = sum(p.numel() for p in model.parameters())
    log(f"model params {n_params}")
    decay = [p for n, p in model.named_parameters() if p.dim() >= 2]
    no_decay = [p for n, p in model.named_parameters() if p.dim() < 2]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": 0.01}, {"params": no_decay, "weight_decay": 0.0}],
                            lr=a.lr, betas=(0.9, 0.98), eps=1e-6)

    aug = None
    if a.mention_replace > 0 or a.lower_social > 0:
        aug = augment.Settings(augment.build_pool(corpora), a.mention_replace, a.lower_social, a.pseudo_names)
        log("augmentation pool: " + ", ".join(f"{t}/{k} {len(v)}" for (t, k), v in sorted(aug.pool.items())))
    if a.btc_h > 0:  # after the pool: its spans are in btc already
        corpora["btc_h"] = corpora["btc"][data.BTC_H_START:]
        data.TRAIN_MIX["btc_h"] = float(a.btc_h)
        log(f"btc_h: {len(corpora['btc_h'])} tweets x {a.btc_h}")
    # estimate total steps from epoch 0's batch count
    ep_batches = make_batches(wp, epoch_sentences(corpora, 0, a.seed, a.synth_per_epoch, a.social_per_epoch, aug, a.intl_per_epoch, a.json_per_epoch),
                              a.max_tokens, a.seed)
    total = len(ep_batches) * a.epochs
    log(f"~{len(ep_batches)} batches/epoch, {total} total steps")
    t_loop = time.time()

    def progress(s):
        p = s / max(1, total)
        if a.time_budget_min > 0:
            p = max(p, (time.time() - t_loop) / (a.time_budget_min * 60))
        return p

    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / a.warmup) * max(0.02, 1.0 - progress(s)))
    stop = False

    dev = data.load("uner_en_ewt", "dev", False)
    step, tokens_seen = 0, 0
    for ep in range(a.epochs):
        batches = ep_batches if ep == 0 else make_batches(
            wp, epoch_sentences(corpora, ep, a.seed, a.synth_per_epoch, a.social_per_epoch, aug, a.intl_per_epoch, a.json_per_epoch), a.max_tokens,
            a.seed + ep)
        model.train()
        t0, run_loss, run_tok = time.time(), 0.0, 0
        for bi, batch in enumerate(batches):
            ids, am, y = tensors(wp, batch, device)
            logits = model(ids, am)
            loss = F.cross_entropy(logits.view(-1, logits.shape[-1]), y.view(-1), ignore_index=-100)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            if step < total - 1:
                sched.step()
            step += 1
            ntok = int(am.sum())
            tokens_seen += ntok
            run_tok += ntok
            run_loss += loss.item()
            if (bi + 1) % 100 == 0:
                el = time.time() - t0
                log(f"ep {ep} step {bi + 1}/{len(batches)} loss {run_loss / 100:.4f} lr {sched.get_last_lr()[0]:.2e} "
                    f"{run_tok / el:.0f} tok/s, tokens_seen {tokens_seen}")
                t0, run_loss, run_tok = time.time(), 0.0, 0
            if (a.max_steps and step >= a.max_steps) or progress(step) >= 1.0:
                stop = True
                break
            if step % 300 == 0:
                save(model, arch, ep, step, tokens_seen, t_start, a, n_params, device, final=False)
        save(model, arch, ep, step, tokens_seen, t_start, a, n_params, device, final=stop or ep == a.epochs - 1)
        if a.keep_epochs:
            shutil.copyfile(os.path.join(a.out, "model.pt"), os.path.join(a.out, f"model-ep{ep}.pt"))
        model.eval()
        run = lambda i, m: model(torch.from_numpy(i).to(device), torch.from_numpy(m).to(device)).detach().cpu().numpy()
        with torch.no_grad():
            r = score(dev, predict(run, wp, dev))
        log(f"epoch {ep} done; uner dev: " + " ".join(f"{k}={v['f1']:.3f}" for k, v in r.items()))
        if stop:
            break
    log(f"training done: {step} steps, {tokens_seen} tokens, {time.time() - t_start:.0f}s")


def save(model, arch, ep, step, tokens_seen, t_start, a, n_params, device, final):
    ck = {"arch": arch, "state_dict": model.state_dict(), "epoch": ep, "step": step, "tokens_seen": tokens_seen,
          "wall_seconds": time.time() - t_start, "args": vars(a), "n_params": n_params, "device": device,
          "final": final, "hardware": platform.processor() or platform.machine(), "cpus": os.cpu_count()}
    tmp = os.path.join(a.out, "model.pt.tmp")
    torch.save(ck, tmp)
    os.replace(tmp, os.path.join(a.out, "model.pt"))
    model.train()


if __name__ == "__main__":
    main()
