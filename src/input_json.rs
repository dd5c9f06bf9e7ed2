//! A valid [`Input`] written as the contract's input JSON, by hand: the
//! widget has no JSON library (serde_json costs ~40 KB of wasm), yet its
//! FHIR download goes through the contract wasm, which reads this text.
//! Keys in the order of the questions table and of the contract; numbers as
//! exact decimal text; `per_dose` and `purpose` only when they are not the
//! defaults (1, `pain`), so a version 2 input is written as it was.
//! `tests/input_json.rs` parses every output back.

use crate::assessment::Input;
use crate::content::drugs::Purpose;
use crate::content::questions::QUESTIONS;

pub fn to_json(input: &Input) -> String {
    let mut out = String::from("{\"answers\":{");
    let mut first = true;
    for q in &QUESTIONS {
        if let Some(value) = input.answers.raw(q.id) {
            if !first {
                out.push(',');
            }
            first = false;
            // Keys and values come from the tables: plain ASCII, no escaping.
            out += "\"";
            out += q.key;
            out += "\":\"";
            out += value;
            out += "\"";
        }
    }
    out += "},\"medications\":[";
    for (i, m) in input.medications.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out += "{\"drug\":\"";
        out += m.drug.id;
        out += "\"";
        if let Some(amount) = m.amount {
            out += ",\"amount\":";
            out += &amount.to_string();
        }
        if m.per_dose != 1 {
            out += ",\"per_dose\":";
            out += &m.per_dose.to_string();
        }
        if let Some(times) = m.times_per_day {
            out += ",\"times_per_day\":";
            out += &times.to_string();
        }
        if m.purpose != Purpose::Pain {
            out += ",\"purpose\":\"";
            out += m.purpose.id();
            out += "\"";
        }
        out.push('}');
    }
    out += "]}";
    out
}
