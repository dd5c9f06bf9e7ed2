//! Any bytes through the JSON contract: never a panic, and every answer is
//! either an output or an error object naming a field.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oih_checklist::assessment::RULES_VERSION;
use oih_checklist::contract;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match contract::evaluate(&text) {
        Ok(output) => assert!(output.starts_with(&format!(
            "{{\"rules_version\":\"{RULES_VERSION}\",\"level\":"
        ))),
        Err(error) => {
            assert!(!error.field.is_empty());
            assert!(error.to_json().starts_with("{\"error\":{\"field\":"));
        }
    }
});
