//! The JSON contract of clinical-content.md: input JSON in, output JSON or
//! an error naming the field out. Used by `oih-assess` and by the embed's
//! `evaluate()`.
//!
//! Parsing goes through `serde_json::Value` with `arbitrary_precision`, so
//! each number arrives as its literal text and becomes an exact decimal.

pub(crate) mod duplicate_keys;

use serde::Serialize;
use serde_json::{Map, Number, Value};

use crate::assessment::input::number_problem;
use crate::assessment::{
    assess, Answers, Assessment, Input, Medication, Problem, MAX_MEDICATIONS, RULES_VERSION,
};
use crate::content::drugs::{Drug, Purpose, Unit};
use crate::content::questions::QuestionId;
use crate::decimal::Decimal;
use crate::texts::en;

/// A problem with the field at `field` (a path such as `medications[1].amount`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

impl FieldError {
    pub(crate) fn new(field: impl Into<String>, problem: Problem) -> FieldError {
        FieldError {
            field: field.into(),
            problem,
        }
    }

    pub fn message(&self) -> String {
        en::problem_message(&self.problem)
    }

    /// `{"error": {"field": ..., "message": ...}}`
    pub fn to_json(&self) -> String {
        #[derive(Serialize)]
        struct Body<'a> {
            field: &'a str,
            message: String,
        }
        #[derive(Serialize)]
        struct Wrapper<'a> {
            error: Body<'a>,
        }
        serde_json::to_string(&Wrapper {
            error: Body {
                field: &self.field,
                message: self.message(),
            },
        })
        .unwrap_or_default()
    }
}

/// Parses and checks input JSON.
pub fn parse_input(text: &str) -> Result<Input, FieldError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| FieldError::new("input", Problem::NotJson(e.to_string())))?;
    if value.is_object() {
        if let Some(path) = duplicate_keys::first_duplicate(text) {
            return Err(FieldError::new(path, Problem::DuplicateKey));
        }
    }
    input_from_value(&value)
}

/// Checks input already read into a JSON tree (the embed's `evaluate()`
/// reads a JavaScript object into one, each number as its decimal text):
/// the same checks and messages as [`parse_input`], which calls it.
pub fn input_from_value(value: &Value) -> Result<Input, FieldError> {
    let Value::Object(top) = value else {
        return Err(FieldError::new("input", Problem::NotAnObject));
    };
    if let Some(key) = top.keys().find(|k| *k != "answers" && *k != "medications") {
        return Err(FieldError::new(member("", key), Problem::UnknownField));
    }
    let answers = match top.get("answers") {
        Some(Value::Object(map)) => parse_answers(map)?,
        Some(_) => return Err(FieldError::new("answers", Problem::NotAnObject)),
        None => return Err(FieldError::new("answers", Problem::Missing)),
    };
    let medications = match top.get("medications") {
        None => Vec::new(),
        Some(list) => medications_from_value(list)?,
    };
    Ok(Input {
        answers,
        medications,
    })
}

/// The `medications` list of an input (paths `medications[1].amount`);
/// the diary's entries carry theirs in the same shape.
pub(crate) fn medications_from_value(list: &Value) -> Result<Vec<Medication>, FieldError> {
    match list {
        Value::Array(list) if list.len() > MAX_MEDICATIONS => {
            Err(FieldError::new("medications", Problem::TooManyMedicines))
        }
        Value::Array(list) => list
            .iter()
            .enumerate()
            .map(|(i, item)| parse_medication(i, item))
            .collect(),
        _ => Err(FieldError::new("medications", Problem::NotAList)),
    }
}

fn parse_answers(map: &Map<String, Value>) -> Result<Answers, FieldError> {
    let mut answers = Answers::default();
    for (key, value) in map {
        let field = || member("answers", key);
        let id = QuestionId::from_key(key)
            .ok_or_else(|| FieldError::new(field(), Problem::UnknownQuestion))?;
        let text = value.as_str().unwrap_or("\u{0}not a string");
        answers
            .set(id, text)
            .map_err(|p| FieldError::new(field(), p))?;
    }
    Ok(answers)
}

fn parse_medication(index: usize, item: &Value) -> Result<Medication, FieldError> {
    let path = |field: &str| member(&format!("medications[{index}]"), field);
    let Value::Object(fields) = item else {
        return Err(FieldError::new(
            format!("medications[{index}]"),
            Problem::NotAnObject,
        ));
    };
    if let Some(key) = fields
        .keys()
        .find(|k| !["drug", "amount", "per_dose", "times_per_day", "purpose"].contains(&k.as_str()))
    {
        return Err(FieldError::new(path(key), Problem::UnknownField));
    }
    let drug = match fields.get("drug") {
        None => return Err(FieldError::new(path("drug"), Problem::Missing)),
        Some(value) => value
            .as_str()
            .and_then(Drug::from_id)
            .ok_or_else(|| FieldError::new(path("drug"), Problem::UnknownDrug))?,
    };
    let amount = fields.get("amount").map(|v| number(v, drug.unit));
    let per_dose = fields.get("per_dose").map(|v| number(v, Unit::Mg));
    let times = fields.get("times_per_day").map(|v| number(v, Unit::Mg));
    let purpose = fields.get("purpose").map(parse_purpose);
    Medication::check(drug, amount, per_dose, times, purpose)
        .map_err(|(field, problem)| FieldError::new(path(field.key()), problem))
}

/// A JSON value as a purpose id, or the problem with it.
pub(crate) fn parse_purpose(value: &Value) -> Result<Purpose, Problem> {
    value
        .as_str()
        .and_then(Purpose::from_id)
        .ok_or(Problem::UnknownPurpose)
}

/// The path of `key` inside `parent`: `answers.kidney`, or in brackets when
/// the key is not a plain name (`answers["my key"]`, `[""]`), so a path is
/// never empty or ambiguous.
pub(crate) fn member(parent: &str, key: &str) -> String {
    let plain = key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    match (plain, parent.is_empty()) {
        (true, true) => key.to_string(),
        (true, false) => format!("{parent}.{key}"),
        (false, _) => format!(
            "{parent}[{}]",
            serde_json::to_string(key).unwrap_or_default()
        ),
    }
}

/// A JSON value as an exact decimal, or the problem with it.
pub(crate) fn number(value: &Value, unit: Unit) -> Result<Decimal, Problem> {
    match value {
        Value::Number(n) => {
            Decimal::parse_json_literal(n.as_str()).map_err(|e| number_problem(e, unit))
        }
        _ => Err(Problem::NotANumber),
    }
}

/// The output object, fields in the order of the contract; `N` is the type
/// `mme_per_day` is given as (its exact decimal text as a JSON
/// [`Number`] for JSON text, an `f64` for a JavaScript object).
#[derive(Serialize)]
pub struct Output<'a, N> {
    rules_version: &'static str,
    level: &'static str,
    action: &'static str,
    red_flags: Vec<&'static str>,
    signs: Vec<&'static str>,
    risk_factors: Vec<&'static str>,
    pattern: &'static str,
    safety: Vec<&'static str>,
    mme_per_day: Option<N>,
    dose_band: &'static str,
    mme_unconverted: &'a [&'static str],
    mme_excluded: &'a [&'static str],
    unsure: Vec<&'static str>,
    unanswered: Vec<&'static str>,
}

/// The output JSON for an assessment.
pub fn to_json(assessment: &Assessment) -> String {
    // Plain decimal text is always a valid JSON number.
    serde_json::to_string(&output(assessment, Number::from_string_unchecked)).unwrap_or_default()
}

/// The output for an assessment, `mme_per_day` made by `number` from the
/// total's exact decimal text.
pub fn output<N>(assessment: &Assessment, number: impl FnOnce(String) -> N) -> Output<'_, N> {
    let keys = |ids: &[QuestionId]| ids.iter().map(|q| q.key()).collect();
    Output {
        rules_version: RULES_VERSION,
        level: assessment.level.id(),
        action: assessment.action.id(),
        red_flags: assessment.red_flags.iter().map(|f| f.id()).collect(),
        signs: assessment.signs.iter().map(|s| s.id()).collect(),
        risk_factors: assessment.risk_factors.iter().map(|r| r.id()).collect(),
        pattern: assessment.pattern.id(),
        safety: assessment.safety.iter().map(|s| s.id()).collect(),
        mme_per_day: assessment.mme_per_day.map(|d| number(d.to_string())),
        dose_band: assessment.dose_band.id(),
        mme_unconverted: &assessment.mme_unconverted,
        mme_excluded: &assessment.mme_excluded,
        unsure: keys(&assessment.unsure),
        unanswered: keys(&assessment.unanswered),
    }
}

/// Input JSON to output JSON, or to the error JSON.
pub fn evaluate(text: &str) -> Result<String, FieldError> {
    parse_input(text).map(|input| to_json(&assess(&input)))
}
