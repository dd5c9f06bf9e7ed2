//! The diary file: export and import, a JSON format of its own.
//!
//! ```json
//! {"format": "oih-diary", "version": 1, "entries": [
//!   {"date": "2026-01-05", "pain": 6, "enjoyment": 5, "activity": 7,
//!    "medications": [{"drug": "oxycodone", "amount": 10, "per_dose": 2, "times_per_day": 3}],
//!    "note": "Bad week at work"}]}
//! ```
//!
//! `medications` is in the contract's shape (clinical-content.md, "The
//! contract") and is checked by the contract's own reader, so a medicine
//! the checklist refuses is refused here with the same words. `medications`
//! and `note` may be absent (none). Entries are written oldest first and
//! read in any order.
//!
//! Reading is strict and all or nothing: the first problem is an error
//! naming its path (`entries[3].medications[0].amount`), and nothing is
//! imported unless the whole file is valid. A file of a newer `version` is
//! refused as such (it may mean something this version cannot see). An
//! unknown field is an error, as in the contract.

use std::cmp::Ordering;

use serde::Serialize;
use serde_json::{Map, Number, Value};

use super::{CivilDate, Diary, DiaryError, DiaryProblem, Entry, MergeSummary, OnConflict, Peg};
use super::{EntryField, PegItem, MAX_ENTRIES};
use crate::assessment::{Medication, Problem};
use crate::content::drugs::Purpose;
use crate::contract::{self, duplicate_keys, member};
use crate::decimal::Decimal;
use crate::texts::Lang;

/// `format` of a diary file.
pub const FORMAT: &str = "oih-diary";
/// The version this code writes and the newest it reads.
pub const VERSION: u32 = 1;

/// A problem with the field at `field` (a path such as
/// `entries[2].medications[0].amount`), as the contract's `FieldError` but
/// with the diary's problems too.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: DiaryProblem,
}

impl FieldError {
    pub fn new(field: impl Into<String>, problem: impl Into<DiaryProblem>) -> FieldError {
        FieldError {
            field: field.into(),
            problem: problem.into(),
        }
    }

    /// The contract's error for the same field, its path under `prefix`.
    pub(crate) fn within(prefix: &str, error: contract::FieldError) -> FieldError {
        FieldError::new(prefix.to_string() + &error.field, error.problem)
    }

    /// The message in English, as the diary file's reader and
    /// `oih-assess` give it (and `to_json`).
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// The message in `lang`'s words (the diary's screen).
    pub fn message_in(&self, lang: Lang) -> String {
        (lang.diary_texts().problem_message)(&self.problem)
    }

    /// `{"error": {"field": ..., "message": ...}}`, as the contract's.
    pub fn to_json(&self) -> String {
        serde_json::json!({"error": {"field": self.field, "message": self.message()}}).to_string()
    }
}

/// Why an import changed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file is not a valid diary file.
    File(FieldError),
    /// The file is valid, but merging it was refused.
    Diary(DiaryError),
}

impl Diary {
    /// Reads a diary file and merges it into this diary ([`Diary::merge`]):
    /// all or nothing.
    pub fn import(
        &mut self,
        text: &str,
        on_conflict: OnConflict,
    ) -> Result<MergeSummary, ImportError> {
        let entries = read(text).map_err(ImportError::File)?;
        self.merge(entries, on_conflict).map_err(ImportError::Diary)
    }

    /// The diary file's text.
    pub fn export(&self) -> String {
        write(self)
    }
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u32,
    entries: Vec<EntryOut<'a>>,
}

#[derive(Serialize)]
struct EntryOut<'a> {
    date: String,
    pain: u8,
    enjoyment: u8,
    activity: u8,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    medications: Vec<MedicationOut>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
}

/// A medicine in the contract's shape: `per_dose` and `purpose` only when
/// they are not the defaults (1, `pain`), as the FHIR writer does.
#[derive(Serialize)]
pub(crate) struct MedicationOut {
    drug: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    amount: Option<Number>,
    #[serde(skip_serializing_if = "Option::is_none")]
    per_dose: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    times_per_day: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    purpose: Option<&'static str>,
}

impl MedicationOut {
    pub(crate) fn new(medication: &Medication) -> MedicationOut {
        MedicationOut {
            drug: medication.drug.id,
            // Plain decimal text is always a valid JSON number.
            amount: medication
                .amount
                .map(|a| Number::from_string_unchecked(a.to_text())),
            per_dose: (medication.per_dose != 1).then_some(medication.per_dose),
            times_per_day: medication.times_per_day,
            purpose: (medication.purpose != Purpose::Pain).then(|| medication.purpose.id()),
        }
    }
}

/// The diary as the text of a diary file (one line, a final newline).
pub fn write(diary: &Diary) -> String {
    let file = FileOut {
        format: FORMAT,
        version: VERSION,
        entries: diary
            .entries()
            .iter()
            .map(|entry| EntryOut {
                date: entry.date().to_text(),
                pain: entry.peg().get(PegItem::Pain),
                enjoyment: entry.peg().get(PegItem::Enjoyment),
                activity: entry.peg().get(PegItem::Activity),
                medications: entry.medications().iter().map(MedicationOut::new).collect(),
                note: entry.note(),
            })
            .collect(),
    };
    let mut text = serde_json::to_string(&file).unwrap_or_default();
    text.push('\n');
    text
}

fn error<T>(field: impl Into<String>, problem: impl Into<DiaryProblem>) -> Result<T, FieldError> {
    Err(FieldError::new(field, problem))
}

/// Reads and checks a whole diary file: its entries, each date once, or the
/// first problem.
pub fn read(text: &str) -> Result<Vec<Entry>, FieldError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| FieldError::new("input", Problem::NotJson(e.to_string())))?;
    let Value::Object(top) = value else {
        return error("input", Problem::NotAnObject);
    };
    if let Some(path) = duplicate_keys::first_duplicate(text) {
        return error(path, Problem::DuplicateKey);
    }
    match top.get("format") {
        Some(Value::String(format)) if format == FORMAT => {}
        _ => return error("format", DiaryProblem::NotADiary),
    }
    match top.get("version") {
        None => return error("version", Problem::Missing),
        Some(Value::Number(n)) => match whole_number(n).map(|v| v.cmp(&VERSION)) {
            Some(Ordering::Equal) => {}
            Some(Ordering::Greater) => return error("version", DiaryProblem::NewerVersion),
            _ => return error("version", Problem::MustBe("1")),
        },
        Some(_) => return error("version", Problem::MustBe("1")),
    }
    if let Some(key) = top
        .keys()
        .find(|k| !["format", "version", "entries"].contains(&k.as_str()))
    {
        return error(member("", key), Problem::UnknownField);
    }
    let list = match top.get("entries") {
        None => return error("entries", Problem::Missing),
        Some(Value::Array(list)) => list,
        Some(_) => return error("entries", DiaryProblem::NotAList),
    };
    if list.len() > MAX_ENTRIES {
        return error("entries", DiaryProblem::TooManyEntries);
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(list.len());
    let mut dates = std::collections::HashSet::with_capacity(list.len());
    for (i, item) in list.iter().enumerate() {
        let entry = read_entry(&format!("entries[{i}]"), item)?;
        if !dates.insert(entry.date()) {
            return error(format!("entries[{i}].date"), DiaryProblem::DateTaken);
        }
        entries.push(entry);
    }
    entries.sort_by_key(Entry::date);
    Ok(entries)
}

const ENTRY_FIELDS: [&str; 6] = [
    "date",
    "pain",
    "enjoyment",
    "activity",
    "medications",
    "note",
];

fn read_entry(path: &str, item: &Value) -> Result<Entry, FieldError> {
    let Value::Object(fields) = item else {
        return error(path, Problem::NotAnObject);
    };
    if let Some(key) = fields.keys().find(|k| !ENTRY_FIELDS.contains(&k.as_str())) {
        return error(member(path, key), Problem::UnknownField);
    }
    let at = |key: &str| member(path, key);
    let date = match fields.get("date") {
        None => return error(at("date"), Problem::Missing),
        Some(Value::String(text)) => CivilDate::parse(text)
            .ok_or_else(|| FieldError::new(at("date"), DiaryProblem::NotADate))?,
        Some(_) => return error(at("date"), DiaryProblem::NotADate),
    };
    let mut answers = [0u8; 3];
    for (answer, item) in answers.iter_mut().zip(PegItem::ALL) {
        *answer = peg_answer(fields, item).map_err(|p| FieldError::new(at(item.key()), p))?;
    }
    let peg = Peg::new(answers[0], answers[1], answers[2])
        .map_err(|item| FieldError::new(at(item.key()), DiaryProblem::ScoreOutOfRange))?;
    let medications = match fields.get("medications") {
        None => Vec::new(),
        Some(list) => {
            medications(list).map_err(|e| FieldError::within(&(path.to_string() + "."), e))?
        }
    };
    let note = match fields.get("note") {
        None => "",
        Some(Value::String(note)) => note,
        Some(_) => return error(at("note"), DiaryProblem::NotText),
    };
    Entry::new(date, peg, medications, note).map_err(|(field, problem)| {
        let key = match field {
            EntryField::Peg(item) => item.key(),
            EntryField::Medications => "medications",
            EntryField::Note => "note",
        };
        FieldError::new(at(key), problem)
    })
}

/// A PEG answer: a whole number from 0 to 10.
fn peg_answer(fields: &Map<String, Value>, item: PegItem) -> Result<u8, DiaryProblem> {
    match fields.get(item.key()) {
        None => Err(Problem::Missing.into()),
        Some(Value::Number(n)) => whole_number(n)
            .and_then(|v| u8::try_from(v).ok())
            .filter(|v| *v <= super::PEG_MAX)
            .ok_or(DiaryProblem::ScoreOutOfRange),
        Some(_) => Err(Problem::NotANumber.into()),
    }
}

/// A JSON number that is a whole number (`3`, `3.0`) fitting a `u32`.
pub(crate) fn whole_number(n: &Number) -> Option<u32> {
    Decimal::parse_json_literal(n.as_str()).ok()?.to_u32()
}

/// A list of medicines in the contract's shape, checked by the contract's
/// own reader (paths `medications[1].amount`).
pub(crate) fn medications(list: &Value) -> Result<Vec<Medication>, contract::FieldError> {
    contract::medications_from_value(list)
}

/// The diary's entries with their PEG score and MME, its observations
/// and dose changes, as one line of JSON (`oih-assess --from-fhir-diary`).
/// `mme_per_day` is the diary's daily MME ([`Entry::daily_mme`]), `null`
/// when unknown; `mme_unconverted` and `mme_excluded` are the checklist's.
pub fn report_json(diary: &Diary) -> String {
    let number = |d: Decimal| Value::Number(Number::from_string_unchecked(d.to_text()));
    let score = |s: super::PegScore| number(s.to_decimal());
    let entries: Vec<Value> = diary
        .entries()
        .iter()
        .map(|entry| {
            let total = entry.mme();
            let mut out = serde_json::json!({
                "date": entry.date().to_text(),
                "pain": entry.peg().get(PegItem::Pain),
                "enjoyment": entry.peg().get(PegItem::Enjoyment),
                "activity": entry.peg().get(PegItem::Activity),
                "peg_score": score(entry.score()),
                "mme_per_day": entry.daily_mme().map(number),
                "mme_unconverted": total.unconverted,
                "mme_excluded": total.excluded,
                "medications": entry.medications().iter().map(MedicationOut::new).collect::<Vec<_>>(),
            });
            if let Some(note) = entry.note() {
                out["note"] = Value::from(note);
            }
            out
        })
        .collect();
    let observations: Vec<Value> = diary
        .observations()
        .iter()
        .map(|observation| {
            let (kind, change) = match observation {
                super::Observation::PainUpAfterDoseUp(c) => ("pain_up_after_dose_up", c),
                super::Observation::PainDownAfterDoseUp(c) => ("pain_down_after_dose_up", c),
            };
            serde_json::json!({
                "kind": kind,
                "from": change.from.to_text(),
                "to": change.to.to_text(),
                "mme_from": number(change.mme_from),
                "mme_to": number(change.mme_to),
                "score_from": score(change.score_from),
                "score_to": score(change.score_to),
            })
        })
        .collect();
    let dose_changes: Vec<Value> = diary
        .dose_changes()
        .iter()
        .map(|change| {
            serde_json::json!({
                "date": change.date.to_text(),
                "from": change.from.map(number),
                "to": change.to.map(number),
            })
        })
        .collect();
    serde_json::json!({
        "entries": entries,
        "observations": observations,
        "dose_changes": dose_changes,
    })
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_only() {
        let n = |text: &str| whole_number(&Number::from_string_unchecked(text.into()));
        assert_eq!(n("3"), Some(3));
        assert_eq!(n("3.0"), Some(3));
        assert_eq!(n("3.5"), None);
        assert_eq!(n("-3"), None);
        assert_eq!(n("1e1"), Some(10));
    }
}
