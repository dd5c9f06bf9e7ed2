//! Any bytes through `oih-assess --from-fhir`: never a panic; every answer is
//! either the contract's output or an error object naming a path; and a
//! response that reads, written back (`--to-fhir`) and read again, gives the
//! same assessment and then the same bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oih_checklist::assessment::RULES_VERSION;
use oih_checklist::fhir;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match fhir::evaluate(&text) {
        Ok(output) => {
            let start = format!("{{\"rules_version\":\"{RULES_VERSION}\",\"level\":");
            assert!(output.starts_with(&start));
            const AUTHORED: &str = "2026-11-25T09:30:00Z";
            let input = fhir::parse_response(&text).expect("it was read once");
            let written = fhir::response_json(&input, AUTHORED).unwrap();
            assert_eq!(fhir::evaluate(&written).unwrap(), output);
            let again = fhir::parse_response(&written).unwrap();
            assert_eq!(fhir::response_json(&again, AUTHORED).unwrap(), written);
        }
        Err(error) => {
            assert!(!error.field.is_empty());
            assert!(error.to_json().starts_with("{\"error\":{\"field\":"));
        }
    }
});
