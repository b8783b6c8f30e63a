"""Small pre-LayerNorm Transformer encoder for token classification (no external libraries)."""
import math

import torch
import torch.nn as nn

_GELU_C = math.sqrt(2.0 / math.pi)


def gelu_tanh(x):
    # written out so the ONNX graph uses plain Mul/Add/Tanh/Pow
    return 0.5 * x * (1.0 + torch.tanh(_GELU_C * (x + 0.044715 * torch.pow(x, 3.0))))


class Layer(nn.Module):
    def __init__(self, hidden, heads, ffn, dropout, eps):
        super().__init__()
        self.heads, self.dh = heads, hidden // heads
        self.ln1 = nn.LayerNorm(hidden, eps=eps)
        self.q = nn.Linear(hidden, hidden)
        self.k = nn.Linear(hidden, hidden)
        self.v = nn.Linear(hidden, hidden)
        self.o = nn.Linear(hidden, hidden)
        self.ln2 = nn.LayerNorm(hidden, eps=eps)
        self.ffn_in = nn.Linear(hidden, ffn)
        self.ffn_out = nn.Linear(ffn, hidden)
        self.drop = nn.Dropout(dropout)

    def forward(self, x, bias):
        b, s, h = x.shape
        y = self.ln1(x)
        q = self.q(y).view(b, s, self.heads, self.dh).transpose(1, 2)
        k = self.k(y).view(b, s, self.heads, self.dh).transpose(1, 2)
        v = self.v(y).view(b, s, self.heads, self.dh).transpose(1, 2)
        att = torch.matmul(q, k.transpose(2, 3)) * (1.0 / math.sqrt(self.dh)) + bias
        att = self.drop(torch.softmax(att, dim=-1))
        y = torch.matmul(att, v).transpose(1, 2).reshape(b, s, h)
        x = x + self.drop(self.o(y))
        y = self.ffn_out(self.drop(gelu_tanh(self.ffn_in(self.ln2(x)))))
        return x + self.drop(y)


class NerModel(nn.Module):
    def __init__(self, vocab_size, num_labels, hidden=256, layers=4, heads=4, ffn=1024, max_positions=256,
                 dropout=0.1, eps=1e-5):
        super().__init__()
        self.tok = nn.Embedding(vocab_size, hidden)
        self.pos = nn.Embedding(max_positions, hidden)
        self.drop = nn.Dropout(dropout)
        self.layers = nn.ModuleList([Layer(hidden, heads, ffn, dropout, eps) for _ in range(layers)])
        self.final_ln = nn.LayerNorm(hidden, eps=eps)
        self.classifier = nn.Linear(hidden, num_labels)
        self.apply(self._init)

    @staticmethod
    def _init(m):
        if isinstance(m, (nn.Linear, nn.Embedding)):
            nn.init.normal_(m.weight, std=0.02)
        if isinstance(m, nn.Linear) and m.bias is not None:
            nn.init.zeros_(m.bias)

    def forward(self, input_ids, attention_mask):
        s = input_ids.shape[1]
        pos = torch.arange(s, device=input_ids.device).unsqueeze(0)
        x = self.drop(self.tok(input_ids) + self.pos(pos))
        # additive key mask: 0 for tokens, -10000 for padding; shape [b,1,1,s]
        bias = (1.0 - attention_mask.to(x.dtype)).unsqueeze(1).unsqueeze(2) * -10000.0
        for layer in self.layers:
            x = layer(x, bias)
        return self.classifier(self.final_ln(x))


def weight_names(layers):
    """logical name -> torch state_dict key"""
    m = {"embeddings.token": "tok.weight", "embeddings.position": "pos.weight",
         "final_ln.weight": "final_ln.weight", "final_ln.bias": "final_ln.bias",
         "classifier.weight": "classifier.weight", "classifier.bias": "classifier.bias"}
    for i in range(layers):
        for logical, key in [("ln1", "ln1"), ("attn.q", "q"), ("attn.k", "k"), ("attn.v", "v"), ("attn.o", "o"),
                             ("ln2", "ln2"), ("ffn.in", "ffn_in"), ("ffn.out", "ffn_out")]:
            for p in ("weight", "bias"):
                m[f"layers.{i}.{logical}.{p}"] = f"layers.{i}.{key}.{p}"
    return m
