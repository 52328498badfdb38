#!/usr/bin/env python3
"""Train the learned clause-role net (crates/hushnote-draft/src/roles_net.rs).

Why: the cue rules of roles.rs fit the memos they were written against (97.9 % of key facts in
an allowed section on the shared memos, 86-89 % on memos written by people who never saw the
rules). A small classifier trained on every labelled clause we have reads wordings the cues do
not know; it runs UNDER the cue rules (roles_net.rs says when it decides).

Model: multinomial logistic regression (softmax over the 12 roles of roles.rs, in the order of
`Role::ALL`) over the SAME hashed features as the risk net: `feature_strings` is imported from
scripts/train_risk_net.py (negation-marked word uni/bigrams, character 3-5-grams, FNV-1a 64),
hashed into N_BUCKETS buckets, L2-normalised; crates/hushnote-draft/src/hashed.rs is the one
Rust copy both nets use. With PREV_FEATURE the previous clause's role is one more feature
string ("prev:<role>", "prev:none" for the first clause), added before normalising.

Data: every labelled clause of tests/fixtures/corpus/{shared,own,blind,blind2,blind4,blind5,train}
memos*.jsonl, read by the risk trainer's `labelled_memos` (the memos it takes its negatives from)
(its `role`; `risk_statement` clauses included, so the net knows what a risk clause looks like
even though it may never move a clause into that role). Never a set kept out of sight.
Training the previous-role feature uses the labelled role of the clause before.

Training: deterministic SGD (fixed seed and order), L2 penalty lambda with the lazy-scale trick,
eta_t = ETA0 / (1 + ETA0 * lambda * t). Lambda and the epoch count by 5-fold cross-validation
with folds BY MEMO (a memo's clauses all in one fold), best pooled out-of-fold accuracy.

--readings FILE (JSON lines written by `cargo run --release -p hushnote-draft --example
role_readings -- tests/fixtures/corpus/*/memos*.jsonl`: the cue rules' role and `cued` flag for
every labelled clause, the net switched off) adds the comparison: out-of-fold accuracy of the
cue rules, of the net and of the combinations, per role, and the confidence threshold of the
"net overrides a confident disagreement" policy. The combination roles_net.rs ships was chosen
from that table (see its docs for the figures). A rule reading of `risk_formulation` counts as
`risk_statement` (the corpus labels both so).

--fold-dir DIR also writes each fold's net (DIR/fold<k>.bin, trained on the other folds with
the chosen setting) and DIR/folds.json (memo -> fold), for the out-of-fold placement check
(`cargo run --release -p hushnote-draft --example role_oof -- DIR <corpus folders>`), which
drafts each memo with the net that never saw it and scores clauses and key facts in an allowed
section.
--save-oof FILE keeps the chosen setting's out-of-fold probabilities; --compare-only FILE
--readings FILE prints the comparison from them without training again.

Figures of the committed net (3716 clauses of 306 memos: shared, own, blind, blind2, blind4,
blind5 and the 120 training memos of corpus/train; 2^14 buckets, previous-role feature on; lambda
1e-5, 20 epochs): CV clause-role accuracy 0.871 (0.860 with 2349 clauses of 204 memos); on blind8
(aggregates, never read) placement unchanged by the retrain: clauses 240/264, key facts 128/145
in an allowed section. The first net (1689 clauses of 144 memos) had 0.830 (0.792
without the previous-role feature); out of fold on the 142 clauses no cue decides it was right on
94 where the default role is right on 39; clause-role accuracy out of fold: cue rules 1398/1689
(82.8 %), net alone 1401 (82.9 %), shipped combination (net on uncued clauses, top probability
>= 0.4) 1446 (85.6 %); placement out of fold (role_oof, clauses / key facts in an allowed
section): rules 1588/1689, 945/985; combination 1597/1689, 948/985. About 6 minutes of CPU.

Output (little-endian): magic b"HNRL", u32 version (1), u32 n_buckets, u32 n_roles (12),
u32 prev_feature (0/1), then per role: f32 bias, n_buckets x f32 weights. Plus a JSON of parity
vectors (clause, previous role -> probability per role, from the f32 weights).

Reproducible: `python3 scripts/train_role_net.py` from the repository root rewrites
crates/hushnote-draft/data/role_net.bin and role_net_vectors.json byte for byte (standard
library only, fixed seed and order; --out-dir DIR writes them to DIR instead, to `cmp`).
"""

import json
import math
import multiprocessing
import os
import random
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# One feature definition, one vectoriser and one memo reader for both trainers.
from train_risk_net import (  # noqa: E402
    SETS, feature_strings, labelled_memos, vectorise_features,
)

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_BIN = os.path.join(ROOT, "crates", "hushnote-draft", "data", "role_net.bin")
OUT_VEC = os.path.join(ROOT, "crates", "hushnote-draft", "data", "role_net_vectors.json")

MAGIC = b"HNRL"
VERSION = 1
N_BUCKETS = 1 << 14
ROLES = (
    "session_facts",
    "client_report",
    "clinician_observation",
    "measure",
    "intervention",
    "client_response",
    "assessment",
    "goal_link",
    "risk_statement",
    "risk_formulation",
    "plan",
    "coordination",
)
PREV_FEATURE = True

SEED = 20261202
ETA0 = 0.5
LAMBDAS = (1e-5, 1e-4, 1e-3)
EPOCH_CHECKS = (5, 10, 20)
FOLDS = 5


def vectorise(text, prev):
    """Hashed, L2-normalised counts of the clause's features (and its previous role)."""
    feats = feature_strings(text)
    if PREV_FEATURE:
        feats.append("prev:" + (prev or "none"))
    return vectorise_features(feats, N_BUCKETS)


def softmax(zs):
    m = max(zs)
    es = [math.exp(z - m) for z in zs]
    s = sum(es)
    return [e / s for e in es]


def load():
    """Every labelled clause, in memo order, with its memo (the CV group)."""
    rows = []
    for group, name, memo in labelled_memos():
        prev = None
        for i, c in enumerate(memo["clauses"]):
            rows.append({"text": c["text"], "y": ROLES.index(c["role"]), "prev": prev,
                         "group": group, "index": i, "memo": memo["id"], "file": name})
            prev = c["role"]
    return rows


def train(xs, ys, lam, epochs, checks, rng_seed):
    """Softmax SGD; returns [(epoch, weights {bucket: [per role]}, biases)] at `checks`."""
    n_c = len(ROLES)
    w = {}
    scale = 1.0
    b = [0.0] * n_c
    t = 0
    order = list(range(len(xs)))
    rng = random.Random(rng_seed)
    snaps = []
    for ep in range(1, epochs + 1):
        rng.shuffle(order)
        for i in order:
            x = xs[i]
            eta = ETA0 / (1.0 + ETA0 * lam * t)
            zs = list(b)
            for k, v in x:
                wk = w.get(k)
                if wk is not None:
                    sv = scale * v
                    for c in range(n_c):
                        zs[c] += wk[c] * sv
            p = softmax(zs)
            p[ys[i]] -= 1.0
            scale *= 1.0 - eta * lam
            step = eta / scale
            for k, v in x:
                wk = w.get(k)
                if wk is None:
                    wk = w[k] = [0.0] * n_c
                sv = step * v
                for c in range(n_c):
                    wk[c] -= sv * p[c]
            for c in range(n_c):
                b[c] -= eta * p[c]
            t += 1
            if scale < 1e-6:
                for wk in w.values():
                    for c in range(n_c):
                        wk[c] *= scale
                scale = 1.0
        if ep in checks:
            snaps.append((ep, {k: [x * scale for x in wk] for k, wk in w.items()}, list(b)))
    return snaps


def predict(w, b, x):
    zs = list(b)
    for k, v in x:
        wk = w.get(k)
        if wk is not None:
            for c in range(len(zs)):
                zs[c] += wk[c] * v
    return softmax(zs)


def folds(groups):
    """Fold per row: the sorted memos shuffled with the fixed seed, dealt round robin."""
    keys = sorted(set(groups))
    random.Random(SEED).shuffle(keys)
    fold_of_group = {g: r % FOLDS for r, g in enumerate(keys)}
    return [fold_of_group[g] for g in groups], fold_of_group


_XS = []
_YS = []
_FOLD_OF = []


def _cv_task(task):
    lam, f = task
    n = len(_XS)
    tr = [i for i in range(n) if _FOLD_OF[i] != f]
    te = [i for i in range(n) if _FOLD_OF[i] == f]
    snaps = train([_XS[i] for i in tr], [_YS[i] for i in tr], lam, max(EPOCH_CHECKS),
                  set(EPOCH_CHECKS), SEED + f)
    return [(ep, [(i, predict(w, b, _XS[i])) for i in te]) for ep, w, b in snaps]


def _fold_task(task):
    lam, ep, f = task
    n = len(_XS)
    tr = [i for i in range(n) if _FOLD_OF[i] != f]
    (_, w, b), = train([_XS[i] for i in tr], [_YS[i] for i in tr], lam, ep, {ep}, SEED + f)
    return w, b


def _final_task(task):
    lam, ep = task
    (_, w, b), = train(_XS, _YS, lam, ep, {ep}, SEED)
    return w, b


def f32(x):
    return struct.unpack("<f", struct.pack("<f", x))[0]


def pack(w, b):
    """The weights file, and the f32-rounded table the parity vectors are computed from."""
    n_c = len(ROLES)
    blob = bytearray(MAGIC)
    blob += struct.pack("<IIII", VERSION, N_BUCKETS, n_c, 1 if PREV_FEATURE else 0)
    table = []
    for c in range(n_c):
        col = [f32(w[k][c]) if k in w else 0.0 for k in range(N_BUCKETS)]
        bias = f32(b[c])
        blob += struct.pack("<f", bias)
        blob += struct.pack(f"<{N_BUCKETS}f", *col)
        table.append((bias, col))
    return bytes(blob), table


def same(rule, gold):
    """A rule reading is right when it names the labelled role (formulation = statement)."""
    if rule == "risk_formulation":
        rule = "risk_statement"
    return rule == gold


MIN_P = 0.4  # roles_net.rs MIN_P


def combine(rule, cued, probs, override_at):
    """The combination roles_net.rs ships, with the override threshold as a parameter:
    the net decides an uncued clause when its top probability is at least MIN_P, and
    overrides a cue when it is at least `override_at` (roles_net.rs ships no override);
    never away from a risk reading, never into risk_statement."""
    risk = ("risk_statement", "risk_formulation")
    if rule in risk:
        return rule
    top = max(range(len(ROLES)), key=lambda c: probs[c])
    role = ROLES[top]
    if role in risk:
        return rule
    if (not cued and probs[top] >= MIN_P) or probs[top] >= override_at:
        return role
    return rule


def compare(rows, oof, readings_path):
    """Out-of-fold accuracy of the rules, the net and the combinations, per role."""
    readings = {}
    with open(readings_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                readings[(r["file"], r["memo"], r["index"])] = r
    rule = []
    for r in rows:
        got = readings.get((r["file"], r["memo"], r["index"]))
        if got is None:
            sys.exit(f"--readings has no reading for {r['file']} {r['memo']} #{r['index']}")
        rule.append((got["role"], got["cued"]))
    gold = [ROLES[r["y"]] for r in rows]
    net = [ROLES[max(range(len(ROLES)), key=lambda c: p[c])] for p in oof]
    uncued = [i for i, (_, cued) in enumerate(rule) if not cued]
    print(f"\nuncued clauses (the default role taken): {len(uncued)}/{len(rows)}; "
          f"rules right on them {sum(same(rule[i][0], gold[i]) for i in uncued)}, "
          f"net right (out of fold) {sum(same(net[i], gold[i]) for i in uncued)}")
    policies = [("rules", [r for r, _ in rule]), ("net", net)]
    for t in (1.01, 0.99, 0.97, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6):
        name = "net if uncued" if t > 1 else f"net if uncued or p>={t:g}"
        policies.append((name, [combine(rule[i][0], rule[i][1], oof[i], t)
                                for i in range(len(rows))]))
    sets = sorted({r["file"] for r in rows})
    print("\nout-of-fold clause accuracy (role), by policy and memo file:")
    print(f"{'policy':<28}" + "".join(f"{s[:14]:>16}" for s in sets) + f"{'all':>16}")
    for name, pred in policies:
        cells = []
        for s in sets + [None]:
            idx = [i for i, r in enumerate(rows) if s is None or r["file"] == s]
            ok = sum(same(pred[i], gold[i]) for i in idx)
            cells.append(f"{ok}/{len(idx)} {100 * ok / len(idx):.1f}%".rjust(16))
        print(f"{name:<28}" + "".join(cells))
    print("\nper role (recall out of fold):")
    chosen = [p for n, p in policies if n == "net if uncued"][0]
    print(f"{'role':<24}{'n':>6}{'rules':>10}{'net':>10}{'combined':>10}")
    for role in ROLES:
        idx = [i for i in range(len(rows)) if gold[i] == role]
        if not idx:
            continue
        cells = [sum(same(p[i], role) for i in idx) for p in (policies[0][1], net, chosen)]
        print(f"{role:<24}{len(idx):>6}" + "".join(f"{c:>10}" for c in cells))
    moved_out = sum(1 for i in range(len(rows)) if rule[i][0] in ("risk_statement",
                    "risk_formulation") and chosen[i] != rule[i][0])
    print(f"risk readings taken away by the combination: {moved_out}")


def main():
    global OUT_BIN, OUT_VEC, _XS, _YS, _FOLD_OF, PREV_FEATURE
    if "--out-dir" in sys.argv:
        d = sys.argv[sys.argv.index("--out-dir") + 1]
        OUT_BIN = os.path.join(d, "role_net.bin")
        OUT_VEC = os.path.join(d, "role_net_vectors.json")
    if "--no-prev" in sys.argv:
        PREV_FEATURE = False
    rows = load()
    if "--compare-only" in sys.argv:
        # Re-reads the out-of-fold probabilities a --save-oof run wrote (no training).
        with open(sys.argv[sys.argv.index("--compare-only") + 1], encoding="utf-8") as fh:
            compare(rows, json.load(fh), sys.argv[sys.argv.index("--readings") + 1])
        return
    _XS = [vectorise(r["text"], r["prev"]) for r in rows]
    _YS = [r["y"] for r in rows]
    _FOLD_OF, fold_of_group = folds([r["group"] for r in rows])
    print(f"{len(rows)} labelled clauses of {len(fold_of_group)} memos from {', '.join(SETS)}; "
          f"{N_BUCKETS} buckets, previous-role feature {'on' if PREV_FEATURE else 'off'}",
          file=sys.stderr)
    n = len(rows)
    tasks = [(lam, f) for lam in LAMBDAS for f in range(FOLDS)]
    with multiprocessing.get_context("fork").Pool(os.cpu_count() or 1) as pool:
        results = pool.map(_cv_task, tasks, chunksize=1)
        oof = {}
        for (lam, _), res in zip(tasks, results):
            for ep, scores in res:
                s = oof.setdefault((lam, ep), [None] * n)
                for i, p in scores:
                    s[i] = p
        best = None
        for key in sorted(oof):
            acc = sum(1 for i in range(n)
                      if max(range(len(ROLES)), key=lambda c: oof[key][i][c]) == _YS[i]) / n
            print(f"  lambda={key[0]:g} epochs={key[1]:<3} CV accuracy {acc:.4f}",
                  file=sys.stderr)
            if best is None or acc > best[0] + 1e-12:
                best = (acc, key)
        (acc, (lam, ep)) = best
        print(f"chosen: lambda={lam:g} epochs={ep}; CV clause accuracy of the net {acc:.4f}")
        (w, b), = pool.map(_final_task, [(lam, ep)])
        fold_nets = None
        if "--fold-dir" in sys.argv:
            fold_nets = pool.map(_fold_task, [(lam, ep, f) for f in range(FOLDS)], chunksize=1)
    if "--save-oof" in sys.argv:
        with open(sys.argv[sys.argv.index("--save-oof") + 1], "w", encoding="utf-8") as fh:
            json.dump(oof[(lam, ep)], fh)
    if "--readings" in sys.argv:
        compare(rows, oof[(lam, ep)], sys.argv[sys.argv.index("--readings") + 1])
    if fold_nets is not None:
        d = sys.argv[sys.argv.index("--fold-dir") + 1]
        os.makedirs(d, exist_ok=True)
        for f, (fw, fb) in enumerate(fold_nets):
            with open(os.path.join(d, f"fold{f}.bin"), "wb") as fh:
                fh.write(pack(fw, fb)[0])
        with open(os.path.join(d, "folds.json"), "w", encoding="utf-8") as fh:
            json.dump({g: f for g, f in sorted(fold_of_group.items())}, fh, indent=1)
            fh.write("\n")
        print(f"wrote {FOLDS} fold nets and folds.json to {d}")
    blob, table = pack(w, b)
    os.makedirs(os.path.dirname(OUT_BIN), exist_ok=True)
    with open(OUT_BIN, "wb") as fh:
        fh.write(blob)
    samples = [(r["text"], r["prev"]) for r in rows[::60]] + [
        ("We practiced diaphragmatic breathing.", "client_report"),
        ("She\u2019s going to try the app before bed!", "intervention"),
        ("Tearful, flat affect", None),
        ("", None),
    ]
    vectors = []
    for text, prev in samples:
        x = vectorise(text, prev)
        zs = [bias + sum(col[k] * v for k, v in x) for bias, col in table]
        probs = softmax(zs)
        vectors.append({"text": text, "prev": prev,
                        "probs": {role: p for role, p in zip(ROLES, probs)}})
    with open(OUT_VEC, "w", encoding="utf-8") as fh:
        json.dump({"vectors": vectors}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(f"wrote {os.path.relpath(OUT_BIN, ROOT)} ({len(blob)} bytes), "
          f"{os.path.relpath(OUT_VEC, ROOT)} ({len(vectors)} vectors)")


if __name__ == "__main__":
    main()
