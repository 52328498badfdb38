#!/usr/bin/env bash
# Sign and export times of a typical note, as the clinician sees them (one `hushnote` process
# each, start-up included). A typical memo (tests/fixtures memo d01, a SOAP note of ~90 words)
# is drafted once with the real models; the draft is copied RUNS times and each copy is signed;
# each signed note is exported to PDF and to plain text.
#
#   scripts/bench-finish.sh [RUNS]          (default 20; needs python3)
#   HUSHNOTE_BIN=... scripts/bench-finish.sh   (default: the build scripts/setup.sh makes)
#
# Target: sign and each export under 300 ms.
set -euo pipefail

RUNS="${1:-20}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${HUSHNOTE_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/hushnote/target}/release/hushnote}"
[ -x "$BIN" ] || { echo "bench-finish: $BIN not found; run cargo build --release --workspace" >&2; exit 1; }

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cat > "$WORK/config.toml" <<TOML
[paths]
inbox = "$WORK/inbox"
incoming = "$WORK/incoming"
failed = "$WORK/failed"
private = "$WORK/private"
state = "$WORK/state"
notes = "$WORK/notes"

[clinician]
name = "Dr. Ana Ruiz"
credentials = "PsyD"
TOML

python3 - "$BIN" "$WORK" "$RUNS" "$ROOT/tests/fixtures/memos.json" <<'PY'
import json, os, shutil, statistics, subprocess, sys, time
bin_, work, runs, memos = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
cfg = os.path.join(work, "config.toml")
memo = next(m["memo"] for m in json.load(open(memos)) if m["id"] == "d01")
src = os.path.join(work, "memo.txt")
open(src, "w").write(memo)
def run(*args):
    t = time.perf_counter()
    out = subprocess.run([bin_, "--config", cfg, *args], capture_output=True, text=True)
    ms = (time.perf_counter() - t) * 1000
    if out.returncode != 0:
        sys.exit(f"bench-finish: {' '.join(args[:1])} failed: {out.stderr}")
    return out.stdout.strip(), ms
draft, _ = run("process", src)
words = len(open(draft).read().split())
stem = os.path.basename(draft)[:-len("_xxxxxxxx.md")]
drafts = []
for i in range(runs):
    d = os.path.join(work, "inbox", f"{stem}_{i:08x}.md")
    shutil.copy(draft, d)
    drafts.append(d)
os.remove(draft)
times = {"sign": [], "export --pdf": [], "export --txt": [], "verify": []}
pdf_size = 0
for i, d in enumerate(drafts):
    note, ms = run("sign", d); times["sign"].append(ms)
    pdf = os.path.join(work, f"n{i}.pdf")
    _, ms = run("export", note, "--pdf", "--out", pdf); times["export --pdf"].append(ms)
    pdf_size = os.path.getsize(pdf)
    _, ms = run("export", note, "--txt", "--out", os.path.join(work, f"n{i}.txt")); times["export --txt"].append(ms)
    _, ms = run("verify", note); times["verify"].append(ms)
print(f"typical note: memo d01 ({len(memo.split())} words), draft {words} words; PDF {pdf_size/1024:.0f} KiB; {runs} runs; {os.cpu_count()} cores")
print(f"{'command':<14} {'median ms':>10} {'min':>7} {'max':>7}   target < 300 ms")
for k, v in times.items():
    print(f"{k:<14} {statistics.median(v):>10.1f} {min(v):>7.1f} {max(v):>7.1f}")
PY
