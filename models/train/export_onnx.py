"""Export model.pt -> model.onnx, write config.json (architecture + weights map), and verify:
  1. every logical weight in the map is an ONNX initializer equal to the torch parameter (layout as recorded);
  2. ONNX output (tiny pure-numpy ONNX graph evaluator below; onnxruntime is not available here) matches
     PyTorch on real sentences of mixed length with padding (max abs diff printed and stored in config.json).

python3 models/train/export_onnx.py --model models/pii-ner
"""
import argparse
import json
import math
import os
import sys

import numpy as np
import onnx
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data  # noqa: E402
from model import NerModel, weight_names  # noqa: E402
from wordpiece import WordPiece  # noqa: E402

try:
    from math import erf as _erf  # noqa: F401
except ImportError:  # pragma: no cover
    pass


# ---------------------------------------------------------------- numpy ONNX evaluator (ops this graph uses)
def _attr(node, name, default=None):
    for a in node.attribute:
        if a.name == name:
            return onnx.helper.get_attribute_value(a)
    return default


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _run_node(n, v):
    i = [v[x] if x else None for x in n.input]
    op = n.op_type
    if op == "Gather":
        return [np.take(i[0], i[1].astype(np.int64), axis=_attr(n, "axis", 0))]
    if op in ("Add", "Sub", "Mul", "Div", "Pow", "Equal", "Less", "Greater"):
        f = {"Add": np.add, "Sub": np.subtract, "Mul": np.multiply, "Div": np.divide, "Pow": np.power,
             "Equal": np.equal, "Less": np.less, "Greater": np.greater}[op]
        r = f(i[0], i[1])
        if op in ("Add", "Sub", "Mul", "Div", "Pow"):
            r = r.astype(np.result_type(i[0].dtype, i[0].dtype))  # ONNX: same type in/out
        return [r]
    if op == "MatMul":
        return [np.matmul(i[0], i[1])]
    if op == "Gemm":
        a, b = i[0], i[1]
        if _attr(n, "transA", 0):
            a = a.T
        if _attr(n, "transB", 0):
            b = b.T
        r = _attr(n, "alpha", 1.0) * (a @ b)
        if len(i) > 2 and i[2] is not None:
            r = r + _attr(n, "beta", 1.0) * i[2]
        return [r.astype(np.float32)]
    if op == "Transpose":
        return [np.transpose(i[0], _attr(n, "perm"))]
    if op == "Reshape":
        shape = [int(s) for s in i[1]]
        shape = [i[0].shape[k] if s == 0 else s for k, s in enumerate(shape)]
        return [i[0].reshape(shape)]
    if op == "Softmax":
        return [_softmax(i[0], _attr(n, "axis", -1)).astype(np.float32)]
    if op == "Tanh":
        return [np.tanh(i[0])]
    if op == "Erf":
        return [np.vectorize(math.erf)(i[0]).astype(np.float32)]
    if op == "Sqrt":
        return [np.sqrt(i[0])]
    if op == "ReduceMean":
        axes = _attr(n, "axes")
        return [i[0].mean(axis=tuple(axes), keepdims=bool(_attr(n, "keepdims", 1)))]
    if op == "Cast":
        to = onnx.helper.tensor_dtype_to_np_dtype(_attr(n, "to")) if hasattr(onnx.helper, "tensor_dtype_to_np_dtype") \
            else onnx.mapping.TENSOR_TYPE_TO_NP_TYPE[_attr(n, "to")]
        return [i[0].astype(to)]
    if op == "Unsqueeze":
        axes = _attr(n, "axes") if len(i) < 2 or i[1] is None else [int(x) for x in i[1]]
        r = i[0]
        for ax in sorted(a if a >= 0 else a + r.ndim + 1 for a in axes):
            r = np.expand_dims(r, ax)
        return [r]
    if op == "Squeeze":
        axes = _attr(n, "axes") if len(i) < 2 or i[1] is None else [int(x) for x in i[1]]
        return [np.squeeze(i[0], axis=tuple(axes))]
    if op == "Shape":
        return [np.array(i[0].shape, dtype=np.int64)]
    if op == "Constant":
        return [numpy_helper.to_array(_attr(n, "value"))]
    if op == "ConstantOfShape":
        val = _attr(n, "value")
        val = numpy_helper.to_array(val) if val is not None else np.zeros(1, np.float32)
        return [np.full([int(s) for s in i[0]], val.reshape(-1)[0], dtype=val.dtype)]
    if op == "Range":
        return [np.arange(i[0], i[1], i[2]).astype(i[0].dtype)]
    if op == "Concat":
        return [np.concatenate(i, axis=_attr(n, "axis"))]
    if op == "Slice":
        data_, starts, ends = i[0], i[1], i[2]
        axes = i[3] if len(i) > 3 and i[3] is not None else range(len(starts))
        steps = i[4] if len(i) > 4 and i[4] is not None else [1] * len(starts)
        sl = [slice(None)] * data_.ndim
        for s, e, ax, st in zip(starts, ends, axes, steps):
            sl[int(ax)] = slice(int(s), int(e), int(st))
        return [data_[tuple(sl)]]
    if op == "Expand":
        return [i[0] * np.ones([int(s) for s in i[1]], dtype=i[0].dtype)]
    if op == "Where":
        return [np.where(i[0], i[1], i[2])]
    if op == "Neg":
        return [-i[0]]
    if op == "Identity":
        return [i[0]]
    raise NotImplementedError(op)


def numpy_runner(onnx_path):
    m = onnx.load(onnx_path)
    g = m.graph
    inits = {t.name: numpy_helper.to_array(t) for t in g.initializer}

    def run(input_ids, attention_mask):
        v = dict(inits)
        v["input_ids"] = np.asarray(input_ids, dtype=np.int64)
        v["attention_mask"] = np.asarray(attention_mask, dtype=np.int64)
        for n in g.node:
            for name, val in zip(n.output, _run_node(n, v)):
                v[name] = val
        return v[g.output[0].name]
    return run


# ---------------------------------------------------------------- reference forward from the weights map
def manual_forward(inits, cfg, ids, am):
    """What a hand-written engine (the C# GPU path) computes, using only config.json + ONNX initializers."""
    A, W = cfg["architecture"], cfg["weights"]
    g = lambda name: inits[W[name]["initializer"]].astype(np.float64)
    eps, H, dh = A["layer_norm_eps"], A["heads"], A["hidden"] // A["heads"]

    def ln(x, p):
        mu = x.mean(-1, keepdims=True)
        var = ((x - mu) ** 2).mean(-1, keepdims=True)
        return (x - mu) / np.sqrt(var + eps) * g(p + ".weight") + g(p + ".bias")

    lin = lambda x, p: x @ g(p + ".weight").T + g(p + ".bias")  # layout out_in
    b, s = ids.shape
    x = g("embeddings.token")[ids] + g("embeddings.position")[np.arange(s)][None]
    bias = (1.0 - am[:, None, None, :]) * A["attention_mask_bias"]
    for i in range(A["layers"]):
        p = f"layers.{i}."
        h = ln(x, p + "ln1")
        q, k, v = [lin(h, p + "attn." + n).reshape(b, s, H, dh).transpose(0, 2, 1, 3) for n in "qkv"]
        att = _softmax(q @ k.transpose(0, 1, 3, 2) * A["attention_scale"] + bias, -1)
        x = x + lin((att @ v).transpose(0, 2, 1, 3).reshape(b, s, H * dh), p + "attn.o")
        f = lin(ln(x, p + "ln2"), p + "ffn.in")
        f = 0.5 * f * (1.0 + np.tanh(math.sqrt(2.0 / math.pi) * (f + 0.044715 * f ** 3)))
        x = x + lin(f, p + "ffn.out")
    return lin(ln(x, "final_ln"), "classifier")


# ---------------------------------------------------------------- export
def main():
    import torch
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default="models/pii-ner")
    ap.add_argument("--opset", type=int, default=14)
    a = ap.parse_args()
    ck = torch.load(os.path.join(a.model, "model.pt"), map_location="cpu")
    arch = ck["arch"]
    model = NerModel(**arch)
    model.load_state_dict(ck["state_dict"])
    model.eval()
    wp = WordPiece.load(os.path.join(a.model, "vocab.txt"))
    onnx_path = os.path.join(a.model, "model.onnx")

    ids = torch.tensor([[wp.cls, 10, 11, 12, wp.sep, 0], [wp.cls, 13, 14, 15, 16, wp.sep]], dtype=torch.long)
    am = (ids != 0).long()
    torch.onnx.export(model, (ids, am), onnx_path, input_names=["input_ids", "attention_mask"],
                      output_names=["logits"], opset_version=a.opset, do_constant_folding=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch", 1: "seq"}})
    m = onnx.load(onnx_path)
    onnx.checker.check_model(m)
    inits = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    ops = sorted({n.op_type for n in m.graph.node})
    print("ONNX ops:", ops)
    print("initializers:", len(inits), "file MB:", round(os.path.getsize(onnx_path) / 2**20, 2))

    # weights map: logical name -> initializer name, shape, layout; verified against torch params
    sd = model.state_dict()
    weights = {}
    for logical, key in weight_names(arch["layers"]).items():
        t = sd[key].numpy()
        if key not in inits:
            raise SystemExit(f"initializer {key} missing from ONNX (exporter renamed it?)")
        w = inits[key]
        if w.shape == t.shape and np.array_equal(w, t):
            layout = "out_in" if (key.endswith(".weight") and t.ndim == 2 and not key.startswith(("tok.", "pos."))) \
                else ("rows" if t.ndim == 2 else "vector")
        else:
            raise SystemExit(f"initializer {key} differs from torch parameter {key}")
        weights[logical] = {"initializer": key, "shape": list(w.shape), "layout": layout}
    dupes = [n for n in inits if n not in set(weight_names(arch["layers"]).values())]
    print("weights map verified: %d tensors equal to torch params; other initializers: %s" % (len(weights), dupes[:20]))

    # numeric check on real sentences of mixed length with padding
    from evaluate import batch_arrays, encode
    sents = data.load("uner_en_ewt", "dev")[:8] + data.load("btc", "dev")[:8]
    chunks = [encode(wp, w)[0][0] for w, _ in sents]
    np_ids, np_am = batch_arrays(wp, chunks)
    with torch.no_grad():
        ref = model(torch.from_numpy(np_ids), torch.from_numpy(np_am)).numpy()
    out = numpy_runner(onnx_path)(np_ids, np_am)
    mask = np_am.astype(bool)
    diff_tok = float(np.abs(out - ref)[mask].max())
    diff_all = float(np.abs(out - ref).max())
    print(f"ONNX (numpy evaluator) vs torch on {len(sents)} sentences, shape {np_ids.shape}: "
          f"max|diff| real tokens {diff_tok:.2e}, incl. padding {diff_all:.2e}")
    assert diff_tok < 1e-4, diff_tok
    # PyTorch's logits for this batch: the C# test suite runs ONNX Runtime (and the C# reference encoder behind the
    # GPU engine) on the same ids and asserts they match (tests/PiiScan.Tests/Ner/TorchReferenceTests.cs).
    with open(os.path.join(a.model, "torch-reference.json"), "w") as f:
        json.dump({"source": "models/train/export_onnx.py: model.pt (PyTorch %s) on uner_en_ewt dev[:8] + btc dev[:8]"
                   % torch.__version__, "shape": list(ref.shape), "input_ids": np_ids.tolist(),
                   "attention_mask": np_am.tolist(),
                   "logits": [float("%.6g" % v) for v in ref.reshape(-1).tolist()]}, f, separators=(",", ":"))

    cfg = {
        "format": "piiscan-ner/1",
        "labels": data.LABELS,
        "architecture": {
            "type": "pre_ln_transformer_encoder_token_classifier", "vocab_size": arch["vocab_size"],
            "hidden": arch["hidden"], "layers": arch["layers"], "heads": arch["heads"],
            "head_dim": arch["hidden"] // arch["heads"], "ffn": arch["ffn"],
            "max_positions": arch["max_positions"], "layer_norm_eps": arch["eps"], "activation": "gelu_tanh",
            "pre_ln": True, "token_type_embeddings": False, "final_layer_norm": True,
            "attention_mask_bias": -10000.0, "attention_scale": 1.0 / math.sqrt(arch["hidden"] // arch["heads"]),
            "num_labels": len(data.LABELS), "labels": data.LABELS,
            "forward": ("x = tok[ids] + pos[0..seq-1]; for each layer: h = LN1(x); q,k,v = h W^T + b (per head "
                        "split hidden into heads x head_dim, head-major: column block h*head_dim..); "
                        "a = softmax(q k^T * scale + (1-mask)*-10000) v; x = x + (a W_o^T + b_o); "
                        "x = x + W_out^T gelu_tanh(LN2(x) W_in^T + b_in) + b_out; logits = LN_final(x) W_c^T + b_c"),
        },
        "tokenizer": {
            "type": "bert_wordpiece", "vocab_file": "vocab.txt", "lowercase": False, "strip_accents": False,
            "basic_tokenization": True, "split_on_punctuation": True, "tokenize_chinese_chars": True,
            "implementation": "Microsoft.ML.Tokenizers 2.0.x BertTokenizer (BertNormalizer + regex pre-tokenizer)",
            "pre_tokenizer_regex": "\\w+|[\\p{P}]",
            "word_segmentation": ("BertNormalizer (cased: drops U+0000, U+FFFD and Cc control chars, Zs -> ' ', CJK "
                                  "ideographs spaced, result NFC), then regex \\w+|[\\p{P}] (.NET \\w = L, Mn, Nd, Pc): "
                                  "'_' stays inside words; symbols ($ + < = > ^ ` | ~, emoji) and whitespace are "
                                  "dropped. Training replaced \\t \\n \\r (Cc) by spaces: do the same before calling "
                                  "the C# tokenizer, or words on both sides of a line break get glued together."),
            "remove_non_spacing_marks": False, "continuing_subword_prefix": "##", "max_input_chars_per_word": 100,
            "unk_token": "[UNK]", "cls_token": "[CLS]", "sep_token": "[SEP]", "pad_token": "[PAD]",
            "mask_token": "[MASK]", "pad_id": wp.pad, "unk_id": wp.unk, "cls_id": wp.cls, "sep_id": wp.sep,
            "max_sequence_length": arch["max_positions"], "max_pieces_per_chunk": arch["max_positions"] - 2,
        },
        "onnx": {"file": "model.onnx", "opset": a.opset, "inputs": {"input_ids": "int64 [batch, seq]",
                 "attention_mask": "int64 [batch, seq] (1 = token, 0 = padding)"},
                 "output": {"logits": "float32 [batch, seq, %d]" % len(data.LABELS)},
                 "constant_folding": False, "ops": ops},
        "labeling": ("every word-piece is labelled: first piece of an entity's first word B-X, every other piece of "
                     "the entity I-X, pieces of other words O. [CLS]/[SEP]/[PAD] positions carry no label: ignore "
                     "their logits. Word-level evaluation uses the first piece of each word."),
        "weights_layout_note": ("layout 'out_in': stored [out_features, in_features] as torch.nn.Linear, y = x W^T + b. "
                                "'rows': embedding table [rows, hidden], row i = vector of id/position i. "
                                "'vector': 1-D. All weights are stored once, untransposed; the graph transposes "
                                "them at run time (Transpose nodes) because constant folding was disabled."),
        "weights": weights,
        "export_check": {"max_abs_diff_real_tokens": diff_tok, "max_abs_diff_including_padding": diff_all,
                         "sentences": len(sents), "batch_shape": list(np_ids.shape),
                         "evaluator": "models/train/export_onnx.py numpy_runner (onnxruntime not available)"},
        "training": {k: ck[k] for k in ("epoch", "step", "tokens_seen", "wall_seconds", "n_params", "device",
                                         "averaged_from") if k in ck},
    }
    man = manual_forward(inits, cfg, np_ids, np_am)
    diff_man = float(np.abs(man - ref)[mask].max())
    print(f"hand-written numpy forward from the config.json weights map vs torch: max|diff| real tokens {diff_man:.2e}")
    assert diff_man < 1e-4, diff_man
    cfg["export_check"]["max_abs_diff_weights_map_reference_forward"] = diff_man
    with open(os.path.join(a.model, "config.json"), "w") as f:
        json.dump(cfg, f, indent=2)
    print("wrote config.json")


if __name__ == "__main__":
    main()
