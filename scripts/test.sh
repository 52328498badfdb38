#!/usr/bin/env bash
# Sets everything up like run.sh (plus test tools), then runs every test: formatting, lints,
# unit tests, and integration tests with the real models, real audio, a real virtual
# microphone and a real daemon process. Idempotent; fast the second time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh test

say "format and lints"
cargo fmt --all -- --check
# --release reuses the release build of whisper.cpp and llama.cpp instead of compiling them again.
cargo clippy --release --workspace --all-targets --locked --quiet -- -D warnings

say "tests"
# Integration tests start engines and daemons: run test binaries one test at a time on 2 cores
# so timings inside them stay meaningful and PulseAudio servers do not collide.
cargo test --release --workspace --locked -- --test-threads=1
