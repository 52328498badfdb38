#!/usr/bin/env bash
# Sets everything up (packages, build, verified models) and starts the hushnote daemon in the
# foreground. Idempotent; fast the second time.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh runtime

cfg_args=()
[ -n "${HUSHNOTE_CONFIG:-}" ] && cfg_args=(--config "$HUSHNOTE_CONFIG")
cat >&2 <<TXT

hushnote is ready. Binary: $HUSHNOTE_BIN
  Record a memo:      $HUSHNOTE_BIN record        (bind '$HUSHNOTE_BIN record --toggle' to a key)
  Transcribe a file:  $HUSHNOTE_BIN transcribe memo.m4a
  Draft from a file:  $HUSHNOTE_BIN process memo.m4a --format SOAP
Starting the daemon (Ctrl-C to stop). Its first line names the folders: drafts appear in
"inbox"; drop phone memos (wav, m4a, mp3, flac, ogg) or typed memos (.txt, .md) into
"incoming" (a subfolder named after a format, e.g. incoming/birp, picks the format).
TXT
exec "$HUSHNOTE_BIN" "${cfg_args[@]}" daemon
