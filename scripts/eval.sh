#!/usr/bin/env bash
# Draft-quality evaluation over the fixture memos: sections, key-fact coverage, invented words,
# forbidden words, risk polarity and timings, per memo and in total.
#   scripts/eval.sh [--rate 44100] [--text] [--memos FILE] [--tts]
# Corpus mode: section placement per format, session facts and the risk report on the labelled corpora
# (shared, own dev, own held-out by default; see scripts/eval.py):
#   scripts/eval.sh --corpus [DIR[:TAG]...] [--binary [--planner model]] [--misses]
set -euo pipefail
cd "$(dirname "$0")/.."
# The corpus mode without --binary needs no models or engines: only the corpus-eval tool.
if [[ " $* " == *" --corpus"* && " $* " != *" --binary "* ]]; then
  export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/hushnote/target}"
  cargo build --release --locked --quiet -p hushnote-draft --bin corpus-eval
  exec python3 scripts/eval.py --corpus-eval "$CARGO_TARGET_DIR/release/corpus-eval" "$@"
fi
source scripts/setup.sh bench
exec python3 scripts/eval.py --bin "$HUSHNOTE_BIN" \
  --corpus-eval "$CARGO_TARGET_DIR/release/corpus-eval" "$@"
