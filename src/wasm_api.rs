//! `evaluate()` for JavaScript hosts: the JSON contract of `oih-assess`,
//! built as its own wasm (feature `wasm-api`) so the widget stays small.

use wasm_bindgen::prelude::*;

/// Input JSON text in, the output as a plain object out. On invalid input,
/// throws an `Error` whose message starts with the field's path
/// (`medications[1].amount: ...`).
#[wasm_bindgen]
pub fn evaluate(input: &str) -> Result<JsValue, JsError> {
    match crate::contract::evaluate(input) {
        Ok(output) => {
            js_sys::JSON::parse(&output).map_err(|_| JsError::new("output: could not be read"))
        }
        Err(error) => Err(JsError::new(&format!(
            "{}: {}",
            error.field,
            error.message()
        ))),
    }
}
