#!/usr/bin/env python3
"""Train the learned risk recall net (crates/hushnote-draft/src/risk/learned.rs).

A logistic regression per head over hashed, negation-marked word uni/bigrams and character
3-5-grams, trained on every labelled risk sentence we have (shared, own dev, own held-out,
blind; NEVER blind2, the evaluation set). It runs UNDER the rules: the drafting library only
consults it for sentences where the rules found nothing present, and only ever adds a present,
uncertain finding for review.

Heads, in file order: 0 = "present" (risk == "present"), then one per category
(suicidal_ideation, self_harm, homicidal_ideation, harm_to_others, abuse, violence,
substance_use; y = items[c] == "present"), all trained on all sentences.

Features (learned.rs mirrors this bit for bit):
  text: U+2018/U+2019 -> "'", lowercase; tokens = regex [a-z0-9']+|[.,;:!?]; a word token
  longer than 3 that ends in "n't" is split into stem + "n't".
  NegEx-lite: after a trigger (TRIGGERS) the next 5 word tokens get the prefix "NEG_"; any
  punctuation token ends the scope; a trigger inside a scope is marked and restarts it.
  features: "w:"+t for each marked token, "b:"+t1+" "+t2 for each adjacent pair of marked
  tokens, "c:"+g for each character 3-, 4- and 5-gram of " "+w+" " for each unmarked word
  (non-punctuation) token. Each feature string (UTF-8) is hashed with 64-bit FNV-1a, bucket =
  hash mod 2^16; value 1 per occurrence; the vector is then L2-normalised.

Training: deterministic SGD (fixed seed, fixed order), balanced class weights, L2 penalty
lambda, learning rate eta_t = ETA0 / (1 + ETA0 * lambda * t). Lambda and the epoch count are
chosen per head by 5-fold cross-validation on the training data (pooled out-of-fold AUC).
The top-level threshold is the highest t whose pooled out-of-fold recall of "present" is at
least 0.95.

Output (little-endian): magic b"HNRN", u32 version (1), u32 n_buckets, u32 n_heads,
f32 threshold, then per head: f32 bias, n_buckets x f32 weights. Plus a JSON of test vectors
(sentence -> probability per head, computed from the f32-rounded weights) for the Rust parity
test.

Reproducible: running `python3 scripts/train_risk_net.py` from the repository root rewrites
crates/hushnote-draft/data/risk_net.bin and risk_net_vectors.json byte for byte (pure
standard library, no hash randomisation involved, fixed seed and order).

Options: --out-dir DIR writes both files to DIR instead (to compare a retrain with the committed
files: `cmp`). --memo-negatives (an experiment, not the committed net) adds the own and blind
memo clauses whose labelled role is not a risk statement as negatives for every head.
The drafting pipeline only consults the net with HUSHNOTE_RISK_NET=1 (see ARCHITECTURE.md).
"""

import glob
import json
import math
import os
import random
import re
import struct
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "fixtures", "corpus")
SETS = ("shared", "own", "blind")  # never blind2: it is the evaluation set
OUT_BIN = os.path.join(ROOT, "crates", "hushnote-draft", "data", "risk_net.bin")
OUT_VEC = os.path.join(ROOT, "crates", "hushnote-draft", "data", "risk_net_vectors.json")

MAGIC = b"HNRN"
VERSION = 1
N_BUCKETS = 1 << 16
CATEGORIES = (
    "suicidal_ideation",
    "self_harm",
    "homicidal_ideation",
    "harm_to_others",
    "abuse",
    "violence",
    "substance_use",
)
HEADS = ("present",) + CATEGORIES
TRIGGERS = {
    "no", "not", "never", "denies", "denied", "deny", "denying",
    "without", "nothing", "none", "nobody", "n't",
}
NEG_SCOPE = 5
PUNCT = set(".,;:!?")
TOKEN_RE = re.compile(r"[a-z0-9']+|[.,;:!?]")

SEED = 20261202
ETA0 = 0.5
LAMBDAS = (1e-5, 1e-4, 1e-3, 1e-2)
EPOCH_CHECKS = (5, 10, 20, 40)
FOLDS = 5
TARGET_RECALL = 0.95


def tokens(text):
    text = text.replace("\u2018", "'").replace("\u2019", "'").lower()
    out = []
    for t in TOKEN_RE.findall(text):
        if len(t) > 3 and t.endswith("n't"):
            out.append(t[:-3])
            out.append("n't")
        else:
            out.append(t)
    return out


def feature_strings(text):
    toks = tokens(text)
    marked = []
    scope = 0
    for t in toks:
        if t in PUNCT:
            scope = 0
            marked.append(t)
            continue
        if scope > 0:
            marked.append("NEG_" + t)
            scope -= 1
        else:
            marked.append(t)
        if t in TRIGGERS:
            scope = NEG_SCOPE
    feats = ["w:" + t for t in marked]
    feats += ["b:" + a + " " + b for a, b in zip(marked, marked[1:])]
    for t in toks:
        if t in PUNCT:
            continue
        p = " " + t + " "
        for n in (3, 4, 5):
            for i in range(len(p) - n + 1):
                feats.append("c:" + p[i:i + n])
    return feats


def fnv1a64(s):
    h = 0xCBF29CE484222325
    for b in s.encode("utf-8"):
        h ^= b
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


def vectorise(text):
    counts = {}
    for f in feature_strings(text):
        k = fnv1a64(f) % N_BUCKETS
        counts[k] = counts.get(k, 0) + 1
    norm = math.sqrt(sum(v * v for v in counts.values()))
    if norm == 0:
        return []
    return [(k, counts[k] / norm) for k in sorted(counts)]


def sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def load():
    rows = []
    for s in SETS:
        for path in sorted(glob.glob(os.path.join(CORPUS, s, "risk_sentences*.jsonl"))):
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if line:
                        rows.append(json.loads(line))
    return rows


def load_memo_negatives():
    """Ordinary clinical sentences: memo clauses of own and blind memos whose labelled role is
    not a risk statement, as negatives for every head (never shared: its memos measure)."""
    rows = []
    for s in ("own", "blind"):
        for path in sorted(glob.glob(os.path.join(CORPUS, s, "memos*.jsonl"))):
            with open(path, encoding="utf-8") as fh:
                for line in fh:
                    line = line.strip()
                    if not line:
                        continue
                    for c in json.loads(line)["clauses"]:
                        if c["role"] != "risk_statement":
                            rows.append({"text": c["text"], "risk": "none", "items": {}})
    return rows


def labels(row):
    items = row.get("items") or {}
    ys = [1 if row["risk"] == "present" else 0]
    ys += [1 if items.get(c) == "present" else 0 for c in CATEGORIES]
    return ys


def train(xs, ys, lam, epochs, checks, rng_seed):
    """SGD with balanced weights; yields (epoch, weights list, bias) at each epoch in checks."""
    n = len(xs)
    pos = sum(ys)
    neg = n - pos
    wpos = n / (2.0 * pos) if pos else 1.0
    wneg = n / (2.0 * neg) if neg else 1.0
    w = {}
    scale = 1.0
    b = 0.0
    t = 0
    order = list(range(n))
    rng = random.Random(rng_seed)
    snaps = []
    for ep in range(1, epochs + 1):
        rng.shuffle(order)
        for i in order:
            x = xs[i]
            y = ys[i]
            eta = ETA0 / (1.0 + ETA0 * lam * t)
            z = b + scale * sum(w.get(k, 0.0) * v for k, v in x)
            g = (sigmoid(z) - y) * (wpos if y else wneg)
            scale *= 1.0 - eta * lam
            step = eta * g / scale
            for k, v in x:
                w[k] = w.get(k, 0.0) - step * v
            b -= eta * g
            t += 1
            if scale < 1e-6:
                for k in w:
                    w[k] *= scale
                scale = 1.0
        if ep in checks:
            snaps.append((ep, {k: v * scale for k, v in w.items()}, b))
    return snaps


def predict(w, b, x):
    return sigmoid(b + sum(w.get(k, 0.0) * v for k, v in x))


def auc(scores, ys):
    pairs = sorted(zip(scores, ys))
    pos = sum(ys)
    neg = len(ys) - pos
    if pos == 0 or neg == 0:
        return float("nan")
    # Rank-sum with ties averaged.
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            j += 1
        avg = (i + 1 + j) / 2.0
        rank_sum += avg * sum(1 for k in range(i, j) if pairs[k][1])
        i = j
    return (rank_sum - pos * (pos + 1) / 2.0) / (pos * neg)


def cross_validate(xs, ys, head):
    """Pooled out-of-fold scores per (lambda, epochs); returns the best setting and its scores."""
    n = len(xs)
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    fold_of = [0] * n
    for r, i in enumerate(order):
        fold_of[i] = r % FOLDS
    oof = {}
    for lam in LAMBDAS:
        for f in range(FOLDS):
            tr = [i for i in range(n) if fold_of[i] != f]
            te = [i for i in range(n) if fold_of[i] == f]
            snaps = train([xs[i] for i in tr], [ys[i] for i in tr], lam,
                          max(EPOCH_CHECKS), set(EPOCH_CHECKS), SEED + f)
            for ep, w, b in snaps:
                s = oof.setdefault((lam, ep), [0.0] * n)
                for i in te:
                    s[i] = predict(w, b, xs[i])
    best = None
    for key in sorted(oof):
        a = auc(oof[key], ys)
        print(f"  {head:<18} lambda={key[0]:g} epochs={key[1]:<3} CV AUC {a:.4f}",
              file=sys.stderr)
        if best is None or a > best[0] + 1e-12:
            best = (a, key)
    return best[1], best[0], oof[best[1]]


def pick_threshold(scores, ys):
    """The highest t (an out-of-fold score) with pooled recall of present >= TARGET_RECALL."""
    pos = sorted((s for s, y in zip(scores, ys) if y), reverse=True)
    need = math.ceil(TARGET_RECALL * len(pos))
    return pos[need - 1]


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def main():
    global OUT_BIN, OUT_VEC
    rows = load()
    if "--memo-negatives" in sys.argv:
        rows += load_memo_negatives()
    if "--out-dir" in sys.argv:
        d = sys.argv[sys.argv.index("--out-dir") + 1]
        OUT_BIN = os.path.join(d, "risk_net.bin")
        OUT_VEC = os.path.join(d, "risk_net_vectors.json")
    texts = [r["text"] for r in rows]
    xs = [vectorise(t) for t in texts]
    ys_all = [labels(r) for r in rows]
    print(f"{len(rows)} sentences from {', '.join(SETS)}", file=sys.stderr)
    heads = []
    threshold = 0.5
    for h, name in enumerate(HEADS):
        ys = [y[h] for y in ys_all]
        (lam, ep), cv_auc, oof = cross_validate(xs, ys, name)
        line = f"{name}: {sum(ys)} positive; lambda={lam:g} epochs={ep}; CV AUC {cv_auc:.4f}"
        if h == 0:
            threshold = pick_threshold(oof, ys)
            tp = sum(1 for s, y in zip(oof, ys) if y and s >= threshold)
            fp = sum(1 for s, y in zip(oof, ys) if not y and s >= threshold)
            npos = sum(ys)
            nneg = len(ys) - npos
            line += (f"; threshold {threshold:.4f}: CV recall {tp}/{npos} = {tp / npos:.3f},"
                     f" false alarms {fp}/{nneg} = {fp / nneg:.3f}")
        print(line)
        (_, w, b), = train(xs, ys, lam, ep, {ep}, SEED)
        heads.append(([f32(w.get(k, 0.0)) for k in range(N_BUCKETS)], f32(b)))
    threshold = f32(threshold)
    os.makedirs(os.path.dirname(OUT_BIN), exist_ok=True)
    blob = bytearray()
    blob += MAGIC
    blob += struct.pack("<III", VERSION, N_BUCKETS, len(HEADS))
    blob += struct.pack("<f", threshold)
    for weights, bias in heads:
        blob += struct.pack("<f", bias)
        blob += struct.pack(f"<{N_BUCKETS}f", *weights)
    with open(OUT_BIN, "wb") as fh:
        fh.write(bytes(blob))
    # Test vectors: every 35th training sentence plus a few written here.
    samples = texts[::35] + [
        "She doesn't want to be here anymore.",
        "Denies SI, HI; no plan, no intent.",
        "We practiced diaphragmatic breathing.",
        "He\u2019s been drinking every night since the layoff!",
        "",
    ]
    vectors = []
    for s in samples:
        x = vectorise(s)
        probs = {name: sigmoid(bias + sum(weights[k] * v for k, v in x))
                 for name, (weights, bias) in zip(HEADS, heads)}
        vectors.append({"text": s, "probs": probs})
    with open(OUT_VEC, "w", encoding="utf-8") as fh:
        json.dump({"threshold": threshold, "vectors": vectors}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {os.path.relpath(OUT_BIN, ROOT)} ({len(blob)} bytes), "
          f"{os.path.relpath(OUT_VEC, ROOT)} ({len(vectors)} vectors)")


if __name__ == "__main__":
    main()
