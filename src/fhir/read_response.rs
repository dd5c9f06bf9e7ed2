//! A QuestionnaireResponse read back into a valid [`Input`], or the first
//! problem with the path of its element (`item[4].answer[0].valueCoding.code`).
//!
//! Accepted: a response to this Questionnaire's version
//! ([`QUESTIONNAIRE_CANONICAL`](super::QUESTIONNAIRE_CANONICAL)), or to
//! version 2 ([`QUESTIONNAIRE_CANONICAL_V2`](super::QUESTIONNAIRE_CANONICAL_V2),
//! which had no `per_dose`, no `purpose` and no seizure answer
//! `yes_checked`), whose items follow the Questionnaire's order, each
//! question at most once with one answer coded in [`CODE_SYSTEM_URL`], at
//! most ten medicine groups. Other R4 elements are
//! allowed and ignored (ids, text, meta, subject...), except those that
//! would change the meaning (`modifierExtension`, `implicitRules`).
//! Answers to questions that do not apply are valid and have no effect, as
//! in the contract.

use serde_json::{Map, Value};

use super::layout::{Entry, AMOUNT, DRUG, MEDICATION_ITEMS, PER_DOSE, PURPOSE, TIMES_PER_DAY};
use super::{is_date_time, CODE_SYSTEM_URL, QUESTIONNAIRE_CANONICAL, QUESTIONNAIRE_CANONICAL_V2};
use crate::assessment::input::number_problem;
use crate::assessment::{Input, Medication, Problem, MAX_MEDICATIONS};
use crate::content::drugs::{Drug, Purpose, Unit};
use crate::content::questions::{QuestionId, YES_CHECKED};
use crate::contract::{duplicate_keys, member, number, FieldError};
use crate::decimal::Decimal;

type Object = Map<String, Value>;

/// The elements of an R4 QuestionnaireResponse.
pub(crate) const RESPONSE: &[&str] = &[
    "resourceType",
    "id",
    "meta",
    "implicitRules",
    "language",
    "text",
    "contained",
    "extension",
    "modifierExtension",
    "identifier",
    "basedOn",
    "partOf",
    "questionnaire",
    "status",
    "subject",
    "encounter",
    "authored",
    "author",
    "source",
    "item",
];
pub(crate) const ITEM: &[&str] = &[
    "id",
    "extension",
    "modifierExtension",
    "linkId",
    "definition",
    "text",
    "answer",
    "item",
];
const ANSWER_VALUES: &[&str] = &[
    "valueBoolean",
    "valueDecimal",
    "valueInteger",
    "valueDate",
    "valueDateTime",
    "valueTime",
    "valueString",
    "valueUri",
    "valueAttachment",
    "valueCoding",
    "valueQuantity",
    "valueReference",
];
const ANSWER: &[&str] = &["id", "extension", "modifierExtension", "item"];
const CODING: &[&str] = &[
    "id",
    "extension",
    "system",
    "version",
    "code",
    "display",
    "userSelected",
];
/// Elements that change the meaning of what holds them: not understood, so
/// not accepted.
pub(crate) const MODIFIERS: &[&str] = &["modifierExtension", "implicitRules"];
/// Statuses of a response whose answers can be read.
pub(crate) const STATUSES: &[&str] = &["in-progress", "completed", "amended", "stopped"];
const STATUSES_TEXT: &str = r#""in-progress", "completed", "amended" or "stopped""#;
const CANONICAL_TEXT: &str = concat!(
    '"',
    base!(),
    "/Questionnaire/oih-checklist|3\" or \"",
    base!(),
    "/Questionnaire/oih-checklist|2",
    '"'
);
/// The seizure answers of version 2.
const SEIZURE_V2_TEXT: &str = r#""yes", "no" or "unsure""#;

/// Which version of the Questionnaire a response answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Version {
    V2,
    V3,
}
const SYSTEM_TEXT: &str = concat!('"', base!(), "/CodeSystem/oih-checklist", '"');

fn error<T>(path: impl Into<String>, problem: Problem) -> Result<T, FieldError> {
    Err(FieldError::new(path, problem))
}

pub fn parse(text: &str) -> Result<Input, FieldError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| FieldError::new("input", Problem::NotJson(e.to_string())))?;
    if value.is_object() {
        if let Some(path) = duplicate_keys::first_duplicate(text) {
            return error(path, Problem::DuplicateKey);
        }
    }
    from_value(&value)
}

/// A response already read into a JSON tree: the same checks as [`parse`].
pub fn from_value(value: &Value) -> Result<Input, FieldError> {
    let Value::Object(top) = value else {
        return error("input", Problem::NotAnObject);
    };
    match top.get("resourceType") {
        Some(Value::String(kind)) if kind == "QuestionnaireResponse" => {}
        None => return error("resourceType", Problem::Missing),
        Some(_) => return error("resourceType", Problem::MustBe("\"QuestionnaireResponse\"")),
    }
    known_fields(top, "", RESPONSE)?;
    let version = match top.get("questionnaire") {
        Some(Value::String(canonical)) if canonical == QUESTIONNAIRE_CANONICAL => Version::V3,
        Some(Value::String(canonical)) if canonical == QUESTIONNAIRE_CANONICAL_V2 => Version::V2,
        None => return error("questionnaire", Problem::Missing),
        Some(_) => return error("questionnaire", Problem::MustBe(CANONICAL_TEXT)),
    };
    match top.get("status") {
        Some(Value::String(status)) if STATUSES.contains(&status.as_str()) => {}
        None => return error("status", Problem::Missing),
        Some(_) => return error("status", Problem::MustBe(STATUSES_TEXT)),
    }
    match top.get("authored") {
        None => {}
        Some(Value::String(when)) if is_date_time(when) => {}
        Some(_) => return error("authored", Problem::NotADateTime),
    }
    let items = match top.get("item") {
        None => return Ok(Input::default()),
        Some(Value::Array(items)) => items,
        Some(_) => return error("item", Problem::NotAList),
    };
    read_items(items, version)
}

fn read_items(items: &[Value], version: Version) -> Result<Input, FieldError> {
    let mut input = Input::default();
    let mut last: Option<usize> = None;
    for (i, item) in items.iter().enumerate() {
        let path = format!("item[{i}]");
        let item = object(item, &path, ITEM)?;
        let link_id = format!("{path}.linkId");
        let (place, entry) = match item.get("linkId") {
            None => return error(link_id, Problem::Missing),
            Some(id) => id
                .as_str()
                .and_then(Entry::from_link_id)
                .ok_or_else(|| FieldError::new(&link_id, Problem::UnknownQuestion))?,
        };
        let repeats = entry == Entry::Medications;
        if last.is_some_and(|before| place < before || (place == before && !repeats)) {
            return error(link_id, Problem::OutOfOrder);
        }
        last = Some(place);
        match entry {
            Entry::Question(id) => {
                if item.contains_key("item") {
                    return error(format!("{path}.item"), Problem::Unsupported);
                }
                if let Some((coding, at)) = answer(item, &path, "valueCoding")? {
                    // Not a string: not one of the answers either.
                    let code = code(coding, &at)?.unwrap_or("\u{0}not a string");
                    input
                        .answers
                        .set(id, code)
                        .map_err(|p| FieldError::new(format!("{at}.code"), p))?;
                    if version == Version::V2 && id == QuestionId::Seizure && code == YES_CHECKED {
                        return error(format!("{at}.code"), Problem::MustBe(SEIZURE_V2_TEXT));
                    }
                }
            }
            Entry::Medications => {
                if input.medications.len() == MAX_MEDICATIONS {
                    return error(path, Problem::TooManyMedicines);
                }
                if item.contains_key("answer") {
                    return error(format!("{path}.answer"), Problem::Unsupported);
                }
                input.medications.push(medication(item, &path, version)?);
            }
        }
    }
    Ok(input)
}

/// One medicine group: `drug`, `amount`, `per_dose`, `times_per_day`,
/// `purpose`, in this order, each at most once (version 2: no `per_dose`,
/// no `purpose`).
fn medication(group: &Object, path: &str, version: Version) -> Result<Medication, FieldError> {
    const KINDS: [&str; 5] = [
        "valueCoding",
        "valueDecimal",
        "valueInteger",
        "valueInteger",
        "valueCoding",
    ];
    let mut found: [Option<(Value, String)>; 5] = Default::default();
    let children = match group.get("item") {
        None => &Vec::new(),
        Some(Value::Array(children)) => children,
        Some(_) => return error(format!("{path}.item"), Problem::NotAList),
    };
    let known = |id: &str| version == Version::V3 || (id != PER_DOSE && id != PURPOSE);
    let mut last = None;
    for (j, child) in children.iter().enumerate() {
        let child_path = format!("{path}.item[{j}]");
        let child = object(child, &child_path, ITEM)?;
        let link_id = format!("{child_path}.linkId");
        let place = match child.get("linkId") {
            None => return error(link_id, Problem::Missing),
            Some(id) => id
                .as_str()
                .filter(|id| known(id))
                .and_then(|id| MEDICATION_ITEMS.iter().position(|c| *c == id))
                .ok_or_else(|| FieldError::new(&link_id, Problem::UnknownQuestion))?,
        };
        if last.is_some_and(|before| place <= before) {
            return error(link_id, Problem::OutOfOrder);
        }
        last = Some(place);
        if child.contains_key("item") {
            return error(format!("{child_path}.item"), Problem::Unsupported);
        }
        found[place] = answer(child, &child_path, KINDS[place])?.map(|(v, at)| (v.clone(), at));
    }
    let [drug, amount, per_dose, times, purpose] = found;
    let missing = |link_id: &str| format!("{path}.item.where(linkId='{link_id}')");
    let drug = match &drug {
        None => return error(missing(DRUG), Problem::Missing),
        Some((coding, at)) => code(coding, at)?
            .and_then(Drug::from_id)
            .ok_or_else(|| FieldError::new(format!("{at}.code"), Problem::UnknownDrug))?,
    };
    let amount_value = amount.as_ref().map(|(v, _)| number(v, drug.unit));
    let per_dose_value = per_dose
        .as_ref()
        .map(|(v, _)| integer(v, Problem::PerDoseOutOfRange));
    let times_value = times
        .as_ref()
        .map(|(v, _)| integer(v, Problem::TimesOutOfRange));
    let purpose_value = match &purpose {
        None => None,
        Some((coding, at)) => Some(
            code(coding, at)?
                .and_then(Purpose::from_id)
                .ok_or(Problem::UnknownPurpose),
        ),
    };
    Medication::check(
        drug,
        amount_value,
        per_dose_value,
        times_value,
        purpose_value,
    )
    .map_err(|(field, problem)| {
        let given = match field.key() {
            AMOUNT => amount.as_ref(),
            PER_DOSE => per_dose.as_ref(),
            TIMES_PER_DAY => times.as_ref(),
            PURPOSE => purpose.as_ref(),
            _ => None,
        };
        let at = given.map_or_else(|| missing(field.key()), |(_, at)| at.clone());
        // A code is named by its `code`, as for the questions and the drug.
        let at = if field.key() == PURPOSE {
            at + ".code"
        } else {
            at
        };
        FieldError::new(at, problem)
    })
}

/// A `valueInteger`: a JSON number written as an integer; `fraction` is the
/// problem of one written with a point or an exponent.
fn integer(value: &Value, fraction: Problem) -> Result<Decimal, Problem> {
    match value {
        Value::Number(n) if n.as_str().contains(['.', 'e', 'E']) => Err(fraction),
        Value::Number(n) => {
            Decimal::parse_json_literal(n.as_str()).map_err(|e| number_problem(e, Unit::Mg))
        }
        _ => Err(Problem::NotANumber),
    }
}

/// The one answer of an item, as its `kind` value (`valueCoding`...) and
/// that value's path; `None` when the item has no answer.
fn answer<'v>(
    item: &'v Object,
    path: &str,
    kind: &'static str,
) -> Result<Option<(&'v Value, String)>, FieldError> {
    let answers = match item.get("answer") {
        None => return Ok(None),
        Some(Value::Array(answers)) => answers,
        Some(_) => return error(format!("{path}.answer"), Problem::NotAList),
    };
    if answers.len() > 1 {
        return error(format!("{path}.answer[1]"), Problem::OneAnswerOnly);
    }
    let Some(first) = answers.first() else {
        return Ok(None);
    };
    let at = format!("{path}.answer[0]");
    let Value::Object(fields) = first else {
        return error(at, Problem::NotAnObject);
    };
    for key in fields.keys() {
        let name = key.strip_prefix('_').unwrap_or(key);
        if name == kind {
            continue;
        }
        let field = member(&at, key);
        if ANSWER_VALUES.contains(&name) {
            return error(field, Problem::WrongValueType(kind));
        }
        if MODIFIERS.contains(&name) || name == "item" {
            return error(field, Problem::Unsupported);
        }
        if !ANSWER.contains(&name) {
            return error(field, Problem::UnknownField);
        }
    }
    match fields.get(kind) {
        Some(value) => Ok(Some((value, member(&at, kind)))),
        None => error(member(&at, kind), Problem::Missing),
    }
}

/// The code of a Coding of ours (`None` when it is not a string).
fn code<'v>(coding: &'v Value, at: &str) -> Result<Option<&'v str>, FieldError> {
    let coding = object(coding, at, CODING)?;
    match coding.get("system") {
        Some(Value::String(system)) if system == CODE_SYSTEM_URL => {}
        None => return error(format!("{at}.system"), Problem::Missing),
        Some(_) => return error(format!("{at}.system"), Problem::MustBe(SYSTEM_TEXT)),
    }
    match coding.get("code") {
        None => error(format!("{at}.code"), Problem::Missing),
        Some(code) => Ok(code.as_str()),
    }
}

/// `value` as an object whose fields are all among `known`.
fn object<'v>(value: &'v Value, path: &str, known: &[&str]) -> Result<&'v Object, FieldError> {
    let Value::Object(fields) = value else {
        return error(path, Problem::NotAnObject);
    };
    known_fields(fields, path, known)?;
    Ok(fields)
}

/// Every field is one of `known` (or its `_` twin, which carries a
/// primitive's id and extensions); modifiers are refused.
fn known_fields(fields: &Object, path: &str, known: &[&str]) -> Result<(), FieldError> {
    for key in fields.keys() {
        let name = key.strip_prefix('_').unwrap_or(key);
        if MODIFIERS.contains(&name) && known.contains(&name) {
            return error(member(path, key), Problem::Unsupported);
        }
        if !known.contains(&name) {
            return error(member(path, key), Problem::UnknownField);
        }
    }
    Ok(())
}
