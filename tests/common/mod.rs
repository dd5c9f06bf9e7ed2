//! Helpers shared by the native test files.
#![allow(dead_code)]

use oih_checklist::contract;
use serde_json::{json, Map, Value};

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

/// The output for these answers' `action`.
pub fn action(a: Value) -> String {
    answers(a)["action"].as_str().unwrap().to_string()
}

/// The output's fields, in the order of the contract.
pub const OUTPUT_FIELDS: [&str; 14] = [
    "rules_version",
    "level",
    "action",
    "red_flags",
    "signs",
    "risk_factors",
    "pattern",
    "safety",
    "mme_per_day",
    "dose_band",
    "mme_unconverted",
    "mme_excluded",
    "unsure",
    "unanswered",
];

/// Every question, in the order of the table (`duration` and
/// `response_to_increase` are asked only when they apply).
pub const QUESTIONS_IN_ORDER: [&str; 13] = [
    "seizure",
    "opioid_use",
    "duration",
    "dose_increased",
    "response_to_increase",
    "kidney",
    "liver",
    "pain_worse_despite_dose",
    "more_sensitive",
    "pain_spread",
    "allodynia",
    "pain_different",
    "myoclonus",
];

/// `QUESTIONS_IN_ORDER` but for `left_out`, in the same order.
pub fn questions_except(left_out: &[&str]) -> Vec<&'static str> {
    QUESTIONS_IN_ORDER
        .into_iter()
        .filter(|q| !left_out.contains(q))
        .collect()
}

/// The sign questions whose `unsure` counts in U (clinical-content.md v3):
/// the six sign questions and `response_to_increase`.
pub fn u_questions() -> Vec<&'static str> {
    questions_except(&[
        "seizure",
        "opioid_use",
        "duration",
        "dose_increased",
        "kidney",
        "liver",
    ])
}

/// Every question that applies to `current` use answered `no` (duration
/// `1_to_3_months`, no `response_to_increase`), then `changes` on top.
pub fn all_no(changes: Value) -> Value {
    let mut a = Map::new();
    for q in questions_except(&["opioid_use", "duration", "response_to_increase"]) {
        a.insert(q.into(), json!("no"));
    }
    a.insert("opioid_use".into(), json!("current"));
    a.insert("duration".into(), json!("1_to_3_months"));
    for (k, v) in changes.as_object().unwrap() {
        a.insert(k.clone(), v.clone());
    }
    Value::Object(a)
}

// ------------------------------------------------------- worked examples
// What versions 2 and 3 both say of the public worked examples.

/// Worked example 3 as a version 3 contract input: two oxycodone tablets
/// at a time, a patch, and methadone for opioid use disorder.
pub fn worked_example_3_input() -> Value {
    json!({
        "answers": { "opioid_use": "current", "duration": "over_3_months", "dose_increased": "yes",
                     "response_to_increase": "worse", "allodynia": "yes", "seizure": "no" },
        "medications": [ { "drug": "oxycodone", "amount": 10, "per_dose": 2, "times_per_day": 3 },
                         { "drug": "fentanyl_patch", "amount": 25 },
                         { "drug": "methadone", "amount": 60, "times_per_day": 1,
                           "purpose": "opioid_use_disorder" } ]
    })
}

/// Worked example 5's answers: stopped recently, two signs.
pub fn worked_example_5_answers() -> Value {
    json!({ "opioid_use": "stopped_recently", "more_sensitive": "yes", "pain_spread": "yes" })
}

pub fn assert_worked_example_5(out: &Value) {
    assert_eq!(out["level"], "some_signs");
    assert_eq!(out["action"], "next_appointment");
    assert_eq!(out["pattern"], "withdrawal");
    assert_eq!(strings(&out["risk_factors"]), ["recent_stop"]);
    assert_eq!(
        strings(&out["safety"]),
        ["overdose_signs", "naloxone", "lost_tolerance"]
    );
}

/// Worked example 6's answers: the same experience twice.
pub fn worked_example_6_answers() -> Value {
    json!({ "opioid_use": "current", "dose_increased": "yes",
        "response_to_increase": "worse", "pain_worse_despite_dose": "yes" })
}

pub fn assert_worked_example_6(out: &Value) {
    assert_eq!(
        strings(&out["signs"]),
        ["pain_worse_despite_dose", "worse_after_increase"]
    );
    assert_eq!(out["level"], "some_signs", "F = 1");
    assert_eq!(out["pattern"], "oih");
}

/// Worked example 7's answers: twitching with kidney disease, the rest `no`.
pub fn worked_example_7_answers() -> Value {
    all_no(json!({ "myoclonus": "yes", "kidney": "yes" }))
}

pub fn assert_worked_example_7(out: &Value) {
    assert_eq!(out["level"], "some_signs", "F = 0, N = 1");
    assert_eq!(out["action"], "doctor_within_days");
    assert_eq!(out["pattern"], "unclear");
    assert_eq!(strings(&out["signs"]), ["myoclonus"]);
    assert_eq!(strings(&out["risk_factors"]), ["kidney"]);
    assert_eq!(strings(&out["unanswered"]), Vec::<&str>::new());
}

/// Worked example 8's answers: past use, and other answers that are ignored.
pub fn worked_example_8_answers() -> Value {
    json!({ "opioid_use": "past", "kidney": "yes", "allodynia": "yes" })
}

/// What both versions check of worked example 8 (each checks one more field).
pub fn assert_worked_example_8(out: &Value) {
    assert_eq!(out["level"], "not_applicable");
    assert_eq!(out["action"], "none");
    assert_eq!(strings(&out["signs"]), Vec::<&str>::new());
    assert_eq!(strings(&out["risk_factors"]), Vec::<&str>::new());
}
