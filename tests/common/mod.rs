//! Helpers shared by the native test files.
#![allow(dead_code)]

use oih_checklist::contract;
use serde_json::Value;

/// Runs the contract on a JSON value; an error comes back as its error object.
pub fn run(input: Value) -> Value {
    run_text(&input.to_string())
}

pub fn run_text(input: &str) -> Value {
    let text = contract::evaluate(input).unwrap_or_else(|e| e.to_json());
    serde_json::from_str(&text).expect("the contract always writes JSON")
}

/// The output for these answers and no medicines.
pub fn answers(answers: Value) -> Value {
    run(serde_json::json!({ "answers": answers }))
}

/// The `field` of an error, panicking with the output when it is not one.
pub fn error_field(output: &Value) -> String {
    match output.pointer("/error/field").and_then(Value::as_str) {
        Some(field) => {
            let message = output
                .pointer("/error/message")
                .and_then(Value::as_str)
                .unwrap_or("");
            assert!(
                !message.is_empty(),
                "an error always has a message: {output}"
            );
            field.to_string()
        }
        None => panic!("expected an error, got {output}"),
    }
}

pub fn strings(value: &Value) -> Vec<&str> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not a list: {value}"))
        .iter()
        .map(|v| v.as_str().expect("a string"))
        .collect()
}

/// `mme_per_day` as its exact JSON text (`null` when absent).
pub fn mme_text(output: &Value) -> String {
    output["mme_per_day"].to_string()
}
