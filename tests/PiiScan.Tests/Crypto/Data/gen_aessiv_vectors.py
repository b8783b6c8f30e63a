#!/usr/bin/python3
"""Dev-time generator for aessiv_python_vectors.json (not needed at test time).

Uses Python `cryptography`'s AESSIV (RFC 5297) with a fake 64-byte key, associated data = [UTF-8 type name]
and plaintext = UTF-8 value; payload = base64url(no padding) of SIV || ciphertext.
Run: /usr/bin/python3 gen_aessiv_vectors.py > aessiv_python_vectors.json
"""
import base64
import json

import cryptography
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

KEYS = [bytes(range(64)), bytes((0xA0 + i) % 256 for i in range(64))]
CASES = [
    ("PERSON", "Jane Doe"),
    ("EMAIL_ADDRESS", "jane.doe@example.com"),
    ("PHONE_NUMBER", "+44 20 7946 0958"),
    ("CREDIT_CARD", "4111 1111 1111 1111"),
    ("LOCATION", "Zürich"),
    ("PERSON", "山田太郎"),
    ("PERSON", "x"),
    ("STREET_ADDRESS", "1600 Amphitheatre Parkway, Mountain View, CA 94043, United States of America"),
    ("PASSWORD", "emoji 😀 value"),
    ("URL", "https://example.org/a?b=c"),
]


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


vectors = []
for key in KEYS:
    siv = AESSIV(key)
    for t, v in CASES:
        out = siv.encrypt(v.encode("utf-8"), [t.encode("utf-8")])
        vectors.append({"key": base64.b64encode(key).decode(), "type": t, "value": v, "payload": b64u(out)})

print(json.dumps({"generator": f"python cryptography {cryptography.__version__} AESSIV", "vectors": vectors},
                 ensure_ascii=False, indent=2))
