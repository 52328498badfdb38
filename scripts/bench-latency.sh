#!/usr/bin/env bash
# Stop-to-draft latency of microphone memos, measured for real: ~30-second memos are played
# through a private PulseAudio virtual microphone (DESIGN §5) into a running daemon with warm
# models, and each memo's time from the end of recording to the draft in the inbox is taken
# from the daemon's own status (`last_job`), split into transcription, drafting and writing.
# End-of-speech detection (the silence the daemon waits for before stopping) is measured from
# the end of playback to the stop.
#
#   scripts/bench-latency.sh [RUNS]          (default 5; needs pulseaudio, paplay, ffmpeg, python3)
#   HUSHNOTE_BIN=... scripts/bench-latency.sh   (default: the build scripts/setup.sh makes)
#
# Target: median stop-to-draft <= 4 s on 2 cores.
set -euo pipefail

RUNS="${1:-5}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BIN="${HUSHNOTE_BIN:-${CARGO_TARGET_DIR:-$HOME/.cache/hushnote/target}/release/hushnote}"
FIX="$ROOT/tests/fixtures/audio"
for tool in pulseaudio pactl paplay ffmpeg python3; do
  command -v "$tool" >/dev/null || { echo "bench-latency: $tool is required (scripts/test.sh installs it)" >&2; exit 1; }
done
[ -x "$BIN" ] || { echo "bench-latency: $BIN not found; run cargo build --release --workspace" >&2; exit 1; }

WORK="$(mktemp -d)"
export XDG_RUNTIME_DIR="$WORK/run"
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
DAEMON_PID=""
cleanup() {
  [ -n "$DAEMON_PID" ] && kill "$DAEMON_PID" 2>/dev/null && wait "$DAEMON_PID" 2>/dev/null || true
  pulseaudio --kill 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

cat > "$WORK/config.toml" <<TOML
[paths]
inbox = "$WORK/inbox"
incoming = "$WORK/incoming"
failed = "$WORK/failed"
private = "$WORK/private"
state = "$WORK/state"
[draft]
keep_warm_seconds = 3600
[notify]
desktop = false
TOML
H() { "$BIN" --config "$WORK/config.toml" "$@"; }

# ~30-second memos: two fixture memos joined by 0.8 s of pause (shorter than the stop silence).
ffmpeg -loglevel error -f lavfi -i anullsrc=r=48000:cl=mono -t 0.8 "$WORK/pause.wav"
i=0
for pair in "01 02" "03 04" "05 06" "02 05" "04 01" "06 03"; do
  set -- $pair
  ffmpeg -loglevel error -i "$FIX/d$1.wav" -i "$WORK/pause.wav" -i "$FIX/d$2.wav" \
    -filter_complex "[0:a][1:a][2:a]concat=n=3:v=0:a=1" -ar 48000 -ac 1 "$WORK/memo$i.wav"
  i=$((i + 1))
done

pulseaudio -D -n --exit-idle-time=-1 --load=module-native-protocol-unix \
  --load="module-null-sink sink_name=memo_sink" \
  --load="module-remap-source master=memo_sink.monitor source_name=virtual_mic" 2>/dev/null
pactl set-default-source virtual_mic

# The binary itself in the background (not through H): $! must be the daemon, so that
# cleanup stops it and it does not hold this script's stdout open.
HUSHNOTE_LOG=hushnote=info "$BIN" --config "$WORK/config.toml" daemon 2>"$WORK/daemon.log" &
DAEMON_PID=$!
for _ in $(seq 100); do [ -S "$WORK/state/control.sock" ] && break; sleep 0.1; done
[ -S "$WORK/state/control.sock" ] || { echo "daemon did not start:" >&2; cat "$WORK/daemon.log" >&2; exit 1; }

now_ms() { date +%s%3N; }
echo "hushnote stop-to-draft latency, $(nproc) cores, $RUNS memos of ~30 s through a virtual microphone"
printf "%-4s %8s %9s %10s %8s %8s %7s %8s\n" run memo_s eos_ms stop2draft asr_ms draft_ms write_ms other_ms
ROWS="$WORK/rows"
: > "$ROWS"
for run in $(seq 1 "$RUNS"); do
  memo="$WORK/memo$(( (run - 1) % 6 )).wav"
  before=$(ls "$WORK/inbox" 2>/dev/null | wc -l)
  H record >/dev/null
  sleep 0.3
  paplay --device=memo_sink "$memo"
  played=$(now_ms)
  for _ in $(seq 3000); do
    [ "$(ls "$WORK/inbox" 2>/dev/null | wc -l)" -gt "$before" ] && break
    sleep 0.02
  done
  seen=$(now_ms)
  [ "$(ls "$WORK/inbox" | wc -l)" -gt "$before" ] || { echo "no draft after 60 s" >&2; tail "$WORK/daemon.log" >&2; exit 1; }
  H status --json | python3 -c '
import json, sys
s = json.load(sys.stdin)["last_job"]
played, seen, run = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
s2d = s["stop_to_draft_ms"]
eos = max(0, seen - played - s2d)
other = s2d - s["asr_ms"] - s["draft_ms"] - s["write_ms"]
print(run, s["recorded_ms"] / 1000, eos, s2d, s["asr_ms"], s["draft_ms"], s["write_ms"], other)
' "$played" "$seen" "$run" | tee -a "$ROWS" | awk '{printf "%-4s %8.1f %9d %10d %8d %8d %7d %8d\n", $1,$2,$3,$4,$5,$6,$7,$8}'
done
python3 - "$ROWS" <<'PY'
import statistics, sys
rows = [list(map(float, l.split())) for l in open(sys.argv[1]) if l.strip()]
cols = ["memo_s", "eos_ms", "stop_to_draft_ms", "asr_ms", "draft_ms", "write_ms", "other_ms"]
med = {c: statistics.median(r[i + 1] for r in rows) for i, c in enumerate(cols)}
print("median: " + ", ".join(f"{c}={med[c]:.0f}" if c != "memo_s" else f"{c}={med[c]:.1f}" for c in cols))
verdict = "meets" if med["stop_to_draft_ms"] <= 4000 else "misses"
print(f"median stop-to-draft {med['stop_to_draft_ms'] / 1000:.2f} s {verdict} the 4 s target "
      f"(end-of-speech detection adds {med['eos_ms'] / 1000:.2f} s before the stop)")
PY
