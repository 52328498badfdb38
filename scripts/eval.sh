#!/usr/bin/env bash
# Draft-quality evaluation over the fixture memos: sections, key-fact coverage, invented words,
# forbidden words, risk polarity and timings, per memo and in total.
#   scripts/eval.sh [--rate 44100] [--text] [--memos FILE] [--tts]
# Corpus mode: section placement per format and the risk report on the labelled corpora
# (shared, own dev, own held-out by default; see scripts/eval.py):
#   scripts/eval.sh --corpus [DIR[:TAG]...] [--binary [--planner model]] [--misses]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh bench
exec python3 scripts/eval.py --bin "$HUSHNOTE_BIN" \
  --corpus-eval "$CARGO_TARGET_DIR/release/corpus-eval" "$@"
