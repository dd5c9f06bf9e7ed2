//! `evaluate()` for JavaScript hosts: the JSON contract of `oih-assess`,
//! built as its own wasm (feature `wasm-api`) so the widget stays small.
//! It also reads FHIR QuestionnaireResponses and writes them (`to_fhir`),
//! and makes the widget's summary for the doctor (`summary`) and FHIR file
//! (`fhir_file`): parts a patient rarely opens, so the widget loads this
//! wasm only when asked (www/element.js).

use wasm_bindgen::prelude::*;

use crate::contract::FieldError;
use crate::summary::{authored, fhir_file_name, made_at, parts, to_html, to_text};
use crate::texts::{Lang, Texts};
use crate::{assessment, contract, fhir};

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

/// The widget's summary for the doctor, made now (the browser's clock and
/// time zone) from its input (contract JSON), the medicines' names as
/// entered (brand and strength as printed, one line per medicine of the
/// input, empty for a generic) and the number of medicine entries not
/// counted until fixed: HTML to print when `html`, else text to copy. The
/// same parts either way (`crate::summary`).
#[wasm_bindgen]
pub fn summary(
    input: &str,
    names: &str,
    lang: &str,
    not_counted: usize,
    html: bool,
) -> Result<String, JsError> {
    let input = contract::parse_input(input).map_err(|error| js_error(&error))?;
    let t = Lang::from_tag(lang).texts();
    let now = Now::new(t);
    let parts = parts(
        t,
        &input,
        &assessment::assess(&input),
        &now.words,
        not_counted,
        &now.file,
        &names.split('\n').collect::<Vec<_>>(),
    );
    Ok(if html {
        to_html(&parts)
    } else {
        to_text(&parts)
    })
}

/// The printed summary's stylesheet, minified by build.rs.
#[wasm_bindgen]
pub fn summary_css() -> String {
    include_str!(concat!(env!("OUT_DIR"), "/summary.min.css")).into()
}

/// The FHIR file for the widget's download, made now: its name (the one the
/// summary gives) and its text (`to_fhir` with `authored` now).
#[wasm_bindgen]
pub fn fhir_file(input: &str) -> Result<Vec<String>, JsError> {
    let now = Now::new(Lang::En.texts());
    let text = fhir::to_fhir(input, &now.authored).map_err(|error| js_error(&error))?;
    Ok(vec![now.file, text])
}

/// Now, in the browser's time zone: in words, as FHIR `authored`, and the
/// FHIR file's name.
struct Now {
    words: String,
    authored: String,
    file: String,
}

impl Now {
    fn new(t: &Texts) -> Now {
        let d = js_sys::Date::new_0();
        let date = (d.get_full_year(), d.get_month(), d.get_date());
        let offset = -(d.get_timezone_offset() as i32);
        Now {
            words: made_at(t, date, (d.get_hours(), d.get_minutes()), offset),
            authored: authored(
                date,
                (d.get_hours(), d.get_minutes(), d.get_seconds()),
                offset,
            ),
            file: fhir_file_name(date),
        }
    }
}

fn js_error(error: &FieldError) -> JsError {
    JsError::new(&format!("{}: {}", error.field, error.message()))
}
