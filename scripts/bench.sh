#!/usr/bin/env bash
# Speech-recognition benchmark: WER and real-time factor of hushnote (whisper.cpp) and of
# faster-whisper (CTranslate2, float32 and int8) on the same tiny.en weights, over the fixture
# memos at 48 kHz, 44.1 kHz and with office noise at ~10 dB SNR, plus jfk.wav.
#
#   scripts/bench.sh [--threads N] [--repeats N] [--levers] [--json FILE] [...]
#
# --levers adds one row per speed lever (quantization, flash attention, threads, silence
# trimming, audio_ctx fitting, decoding options). Other options: scripts/bench_asr.py --help.
# Set-up (build, verified models, the CTranslate2 tiny.en) is scripts/setup.sh's; faster-whisper
# is installed, pinned, into a venv under ~/.cache/hushnote/bench-venv (once). Nothing is
# fetched from a model hub: faster-whisper loads the local CTranslate2 folder.
set -euo pipefail
cd "$(dirname "$0")/.."
export PYTHONDONTWRITEBYTECODE=1

source scripts/setup.sh bench
say() { printf '\033[1mhushnote bench:\033[0m %s\n' "$*" >&2; }

# --- faster-whisper, pinned ------------------------------------------------------------------
FW_PINS=(faster-whisper==1.2.1 ctranslate2==4.8.5 av==18.1.0)
venv="$HOME/.cache/hushnote/bench-venv"
stamp="$venv/.hushnote-pins"
if [ ! -x "$venv/bin/python" ] || [ "$(cat "$stamp" 2>/dev/null)" != "${FW_PINS[*]}" ]; then
  say "installing ${FW_PINS[*]} into $venv"
  python3 -m venv "$venv"
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check "${FW_PINS[@]}"
  echo "${FW_PINS[*]}" >"$stamp"
fi

# --- quantized models, converted from the same CTranslate2 weights ------------------------------
# Into a scratch models folder, so the user's own models are untouched. Conversion is
# deterministic and takes seconds, so it is redone every run (never a stale file).
work=$(mktemp -d -t hushnote-bench-XXXXXX)
trap 'rm -rf "$work"' EXIT
printf '[paths]\nmodels = "%s"\n' "$work/models" >"$work/config.toml"
# The same conversion that gives the catalog's tiny.en (f16) and the default tiny.en-q8_0.
"$HUSHNOTE_BIN" --config "$work/config.toml" models import-ct2 "$HUSHNOTE_CT2_DIR" \
  --name tiny.en >/dev/null
models=(--model "f16=$work/models/ggml-tiny.en.bin")
for q in q8_0 q5_1; do
  "$HUSHNOTE_BIN" --config "$work/config.toml" models import-ct2 "$HUSHNOTE_CT2_DIR" \
    --name "tiny.en-$q" --quantize "$q" >/dev/null
  models+=(--model "$q=$work/models/ggml-tiny.en-$q.bin")
done

say "machine: $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
say "running (each configuration several times, interleaved; a few minutes)"
"$venv/bin/python" scripts/bench_asr.py --hushnote "$HUSHNOTE_BIN" --ct2 "$HUSHNOTE_CT2_DIR" \
  "${models[@]}" "$@"
