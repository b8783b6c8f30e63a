"""Average the weights of several checkpoints of one run (late, low-learning-rate ones) into one model.pt.

python3 models/train/average.py --out models/pii-ner/model.pt ckpt-a.pt ckpt-b.pt ckpt-c.pt

Checkpoint averaging smooths the noise of the last optimizer steps; every input must share the architecture.
The result keeps the metadata of the last checkpoint and lists its sources under "averaged_from".
"""
import argparse
import os

import torch


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("checkpoints", nargs="+")
    a = ap.parse_args()
    cks = [torch.load(p, map_location="cpu") for p in a.checkpoints]
    arch = cks[0]["arch"]
    for p, ck in zip(a.checkpoints, cks):
        if ck["arch"] != arch:
            raise SystemExit(f"{p}: architecture differs from {a.checkpoints[0]}")
    state = {}
    for k, v in cks[0]["state_dict"].items():
        if v.is_floating_point():
            state[k] = sum(ck["state_dict"][k] for ck in cks) / len(cks)
        else:
            state[k] = cks[-1]["state_dict"][k]
    out = dict(cks[-1])
    out["state_dict"] = state
    out["averaged_from"] = [{"step": ck["step"], "tokens_seen": ck["tokens_seen"]} for ck in cks]
    tmp = a.out + ".tmp"
    torch.save(out, tmp)
    os.replace(tmp, a.out)
    print(f"averaged {len(cks)} checkpoints (steps {[ck['step'] for ck in cks]}) -> {a.out}")


if __name__ == "__main__":
    main()
