"""Rebuild a torch checkpoint (model.pt) from a shipped model directory (model.onnx + config.json + vocab.txt).

/usr/bin/python3 models/train/from_onnx.py --model models/pii-ner --out /tmp/shipped

model.pt is git-ignored, so a fresh clone has only the ONNX file; this lets `train.py --init OUT/model.pt` continue
from the shipped weights. The ONNX initializers are the torch state-dict tensors, stored once and untransposed
(export_onnx.py asserts that bit for bit), so the round trip is exact; the script checks every tensor's shape and that
the rebuilt module reproduces the logits stored in torch-reference.json.
"""
import argparse
import json
import os
import shutil

import numpy as np
import onnx
import torch
from onnx import numpy_helper

from model import NerModel


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True, help="shipped model directory (model.onnx, config.json, vocab.txt)")
    ap.add_argument("--out", required=True, help="directory for model.pt (vocab.txt and labels.json are copied)")
    a = ap.parse_args()
    cfg = json.load(open(os.path.join(a.model, "config.json")))
    c = cfg["architecture"]
    arch = dict(vocab_size=c["vocab_size"], num_labels=c["num_labels"], hidden=c["hidden"], layers=c["layers"],
                heads=c["heads"], ffn=c["ffn"], max_positions=c["max_positions"], dropout=0.1, eps=c["layer_norm_eps"])
    model = NerModel(**arch)
    inits = {t.name: numpy_helper.to_array(t) for t in onnx.load(os.path.join(a.model, "model.onnx")).graph.initializer}
    state = model.state_dict()
    missing = [k for k in state if k not in inits]
    if missing:
        raise SystemExit(f"model.onnx lacks {len(missing)} parameters, e.g. {missing[:3]}")
    for k, v in state.items():
        w = inits[k]
        if tuple(w.shape) != tuple(v.shape):
            raise SystemExit(f"{k}: ONNX shape {w.shape}, torch {tuple(v.shape)}")
        state[k] = torch.from_numpy(np.array(w, dtype=np.float32))
    model.load_state_dict(state)
    check_reference(model, a.model)
    os.makedirs(a.out, exist_ok=True)
    t = cfg.get("training", {})
    ck = {"arch": arch, "state_dict": model.state_dict(), "epoch": t.get("epoch", 0), "step": t.get("step", 0),
          "tokens_seen": t.get("tokens_seen", 0), "wall_seconds": 0.0, "args": {"from_onnx": a.model},
          "n_params": sum(p.numel() for p in model.parameters()), "device": "cpu", "final": True}
    torch.save(ck, os.path.join(a.out, "model.pt"))
    for f in ("vocab.txt", "labels.json"):
        if os.path.abspath(a.model) != os.path.abspath(a.out):
            shutil.copyfile(os.path.join(a.model, f), os.path.join(a.out, f))
    print(f"{len(state)} tensors -> {os.path.join(a.out, 'model.pt')}")


def check_reference(model, model_dir):
    """The rebuilt module must give the logits export_onnx.py stored (6 significant digits) for its dev sentences."""
    path = os.path.join(model_dir, "torch-reference.json")
    if not os.path.exists(path):
        return
    ref = json.load(open(path))
    ids = torch.tensor(ref["input_ids"], dtype=torch.long)
    mask = torch.tensor(ref["attention_mask"], dtype=torch.long)
    model.eval()
    with torch.no_grad():
        got = model(ids, mask).numpy()
    want = np.array(ref["logits"], dtype=np.float32).reshape(ref["shape"])
    real = np.array(ref["attention_mask"], dtype=bool)
    diff = float(np.abs(got - want)[real].max())
    if diff > 2e-3:
        raise SystemExit(f"rebuilt model differs from torch-reference.json by {diff:.2e}")
    print(f"torch-reference.json: max |diff| {diff:.1e} on real tokens")


if __name__ == "__main__":
    main()
