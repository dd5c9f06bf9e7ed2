//! FHIR R4: the checklist as a `Questionnaire` (with a `CodeSystem` for its
//! answer and medicine codes), the answers as a `QuestionnaireResponse`, and
//! a `QuestionnaireResponse` read back into the assessment's [`Input`].
//!
//! Everything is made from the same tables as the widget
//! (`content::questions`, `content::drugs`, `texts::en`), so the published
//! Questionnaire cannot drift from the checklist. Output is pretty-printed
//! JSON with the fields in the order of the FHIR specification and a final
//! newline: the same answers always give the same bytes (apart from
//! `authored`), in `oih-assess --to-fhir` and in the browser alike.
//!
//! Reading is strict, like the contract: anything that is not a valid
//! response to this Questionnaire is an error naming its path
//! (`item[4].answer[0].valueCoding.code`), never a guess.

/// The base of every canonical URL of ours. A canonical URL names a
/// resource; it need not resolve.
macro_rules! base {
    () => {
        "https://oih-checklist.org/fhir"
    };
}

mod code_system;
mod date_time;
mod elements;
mod layout;
mod questionnaire;
mod read_response;
pub(crate) mod translation;
mod write_response;

pub use date_time::{is_date_time, is_date_time_with_zone, utc_from_unix_seconds};
pub use layout::{Entry, LAYOUT};
/// The R4 elements a QuestionnaireResponse and its items may have, those
/// that change the meaning of what holds them, and the statuses (shared
/// with the diary's Bundle reader, `crate::diary::fhir`).
pub(crate) use read_response::{
    ITEM as RESPONSE_ITEM_ELEMENTS, MODIFIERS, RESPONSE as RESPONSE_ELEMENTS, STATUSES,
};

use crate::assessment::{assess, Input, Problem};
use crate::contract::{self, FieldError};

/// The Questionnaire's canonical URL.
pub const QUESTIONNAIRE_URL: &str = concat!(base!(), "/Questionnaire/oih-checklist");
/// The canonical with the content version, as a response's `questionnaire`.
pub const QUESTIONNAIRE_CANONICAL: &str = concat!(base!(), "/Questionnaire/oih-checklist|3");
/// The canonical of version 2 of the Questionnaire, whose responses are
/// still read (they are valid version 3 input: no `per_dose`, no
/// `purpose`, no `yes_checked`).
pub const QUESTIONNAIRE_CANONICAL_V2: &str = concat!(base!(), "/Questionnaire/oih-checklist|2");
/// The code system of the answer and medicine codes.
pub const CODE_SYSTEM_URL: &str = concat!(base!(), "/CodeSystem/oih-checklist");
/// The `id` of both published resources (and so their file names).
pub const ID: &str = "oih-checklist";

/// The Questionnaire, as the text of a JSON file.
pub fn questionnaire_json() -> String {
    document(&questionnaire::questionnaire())
}

/// The CodeSystem, as the text of a JSON file.
pub fn code_system_json() -> String {
    document(&code_system::code_system())
}

/// A valid input as a QuestionnaireResponse (the text of a JSON file),
/// `authored` at the given FHIR dateTime, which must have a time and a time
/// zone.
pub fn response_json(input: &Input, authored: &str) -> Result<String, FieldError> {
    check_authored(authored)?;
    Ok(document(&write_response::response(input, authored)))
}

/// Contract input JSON to a QuestionnaireResponse (`oih-assess --to-fhir`).
pub fn to_fhir(input: &str, authored: &str) -> Result<String, FieldError> {
    check_authored(authored)?;
    let input = contract::parse_input(input)?;
    response_json(&input, authored)
}

/// Contract input already read into a JSON tree (a JavaScript object, for
/// the embed's `toFhir()`) to a QuestionnaireResponse: as [`to_fhir`].
pub fn value_to_fhir(input: &serde_json::Value, authored: &str) -> Result<String, FieldError> {
    check_authored(authored)?;
    let input = contract::input_from_value(input)?;
    response_json(&input, authored)
}

fn check_authored(authored: &str) -> Result<(), FieldError> {
    if is_date_time_with_zone(authored) {
        Ok(())
    } else {
        Err(FieldError::new("authored", Problem::NotADateTime))
    }
}

/// Reads a QuestionnaireResponse for this Questionnaire into a valid input.
pub fn parse_response(text: &str) -> Result<Input, FieldError> {
    read_response::parse(text)
}

/// A QuestionnaireResponse already read into a JSON tree: as
/// [`parse_response`].
pub fn response_from_value(value: &serde_json::Value) -> Result<Input, FieldError> {
    read_response::from_value(value)
}

/// A QuestionnaireResponse to the contract's output JSON
/// (`oih-assess --from-fhir`): the same output as for the same contract input.
pub fn evaluate(text: &str) -> Result<String, FieldError> {
    parse_response(text).map(|input| contract::to_json(&assess(&input)))
}

/// `true` when `text` is a JSON object with a `resourceType`: a FHIR
/// resource rather than contract input (which has no such field).
pub fn is_resource(text: &str) -> bool {
    serde_json::from_str::<serde_json::Value>(text).is_ok_and(|value| is_resource_value(&value))
}

/// `true` when `value` is an object with a `resourceType`.
pub fn is_resource_value(value: &serde_json::Value) -> bool {
    value
        .as_object()
        .is_some_and(|object| object.contains_key("resourceType"))
}

/// Pretty JSON with a final newline.
fn document<T: serde::Serialize>(resource: &T) -> String {
    let mut text = serde_json::to_string_pretty(resource).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::version::CONTENT_VERSION;
    use crate::texts::en;

    #[test]
    fn the_canonical_names_the_content_version() {
        assert_eq!(
            QUESTIONNAIRE_CANONICAL,
            format!("{QUESTIONNAIRE_URL}|{CONTENT_VERSION}")
        );
        assert!(en::VERSION.contains(&format!("Content version {CONTENT_VERSION} ")));
    }

    #[test]
    fn resources_are_told_from_contract_input() {
        assert!(is_resource(r#"{"resourceType":"QuestionnaireResponse"}"#));
        assert!(is_resource(r#"{"resourceType":1}"#));
        assert!(!is_resource(r#"{"answers":{}}"#));
        assert!(!is_resource("[]"));
        assert!(!is_resource("not json"));
    }
}
