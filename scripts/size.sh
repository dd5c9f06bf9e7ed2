#!/usr/bin/env bash
# Prints bytes (raw and gzip -9) of every file dist/index.html loads.
set -euo pipefail
cd "$(dirname "$0")/../dist"
total_raw=0; total_gz=0
for f in index.html *.js *.wasm *.css snippets/*/www/*.js; do
  [ -f "$f" ] || continue
  raw=$(stat -c%s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-60s %8d %8d\n' "$f" "$raw" "$gz"
done
printf '%-60s %8d %8d\n' "TOTAL (raw, gzip -9)" "$total_raw" "$total_gz"
