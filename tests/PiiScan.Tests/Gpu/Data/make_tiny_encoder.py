"""Builds the tiny random pre-LN Transformer encoder used by the ILGPU end-to-end tests.

Uses only the `onnx` helper API and numpy (no torch): /usr/bin/python3 make_tiny_encoder.py
Writes tiny-encoder/model.onnx and tiny-encoder/config.json (same config format as models/train/export_onnx.py:
initializer names as torch would name them, weights stored untransposed [out, in] with Transpose nodes).
"""
import json
import math
import os

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

VOCAB, HIDDEN, LAYERS, HEADS, FFN, MAX_POS, EPS = 50, 32, 2, 2, 64, 64, 1e-5
LABELS = ["O", "B-PERSON", "I-PERSON", "B-LOCATION", "I-LOCATION", "B-ORGANIZATION", "I-ORGANIZATION",
          "B-STREET_ADDRESS", "I-STREET_ADDRESS"]
DH = HIDDEN // HEADS
rng = np.random.default_rng(20261124)
inits, nodes, weights = [], [], {}
_n = [0]


def fresh(prefix):
    _n[0] += 1
    return f"{prefix}_{_n[0]}"


def init(name, arr, logical=None, layout=None):
    arr = np.asarray(arr)
    inits.append(numpy_helper.from_array(arr, name))
    if logical:
        weights[logical] = {"initializer": name, "shape": list(arr.shape), "layout": layout}
    return name


def node(op, inputs, **attrs):
    out = fresh(op.lower())
    nodes.append(helper.make_node(op, inputs, [out], **attrs))
    return out


def const(value, dtype=np.float32):
    return init(fresh("const"), np.asarray(value, dtype=dtype))


def randn(*shape, std=0.2):
    return (rng.standard_normal(shape) * std).astype(np.float32)


def layer_norm(x, prefix, logical):
    w = init(prefix + ".weight", (1.0 + randn(HIDDEN, std=0.1)), logical + ".weight", "vector")
    b = init(prefix + ".bias", randn(HIDDEN, std=0.1), logical + ".bias", "vector")
    mu = node("ReduceMean", [x], axes=[-1], keepdims=1)
    d = node("Sub", [x, mu])
    var = node("ReduceMean", [node("Mul", [d, d])], axes=[-1], keepdims=1)
    y = node("Div", [d, node("Sqrt", [node("Add", [var, const(EPS)])])])
    return node("Add", [node("Mul", [y, w]), b])


def linear(x, prefix, logical, n_in, n_out, std=None):
    std = std if std is not None else 1.0 / math.sqrt(n_in)
    w = init(prefix + ".weight", randn(n_out, n_in, std=std), logical + ".weight", "out_in")
    b = init(prefix + ".bias", randn(n_out, std=0.1), logical + ".bias", "vector")
    return node("Add", [node("MatMul", [x, node("Transpose", [w], perm=[1, 0])]), b])


def heads(x, perm):
    r = node("Reshape", [x, const([0, 0, HEADS, DH], np.int64)])
    return node("Transpose", [r], perm=perm)


tok = init("tok.weight", randn(VOCAB, HIDDEN, std=1.0), "embeddings.token", "rows")
pos = init("pos.weight", randn(MAX_POS, HIDDEN, std=0.5), "embeddings.position", "rows")
seq = node("Gather", [node("Shape", ["input_ids"]), const(1, np.int64)], axis=0)
positions = node("Range", [const(0, np.int64), seq, const(1, np.int64)])
x = node("Add", [node("Gather", [tok, "input_ids"], axis=0), node("Gather", [pos, positions], axis=0)])
maskf = node("Cast", ["attention_mask"], to=TensorProto.FLOAT)
bias = node("Mul", [node("Sub", [const(1.0), maskf]), const(-10000.0)])
bias = node("Unsqueeze", [bias, const([1, 2], np.int64)])
for i in range(LAYERS):
    p, lp = f"layers.{i}.", f"layers.{i}."
    h = layer_norm(x, p + "ln1", lp + "ln1")
    q = heads(linear(h, p + "q", lp + "attn.q", HIDDEN, HIDDEN), [0, 2, 1, 3])
    k = heads(linear(h, p + "k", lp + "attn.k", HIDDEN, HIDDEN), [0, 2, 3, 1])
    v = heads(linear(h, p + "v", lp + "attn.v", HIDDEN, HIDDEN), [0, 2, 1, 3])
    s = node("Add", [node("Mul", [node("MatMul", [q, k]), const(1.0 / math.sqrt(DH))]), bias])
    a = node("MatMul", [node("Softmax", [s], axis=-1), v])
    a = node("Reshape", [node("Transpose", [a], perm=[0, 2, 1, 3]), const([0, 0, HIDDEN], np.int64)])
    x = node("Add", [x, linear(a, p + "o", lp + "attn.o", HIDDEN, HIDDEN)])
    f = linear(layer_norm(x, p + "ln2", lp + "ln2"), p + "ffn_in", lp + "ffn.in", HIDDEN, FFN)
    inner = node("Mul", [const(math.sqrt(2.0 / math.pi)),
                         node("Add", [f, node("Mul", [const(0.044715), node("Pow", [f, const(3.0)])])])])
    g = node("Mul", [node("Mul", [const(0.5), f]), node("Add", [const(1.0), node("Tanh", [inner])])])
    x = node("Add", [x, linear(g, p + "ffn_out", lp + "ffn.out", FFN, HIDDEN)])
logits = linear(layer_norm(x, "final_ln", "final_ln"), "classifier", "classifier", HIDDEN, len(LABELS))
nodes.append(helper.make_node("Identity", [logits], ["logits"]))

graph = helper.make_graph(
    nodes, "tiny_pii_encoder",
    [helper.make_tensor_value_info("input_ids", TensorProto.INT64, ["batch", "seq"]),
     helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "seq"])],
    [helper.make_tensor_value_info("logits", TensorProto.FLOAT, ["batch", "seq", len(LABELS)])],
    inits)
model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 14)], producer_name="piiscan-tests")
model.ir_version = 7
onnx.checker.check_model(model)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tiny-encoder")
os.makedirs(out, exist_ok=True)
onnx.save(model, os.path.join(out, "model.onnx"))
cfg = {
    "format": "piiscan-ner/1",
    "labels": LABELS,
    "architecture": {
        "type": "pre_ln_transformer_encoder_token_classifier", "vocab_size": VOCAB, "hidden": HIDDEN,
        "layers": LAYERS, "heads": HEADS, "head_dim": DH, "ffn": FFN, "max_positions": MAX_POS,
        "layer_norm_eps": EPS, "activation": "gelu_tanh", "pre_ln": True, "token_type_embeddings": False,
        "final_layer_norm": True, "attention_mask_bias": -10000.0, "attention_scale": 1.0 / math.sqrt(DH),
        "num_labels": len(LABELS), "labels": LABELS,
    },
    "onnx": {"file": "model.onnx", "opset": 14},
    "weights": weights,
}
with open(os.path.join(out, "config.json"), "w") as fh:
    json.dump(cfg, fh, indent=2)
    fh.write("\n")
print("wrote", out, os.path.getsize(os.path.join(out, "model.onnx")), "bytes,", len(weights), "weights")
