#!/usr/bin/env bash
# Builds the widget with the `crash-test` feature (release profile and the
# Makefile's WASM_ENV, as shipped: panic = "immediate-abort") into target/crash-test-dist/ for the browser test
# of the panic hook (two elements, the second in Spanish: this build speaks
# both, so one wasm renders both). Never deployed.
set -euo pipefail
cd "$(dirname "$0")/.."
out=target/crash-test-dist
export CARGO_TARGET_DIR=target/crash-test
cargo build --quiet --release --lib --target wasm32-unknown-unknown --no-default-features --features widget,crash-test,lang-en,lang-es
rm -rf "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name widget "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/oih_checklist.wasm"
# As shipped: short names and the glue's crash guard (a panic is a trap).
node scripts/wasm-glue.mjs "$out/widget.js" "$out/widget_bg.wasm"
cat > "$out/index.html" <<'HTML'
<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>crash test</title><link rel="icon" href="data:,">
<script type="module">import init from './widget.js'; init();</script></head>
<body><oih-checklist></oih-checklist><oih-checklist lang="es"></oih-checklist></body></html>
HTML
