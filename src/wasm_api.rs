//! `evaluate()` for JavaScript hosts: the JSON contract of `oih-assess`,
//! built as its own wasm (feature `wasm-api`) so the widget stays small.
//! It also reads FHIR QuestionnaireResponses and writes them (`to_fhir`).

use wasm_bindgen::prelude::*;

use crate::contract::FieldError;
use crate::{contract, fhir};

/// Input JSON text in, the output as a plain object out. The input may also
/// be a FHIR R4 QuestionnaireResponse (told apart by its `resourceType`),
/// read as `oih-assess --from-fhir` reads it. On invalid input, throws an
/// `Error` whose message starts with the field's path
/// (`medications[1].amount: ...`, `item[4].answer[0].valueCoding.code: ...`).
#[wasm_bindgen]
pub fn evaluate(input: &str) -> Result<JsValue, JsError> {
    let output = if fhir::is_resource(input) {
        fhir::evaluate(input)
    } else {
        contract::evaluate(input)
    };
    match output {
        Ok(output) => {
            js_sys::JSON::parse(&output).map_err(|_| JsError::new("output: could not be read"))
        }
        Err(error) => Err(js_error(&error)),
    }
}

/// Input JSON text and an `authored` FHIR dateTime with a time zone (such as
/// `new Date().toISOString()`) in; the QuestionnaireResponse out as the text
/// of a JSON file, byte for byte what `oih-assess --to-fhir --authored` writes.
/// Throws like `evaluate` (the field `authored` for a bad time).
#[wasm_bindgen]
pub fn to_fhir(input: &str, authored: &str) -> Result<String, JsError> {
    fhir::to_fhir(input, authored).map_err(|error| js_error(&error))
}

fn js_error(error: &FieldError) -> JsError {
    JsError::new(&format!("{}: {}", error.field, error.message()))
}
