//! The widget's hand-written contract JSON reads back as the same input.
#![cfg(not(target_arch = "wasm32"))]

use oih_checklist::contract::parse_input;
use oih_checklist::input_json::to_json;
use serde_json::Value;

#[test]
fn every_vignette_round_trips_through_the_hand_written_json() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vignettes");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).unwrap();
            let input = parse_input(&case["input"].to_string()).unwrap();
            let written = to_json(&input);
            let again = parse_input(&written).unwrap_or_else(|e| panic!("{written}: {e:?}"));
            assert_eq!(again, input, "{written}");
            // The same JSON value as the vignette's own input, apart from
            // an absent medicines list and key order.
            let mut expected = case["input"].clone();
            if expected.get("medications").is_none() {
                expected["medications"] = Value::Array(Vec::new());
            }
            let written: Value = serde_json::from_str(&written).unwrap();
            assert_eq!(normalise(written), normalise(expected));
            count += 1;
        }
    }
    assert!(count >= 40, "{count}");
}

/// Numbers compared by value (`20` and `20.0` are the same amount).
fn normalise(v: Value) -> Value {
    match v {
        Value::Number(n) => Value::String(n.as_f64().unwrap().to_string()),
        Value::Array(a) => Value::Array(a.into_iter().map(normalise).collect()),
        Value::Object(o) => Value::Object(o.into_iter().map(|(k, v)| (k, normalise(v))).collect()),
        other => other,
    }
}

#[test]
fn version_3_fields_are_written_when_they_are_not_the_defaults() {
    let input = r#"{"answers":{"seizure":"yes_checked"},"medications":[{"drug":"oxycodone","amount":5,"per_dose":2,"times_per_day":6},{"drug":"fentanyl_patch","amount":25,"per_dose":10},{"drug":"methadone","amount":80,"per_dose":1,"times_per_day":1,"purpose":"opioid_use_disorder"},{"drug":"buprenorphine","purpose":"pain"},{"drug":"buprenorphine","purpose":"opioid_use_disorder"}]}"#;
    let parsed = parse_input(input).unwrap();
    let written = to_json(&parsed);
    assert_eq!(
        written,
        r#"{"answers":{"seizure":"yes_checked"},"medications":[{"drug":"oxycodone","amount":5.0,"per_dose":2,"times_per_day":6},{"drug":"fentanyl_patch","amount":25.0,"per_dose":10},{"drug":"methadone","amount":80.0,"times_per_day":1,"purpose":"opioid_use_disorder"},{"drug":"buprenorphine"},{"drug":"buprenorphine","purpose":"opioid_use_disorder"}]}"#
    );
    assert_eq!(parse_input(&written).unwrap(), parsed);
}
