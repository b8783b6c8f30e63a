#!/usr/bin/env python3
"""Regenerates the small fake demo data in samples/ (fixed seed; every value is fake).

Emails use example.com/example.org, IPs come from the documentation ranges (RFC 5737/3849),
card numbers are public test numbers, phone numbers are 555-01xx fictional numbers.
The Parquet sample is written by make_parquet.cs (dotnet run tools/make_parquet.cs).
"""
import csv, gzip, io, json, os, random

rng = random.Random(20261124)
here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")

first = ["Alice", "Bob", "Carla", "Dmitri", "Emeka", "Fatima", "Giulia", "Hiroshi", "Ingrid", "José", "Kwame", "Lena", "Mei", "Noah", "Olga", "Priya"]
last = ["Johnson", "Okafor", "Rossi", "Ivanova", "Tanaka", "Müller", "García", "Nguyen", "Haddad", "Smith", "Kowalski", "Singh"]
domains = ["example.com", "example.org", "mail.example.net"]
cards = ["4111 1111 1111 1111", "5555-5555-5555-4444", "378282246310005", "4012888888881881", "6011111111111117"]
ips = ["192.0.2.17", "198.51.100.23", "203.0.113.42", "2001:db8::8a2e:370:7334", "192.0.2.201"]
clean_prompts = [
    "Summarize the attached release notes in three bullet points.",
    "Translate 'good morning' into Japanese and explain the politeness level.",
    "Write a haiku about distributed systems.",
    "What is the time complexity of heapsort?",
    "Explain the difference between TCP and UDP for a beginner.",
    "Refactor this function to avoid the nested loops.",
    "Give me a SQL query that counts orders per day. 😀",
    "用一句话解释什么是向量数据库。",
]


def person():
    return rng.choice(first), rng.choice(last)


def email(f, l):
    return f"{f.lower().replace('é','e').replace('ü','u')}.{l.lower().replace('ü','u').replace('í','i')}@{rng.choice(domains)}"


def pii_prompt():
    f, l = person()
    kind = rng.randrange(5)
    if kind == 0:
        return f"Hi, I'm {f} {l}. Please email the invoice to {email(f, l)} instead of my old address."
    if kind == 1:
        return f"My card {rng.choice(cards)} was charged twice, can you refund one? 🙏"
    if kind == 2:
        return f"Login failures from {rng.choice(ips)} since this morning, is my account locked? Contact: {email(f, l)}"
    if kind == 3:
        return f"Draft a reply to {f} ({email(f, l)}) saying the order ships Monday."
    return f"Customer 顧客 {f} paid with {rng.choice(cards)} from IP {rng.choice(ips)}."


def log_line(i):
    ts = f"2026-10-{1 + i % 28:02d}T{i % 24:02d}:{(i * 7) % 60:02d}:{(i * 13) % 60:02d}Z"
    pii = rng.random() < 0.35
    prompt = pii_prompt() if pii else rng.choice(clean_prompts)
    f, l = person()
    rec = {
        "id": f"req_{i:06d}",
        "timestamp": ts,
        "model": rng.choice(["gpt-4o-mini", "llama-3-70b", "mistral-large"]),
        "user": {"id": f"u_{rng.randrange(10_000):05d}", "email": email(f, l)},
        "request": {"messages": [
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": prompt},
        ], "temperature": round(rng.random(), 2), "max_tokens": rng.choice([256, 512, 1024])},
        "response": {"content": rng.choice(["Sure, here it is.", "I can help with that.", f"Thanks {f}, I have noted {email(f, l)}."]),
                     "finish_reason": "stop", "usage": {"prompt_tokens": rng.randrange(20, 900), "completion_tokens": rng.randrange(5, 400)}},
        "client_ip": rng.choice(ips),
        "latency_ms": rng.randrange(80, 4000),
        "metadata": {"trace_id": "%032x" % rng.getrandbits(128), "training_opt_in": rng.random() < 0.3},
    }
    return json.dumps(rec, ensure_ascii=False)


def main():
    with open(os.path.join(here, "logs", "inference-2026-10.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i in range(200):
            fh.write(log_line(i) + "\n")
    raw = io.BytesIO()
    with gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        for i in range(200, 300):
            gz.write((log_line(i) + "\n").encode("utf-8"))
    with open(os.path.join(here, "logs", "inference-2026-11.jsonl.gz"), "wb") as fh:
        fh.write(raw.getvalue())
    with open(os.path.join(here, "customers.csv"), "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(["customer_id", "name", "email", "card", "last_ip", "notes"])
        for i in range(60):
            f, l = person()
            note = rng.choice(["VIP, prefers email", "asked about refund, \"urgent\"", "moved, new address pending\nsee ticket 4411", ""])
            w.writerow([f"C{1000 + i}", f"{f} {l}", email(f, l), rng.choice(cards), rng.choice(ips), note])
    with open(os.path.join(here, "support-chat.txt"), "w", encoding="utf-8", newline="\n") as fh:
        for i in range(40):
            fh.write((pii_prompt() if i % 3 == 0 else rng.choice(clean_prompts)) + "\n")


if __name__ == "__main__":
    main()
