# The two commands: `make serve` and `make test`. Both install what is missing.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium

.PHONY: serve build test tools lint test-native test-wasm test-e2e bench bench-browser size screenshots

## Build and serve the widget at http://127.0.0.1:8080 (rebuilds on change).
serve: tools
	trunk serve --release --offline

## Write the deployable files to dist/.
build: tools
	trunk build --release --offline

tools:
	scripts/ensure-tools.sh build

## Everything CI runs: format, lints, native tests, browser tests, a short fuzz run.
test: tools
	scripts/ensure-tools.sh browser
	$(MAKE) lint test-native test-wasm build test-e2e

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features widget --lib --test components -- -D warnings

test-native:
	cargo test

## Component tests in headless Chromium (wasm-bindgen-test).
test-wasm:
	cargo test --target wasm32-unknown-unknown --no-default-features --features widget --test components

## End-to-end tests that drive the built page in headless Chromium.
test-e2e:
	node --test --test-concurrency=1 tests/e2e/

## Native benchmark of one assessment (criterion).
bench:
	cargo bench --bench assess

## In headless Chromium: bytes of every file the page loads (raw, gzipped),
## and the time from navigation to the first question being usable.
size bench-browser: build
	node tests/e2e/bench.mjs

## Reference screenshots under tests/screenshots/.
screenshots: build
	UPDATE_SCREENSHOTS=1 node --test tests/e2e/screenshots.test.mjs
