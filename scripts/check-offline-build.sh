#!/usr/bin/env bash
# The guard for the offline widget build (`trunk build --offline`, Makefile):
# fails, naming what is missing, when this machine's caches do not hold
# everything that build reads. Cheap when all is there (under a second): it
# only asks cargo, offline, whether every crate is already downloaded, and
# the tools for their versions.
#
# Why it exists: CI runs on a machine whose cargo registry earlier runs have
# filled, so an offline build passes there even when no step of ours ever
# downloads what it needs; a new machine then fails (issue 21: std's crates
# for -Zbuild-std). `make test` runs this right after scripts/ensure-tools.sh,
# so a fetch step that goes missing fails here, by name, on any machine whose
# cache lacks it; the proof on an empty cache is a `CARGO_HOME=$(mktemp -d)`
# run (tests/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

failed=0
missing() { printf '[offline-build] missing: %s\n' "$*" >&2; failed=1; }

if ! out=$(cargo fetch --offline --locked 2>&1); then
  missing "the project's crates in the cargo registry (${CARGO_HOME:-$HOME/.cargo}); run scripts/ensure-tools.sh build"
  printf '%s\n' "$out" | grep -m1 -E 'error' >&2 || true
fi

nightly=$(cat scripts/nightly-toolchain)
if ! sysroot=$(rustc "+${nightly}" --print sysroot 2>/dev/null); then
  missing "Rust ${nightly}; run scripts/ensure-tools.sh build"
elif [ ! -f "$sysroot/lib/rustlib/src/rust/library/Cargo.toml" ]; then
  missing "rust-src for ${nightly}; run scripts/ensure-tools.sh build"
elif ! out=$(cargo "+${nightly}" fetch --offline --locked \
    --manifest-path "$sysroot/lib/rustlib/src/rust/library/Cargo.toml" 2>&1); then
  missing "std's crates for -Zbuild-std (${nightly}) in the cargo registry; run scripts/ensure-tools.sh build"
  printf '%s\n' "$out" | grep -m1 -E 'error' >&2 || true
fi

want_bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
wasm-bindgen --version 2>/dev/null | grep -q " ${want_bindgen}$" \
  || missing "wasm-bindgen ${want_bindgen} on PATH"
want_trunk=$(sed -n 's/^TRUNK_VERSION=//p' scripts/ensure-tools.sh)
trunk --version 2>/dev/null | grep -q " ${want_trunk}$" || missing "trunk ${want_trunk} on PATH"
command -v wasm-opt >/dev/null || missing "wasm-opt (npm binaryen) on PATH"

if [ "$failed" = 1 ]; then
  echo "[offline-build] an offline build would fail on this machine (see above)" >&2
  exit 1
fi
echo "[offline-build] everything the offline widget build reads is here"
