//! `evaluate()` for JavaScript hosts: the JSON contract of `oih-assess`,
//! built as its own wasm (feature `wasm-api`) so the widget stays small.
//! It also reads FHIR QuestionnaireResponses and writes them (`to_fhir`),
//! and makes the widget's summary for the doctor (`summary`) and FHIR file
//! (`fhir_file`): parts a patient rarely opens, so the widget loads this
//! wasm only when asked (www/element.js).

use serde::de::{self, Deserializer as _, MapAccess, SeqAccess, Visitor};
use serde::Serialize;
use serde_json::{Map, Number, Value};
use serde_wasm_bindgen::{preserve, Deserializer, Serializer};
use wasm_bindgen::prelude::*;

use crate::assessment::Problem;
use crate::contract::{member, FieldError};
use crate::diary::{file as diary_file, Diary};
use crate::summary::{authored, fhir_file_name, made_at, parts_with_diary, to_html, to_text};
use crate::texts::{Lang, Texts};
use crate::{assessment, contract, fhir};

/// Contract input in, the output as a plain object out. The input is JSON
/// text (kept as it is, for exact decimals) or a JavaScript object, read by
/// serde-wasm-bindgen into the JSON tree the text would give (see [`tree`]).
/// Either may also be a FHIR R4 QuestionnaireResponse (told apart by its
/// `resourceType`), read as `oih-assess --from-fhir` reads it. On invalid
/// input, throws an `Error` whose message starts with the field's path
/// (`medications[1].amount: ...`, `item[4].answer[0].valueCoding.code: ...`).
#[wasm_bindgen]
pub fn evaluate(input: JsValue) -> Result<JsValue, JsError> {
    let input = match input.as_string() {
        Some(text) if fhir::is_resource(&text) => fhir::parse_response(&text),
        Some(text) => contract::parse_input(&text),
        None => tree(input).and_then(|value| {
            if fhir::is_resource_value(&value) {
                fhir::response_from_value(&value)
            } else {
                contract::input_from_value(&value)
            }
        }),
    }
    .map_err(|error| js_error(&error))?;
    let assessment = assessment::assess(&input);
    // `mme_per_day` as the number JSON.parse made of its exact text: the
    // nearest double, by the browser's own parseFloat (Rust's `f64` parser
    // would add about 16 KB of code and tables to this wasm).
    let output = contract::output(&assessment, |text| js_sys::Number::parse_float(&text));
    // Plain objects (not Maps), `null` for no total, as JSON.parse gave.
    output
        .serialize(&Serializer::json_compatible())
        .map_err(|_| JsError::new("output: could not be made"))
}

/// Contract input (JSON text or a JavaScript object, as for `evaluate`) and
/// an `authored` FHIR dateTime with a time zone (such as
/// `new Date().toISOString()`) in; the QuestionnaireResponse out as the text
/// of a JSON file, byte for byte what `oih-assess --to-fhir --authored`
/// writes. Throws like `evaluate` (the field `authored` for a bad time).
#[wasm_bindgen]
pub fn to_fhir(input: JsValue, authored: &str) -> Result<String, JsError> {
    match input.as_string() {
        Some(text) => fhir::to_fhir(&text, authored),
        None => tree(input).and_then(|value| fhir::value_to_fhir(&value, authored)),
    }
    .map_err(|error| js_error(&error))
}

/// How deep a JavaScript value may nest: serde_json's limit for JSON text,
/// so the same inputs are accepted; a cycle stops here too.
const MAX_DEPTH: usize = 128;

/// A JavaScript value as the JSON tree that `JSON.stringify` and then
/// parsing the text would give, so the contract's own checks (and messages)
/// apply. Each number becomes the decimal text of its shortest round-trip
/// form (Rust's `{}` for `f64`, the digits of JavaScript's `String(n)`), read
/// later as an exact decimal, never by arithmetic in `f64`: `7.5` is 7.5 and
/// `0.1` is 0.1. Like `JSON.stringify`, a member whose value is `undefined`
/// is left out (and `undefined` in an array is `null`). What JSON cannot
/// hold (NaN, the infinities, functions, symbols, byte arrays, a Map with
/// keys that are not strings) becomes `null`, so the check of its field
/// names it (`medications[0].amount: Enter a number, like 7.5.`). A BigInt
/// is read as its integer.
fn tree(value: JsValue) -> Result<Value, FieldError> {
    Tree {
        path: "input".into(),
        depth: 0,
    }
    .read(value)
}

/// Reads one value at `path` (`input` at the top, then the contract's
/// paths: `medications[1].amount`).
struct Tree {
    path: String,
    depth: usize,
}

impl Tree {
    fn child(&self, path: String) -> Tree {
        Tree {
            path,
            depth: self.depth + 1,
        }
    }

    fn read(self, value: JsValue) -> Result<Value, FieldError> {
        if self.depth > MAX_DEPTH {
            return Err(FieldError::new(
                self.path,
                Problem::NotJson(format!("nested more than {MAX_DEPTH} levels deep")),
            ));
        }
        // The deserializer's own error is a value JSON cannot hold.
        Deserializer::from(value)
            .deserialize_any(self)
            .unwrap_or(Ok(Value::Null))
    }

    /// The child's path inside this value: `answers.kidney`, `item[4]`.
    fn key(&self, key: &str) -> String {
        if self.depth == 0 {
            member("", key)
        } else {
            member(&self.path, key)
        }
    }
}

/// Each value yields the tree or the first problem deeper inside it.
type Read = Result<Value, FieldError>;

impl<'de> Visitor<'de> for Tree {
    type Value = Read;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a value JSON can hold")
    }

    fn visit_unit<E>(self) -> Result<Read, E> {
        Ok(Ok(Value::Null))
    }

    fn visit_bool<E>(self, v: bool) -> Result<Read, E> {
        Ok(Ok(Value::Bool(v)))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Read, E> {
        Ok(Ok(Value::Number(v.into())))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Read, E> {
        Ok(Ok(Value::Number(v.into())))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Read, E> {
        Ok(Ok(if v.is_finite() {
            // `{}` writes the shortest decimal that reads back as `v`,
            // without an exponent: a valid JSON number.
            Value::Number(Number::from_string_unchecked(format!("{v}")))
        } else {
            Value::Null
        }))
    }

    fn visit_str<E>(self, v: &str) -> Result<Read, E> {
        Ok(Ok(Value::String(v.into())))
    }

    fn visit_string<E>(self, v: String) -> Result<Read, E> {
        Ok(Ok(Value::String(v)))
    }

    fn visit_bytes<E>(self, _: &[u8]) -> Result<Read, E> {
        Ok(Ok(Value::Null))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Read, A::Error> {
        let mut list = Vec::new();
        while let Some(item) = seq.next_element_seed(Raw)? {
            let path = format!("{}[{}]", self.path, list.len());
            list.push(match self.child(path).read(item) {
                Ok(value) => value,
                Err(error) => return Ok(Err(error)),
            });
        }
        Ok(Ok(Value::Array(list)))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Read, A::Error> {
        let mut object = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let item = map.next_value_seed(Raw)?;
            if item.is_undefined() {
                continue;
            }
            let path = self.key(&key);
            match self.child(path).read(item) {
                Ok(value) => object.insert(key, value),
                Err(error) => return Ok(Err(error)),
            };
        }
        Ok(Ok(Value::Object(object)))
    }
}

/// A member or element as the JavaScript value it is (serde-wasm-bindgen's
/// `preserve`), so `undefined` can be told from `null` before it is read.
struct Raw;

impl<'de> de::DeserializeSeed<'de> for Raw {
    type Value = JsValue;

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<JsValue, D::Error> {
        preserve::deserialize(deserializer)
    }
}

/// The widget's summary for the doctor, made now (the browser's clock and
/// time zone) from its input (contract JSON), the medicines' names as
/// entered (brand and strength as printed, one line per medicine of the
/// input, empty for a generic) and the number of medicine entries not
/// counted until fixed: HTML to print when `html`, else text to copy. The
/// same parts either way (`crate::summary`). `diary` is the pain diary's
/// file when the patient chose to include it (its last 26 entries, chart
/// and table), else empty; a diary that cannot be read is left out.
#[wasm_bindgen]
pub fn summary(
    input: &str,
    names: &str,
    lang: &str,
    not_counted: usize,
    html: bool,
    diary: &str,
) -> Result<String, JsError> {
    let input = contract::parse_input(input).map_err(|error| js_error(&error))?;
    let t = Lang::from_tag(lang).texts();
    let now = Now::new(t);
    let diary = (!diary.is_empty())
        .then(|| diary_file::read(diary).ok())
        .flatten()
        .and_then(|entries| Diary::from_entries(entries).ok());
    let parts = parts_with_diary(
        t,
        &input,
        &assessment::assess(&input),
        &now.words,
        not_counted,
        &now.file,
        &names.split('\n').collect::<Vec<_>>(),
        diary.as_ref(),
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
