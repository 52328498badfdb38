#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/, cargo-fuzz on the stable toolchain via RUSTC_BOOTSTRAP) and
# runs each for SECONDS (default 60), printing executions and coverage per target.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
# Needs `cargo install cargo-fuzz --locked`. Crash inputs land in fuzz/artifacts/<target>/;
# new corpus entries in $FUZZ_WORK/corpus/<target> (the committed seeds stay as they are).
# Runs niced, one process on one core (no -jobs: libFuzzer would fork and log elsewhere);
# CI does not run it.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-60}
shift || true
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR=${FUZZ_TARGET_DIR:-$HOME/.cache/hushnote/fuzz-target}
export CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2}
FUZZ_WORK=${FUZZ_WORK:-$HOME/.cache/hushnote/fuzz-work}
command -v cargo-fuzz >/dev/null || { echo "cargo-fuzz missing: cargo install cargo-fuzz --locked" >&2; exit 2; }

cd fuzz
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  mapfile -t targets < <(cargo fuzz list)
fi
# No sanitizer (safe Rust; 2-3x faster), overflow checks on; fuzz/src/lib.rs caps allocations.
nice -n 10 cargo fuzz build -O -a -s none --target-dir "$CARGO_TARGET_DIR" >&2
bin_dir="$CARGO_TARGET_DIR/x86_64-unknown-linux-gnu/release"

printf '%-18s %10s %8s %8s %6s %s\n' target execs cov ft secs result
status=0
for t in "${targets[@]}"; do
  work="$FUZZ_WORK/corpus/$t"
  mkdir -p "$work" "artifacts/$t"
  log="$FUZZ_WORK/$t.log"
  set +e
  nice -n 10 "$bin_dir/$t" "$work" "corpus/$t" -max_total_time="$SECONDS_EACH" \
    -rss_limit_mb=2048 -timeout=10 -max_len=65536 -print_final_stats=1 \
    -artifact_prefix="artifacts/$t/" >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  last=$(grep -E '^#[0-9]+.*cov: [0-9]+' "$log" | tail -1 || true)
  cov=$(sed -nE 's/.*cov: ([0-9]+).*/\1/p' <<<"$last")
  ft=$(sed -nE 's/.* ft: ([0-9]+).*/\1/p' <<<"$last")
  secs=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE '[0-9]+ second' | grep -oE '[0-9]+' || echo "-")
  if [ $rc -eq 0 ]; then result=ok; else result="CRASH (rc $rc, see $log and fuzz/artifacts/$t/)"; status=1; fi
  printf '%-18s %10s %8s %8s %6s %s\n' "$t" "${execs:--}" "${cov:--}" "${ft:--}" "$secs" "$result"
done
exit $status
