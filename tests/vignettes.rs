//! Clinical vignettes (tests/vignettes/*.jsonl): each line has the clinical
//! reason it exists (`why`), an input, and the expected output fields,
//! derived by hand from clinical-content.md.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::run;
use serde_json::Value;

#[test]
fn every_vignette_gives_its_expected_result() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vignettes");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("jsonl") {
            continue;
        }
        for (n, line) in std::fs::read_to_string(&path).unwrap().lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let case: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", path.display(), n + 1));
            let why = case["why"]
                .as_str()
                .expect("every vignette says why it exists");
            assert!(why.len() > 20, "a real reason: {why}");
            let output = run(case["input"].clone());
            for (field, expected) in case["expected"].as_object().expect("expected fields") {
                assert_eq!(
                    &output[field],
                    expected,
                    "{}:{} `{field}` ({why})\noutput: {output}",
                    path.display(),
                    n + 1
                );
            }
            count += 1;
        }
    }
    assert!(count >= 30, "{count} vignettes");
}
