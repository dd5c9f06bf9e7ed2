# The two commands: `make serve` and `make test`. Both install what is missing.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
# cargo install writes to $CARGO_HOME/bin (~/.cargo/bin unless CARGO_HOME is set).
export PATH := $(CURDIR)/node_modules/.bin:$(or $(CARGO_HOME),$(HOME)/.cargo)/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver
export CHROMIUM ?= /usr/bin/chromium

.PHONY: serve build test tools lint test-native test-wasm test-e2e test-e2e-chromium test-e2e-firefox test-webkit test-fhir fhir-files fuzz bench bench-browser size screenshots readability review-texts mutants package test-package

# The widget's wasm is built with a pinned nightly (scripts/nightly-toolchain,
# installed by scripts/ensure-tools.sh with its rust-src) for flags stable
# Rust lacks: std rebuilt with the widget's size settings, a panic is a trap
# (no panic machinery; scripts/wasm-glue.mjs keeps the crash screen), no
# panic locations and no `{:?}` formatting code. About 16 KB gzipped less;
# see ARCHITECTURE.md.
NIGHTLY := $(shell cat scripts/nightly-toolchain)
WASM_ENV := RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"

## Build and serve the widget at http://127.0.0.1:8080 (rebuilds on change).
serve: tools
	$(WASM_ENV) trunk serve --release --offline

## Write the deployable files to dist/.
build: tools
	$(WASM_ENV) trunk build --release --offline

## The npm package: target/package/oih-checklist-<version>.tgz (npm pack),
## from dist/ and www/package/ (scripts/package.mjs). Never published here:
## `npm publish target/package/oih-checklist-<version>.tgz` does that.
package: build
	node scripts/package.mjs

## The package as a web team uses it (tests/package/): its files and types,
## then, from empty folders under target/package-test/ with only the
## registry's packages (tests/package/{react,vue}/package-lock.json) and the
## tarball, a Vite + React 19 + TypeScript app, a Vite + Vue 3 app and a plain
## page from a copy of the CDN layout: type checks, `vite build`, Vite's dev
## server, and each in headless Chromium. Needs the npm registry.
test-package: package
	scripts/ensure-tools.sh browser
	node --test --test-concurrency=1 tests/package/

## Installs what is missing, then the guard: fails, naming it, if anything
## the offline build reads is still not on this machine.
tools:
	scripts/ensure-tools.sh build
	scripts/check-offline-build.sh

## Everything CI runs: format, lints, native tests, browser tests in three
## engines, the npm package in React, Vue and a CDN page, a short fuzz run,
## and the size budget.
test: tools
	scripts/ensure-tools.sh browser firefox webkit fuzz
	$(MAKE) lint test-native test-fhir test-wasm fuzz FUZZ_SECONDS=15
	$(MAKE) build test-e2e test-package size

lint:
	cargo fmt --all --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features widget,lang-en --lib --test components -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features widget,lang-es --lib -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features diary-ui --lib -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --no-default-features --features wasm-api --lib -- -D warnings

test-native:
	cargo test

## FHIR R4: the Rust round trips and error paths, then the resources checked by
## the official R4 JSON schema (ajv), @medplum/core's validator and our own
## rules, and loaded into LHC-Forms in headless Chromium.
test-fhir:
	cargo test --test fhir
	node --test --test-concurrency=1 tests/fhir/

## Rewrite the published FHIR resources (www/fhir/, copied to dist/fhir/ by
## the build) from the Rust tables; tests/fhir.rs fails until this is run.
fhir-files:
	cargo run --quiet --bin oih-assess -- --fhir-questionnaire > www/fhir/Questionnaire-oih-checklist.json
	cargo run --quiet --bin oih-assess -- --fhir-code-system > www/fhir/CodeSystem-oih-checklist.json
	cargo run --quiet --bin oih-assess -- --fhir-diary-questionnaire > www/fhir/Questionnaire-oih-diary.json

## Component tests in headless Chromium (wasm-bindgen-test).
test-wasm:
	cargo test --target wasm32-unknown-unknown --no-default-features --features widget,lang-en --test components

## End-to-end tests of the built page in each engine: the suite in headless
## Chromium, then in Firefox ESR (tests/e2e/README.md lists what it skips),
## then the WebKit suite. (Also builds the crash-test variant the panic test needs.)
test-e2e: test-e2e-chromium test-e2e-firefox test-webkit

test-e2e-chromium:
	$(WASM_ENV) scripts/build-crash-test.sh
	node --test --test-concurrency=1 tests/e2e/

## Debian's Firefox ESR, driven by playwright-core over WebDriver BiDi.
test-e2e-firefox:
	scripts/ensure-tools.sh firefox
	$(WASM_ENV) scripts/build-crash-test.sh
	# (A time limit: once, a failed test's open page kept Firefox from closing.)
	OIH_BROWSER=firefox timeout 1800 node --test --test-concurrency=1 tests/e2e/

## WebKit (Safari's engine): WebKitGTK's MiniBrowser through WebKitWebDriver
## and selenium-webdriver, under a virtual display.
test-webkit:
	scripts/ensure-tools.sh webkit
	xvfb-run -a node --test --test-concurrency=1 tests/webkit/

## Fuzz the JSON contract, --from-fhir and the typed amount field (nightly, cargo-fuzz).
FUZZ_SECONDS ?= 300
fuzz:
	scripts/ensure-tools.sh fuzz
	mkdir -p target
	for target in contract from_fhir typed_amount; do \
	  mkdir -p fuzz/corpus/$$target; \
	  if cargo +$(NIGHTLY) fuzz run $$target fuzz/corpus/$$target fuzz/seeds/$$target -- \
	      -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 > target/fuzz-$$target.log 2>&1; then \
	    echo "fuzz $$target: $$(grep -E '^Done' target/fuzz-$$target.log)"; \
	  else \
	    tail -n 40 target/fuzz-$$target.log; echo "fuzz $$target FAILED (see fuzz/artifacts/$$target)"; exit 1; \
	  fi; \
	done

## Native benchmark of one assessment (criterion).
bench:
	cargo bench --bench assess

## The widget's first load (every file the browser fetches before the first
## question is usable, standalone and through the embed snippet): raw, gzip,
## brotli. Fails when either is over 100 KiB gzipped (a budget, part of `make test`).
size: build
	scripts/ensure-tools.sh browser
	node tests/bench/size.mjs

## One headless Chromium run (RUNS cold loads per page, default 9): plain page,
## widget standalone and embedded, LHC-Forms; transfer, first usable question,
## click to DOM, heap; desktop and mobile profiles. Figures only, never fails
## on a timing (definitions in tests/bench/bench-browser.mjs).
bench-browser: build
	scripts/ensure-tools.sh browser
	node tests/bench/bench-browser.mjs

## Reference screenshots under tests/screenshots/.
screenshots: build
	node tests/e2e/screenshots.mjs

## Flesch-Kincaid reading grade of the text the widget shows (a figure, not a test),
## then the Spanish texts' Fernández-Huerta (target 70 or more) and INFLESZ
## (Szigriszt-Pazos, target 65 or more) from textstat's Spanish settings, with
## textstat's English grade of the same texts and the 10 hardest Spanish texts
## (tests/readability_es.py; textstat in its own venv, target/readability-venv).
readability: build
	scripts/ensure-tools.sh readability
	node tests/e2e/readability.mjs
	cargo run --quiet --bin oih-assess -- --texts > target/readability-texts.jsonl
	target/readability-venv/bin/python tests/readability_es.py target/readability-texts.jsonl

## The page a Spanish-speaking clinician reviews the translation on: every
## English text beside its Spanish, with its sources (src/texts/review.rs,
## `oih-assess --review-texts`), written to target/review-texts.html.
review-texts:
	mkdir -p target
	cargo run --quiet --bin oih-assess -- --review-texts > target/review-texts.html.part
	mv target/review-texts.html.part target/review-texts.html
	@echo "$(CURDIR)/target/review-texts.html"

## Mutation testing of the core (cargo-mutants): every mutant must be caught
## by a test, or be listed below with the reason it cannot be. Slow (about
## 20 minutes on 2 cores), so not part of `make test`.
MUTATED := src/assessment/*.rs src/contract/*.rs src/form.rs src/diary_form.rs src/medicine.rs src/decimal.rs src/diary/*.rs
# Mutants that no test can tell apart from the original, one reason each
# (regexes for --exclude-re; \s for a space):
#  - parse_exponent `> 9` as `>= 9`: a 9-digit exponent saturates to 1e9
#    instead of its exact value; either is rejected for every dose alike.
#  - duplicate_keys' Walk::expecting: serde calls it only to describe a type
#    it cannot take, and Walk takes every JSON value (deserialize_any).
MUTANTS_EXCLUDE := \
  'replace\s>\swith\s>=\sin\sparse_exponent' \
  'Walk.*::expecting'

mutants:
	scripts/ensure-tools.sh mutants
	# 8 GB of address space at most: a mutant that drops a bound can
	# otherwise allocate all the memory before its timeout.
	ulimit -v 8388608 && cargo mutants --no-shuffle --timeout 120 $(foreach f,$(wildcard $(MUTATED)),--file $(f)) \
	  $(foreach re,$(MUTANTS_EXCLUDE),--exclude-re $(re))
