//! The diary for the doctor's system, in FHIR R4: a published
//! `Questionnaire` (one entry: the date, the three PEG questions, the PEG
//! score, the medicines as the checklist's Questionnaire asks them, the
//! note), the diary as a `Bundle` of type `collection` holding one
//! `QuestionnaireResponse` per entry (`authored` is the entry's date), and
//! that Bundle read back, strictly, into entries.
//!
//! The medicines group is the checklist's own: the Questionnaire takes the
//! group from `crate::fhir::questionnaire_json()`, a response's medicine
//! groups are written by `crate::fhir::response_json` and read by
//! `crate::fhir::parse_response`, so a medicine means the same in both
//! Questionnaires and is checked by the same code. (Those items pass
//! through a `serde_json::Value`, whose objects write their keys in
//! alphabetical order: JSON readers, FHIR's included, take any order.)
//!
//! LOINC: each PEG question carries its LOINC code ([`peg_code`]) and the
//! PEG score item 91147-9 "Mean score [PEG]", each with the public source
//! it was checked against. The Questionnaire itself carries no panel code:
//! it asks more than the PEG (the date, the medicines, a note).
//!
//! Languages: the Questionnaire is English (`language`), with its title,
//! description and items' texts in the widget's other languages beside
//! them, as the checklist's Questionnaire carries them (R4's translation
//! extension, `translated_by`); the medicines group's items keep the
//! checklist's. A response is English whatever the language the patient
//! read: English texts, the same codes.

use serde::Serialize;
use serde_json::{Map, Number, Value};

use super::file::FieldError;
use super::{CivilDate, DiaryProblem, Entry, EntryField, Peg, PegItem, MAX_ENTRIES};
use super::{Diary, NOTE_MAX_CHARS, PEG_MAX};
use crate::assessment::{Answers, Input, Problem};
use crate::content::version::{CONTENT_VERSION, REVIEWED};
use crate::contract::{duplicate_keys, member};
use crate::decimal::Decimal;
use crate::fhir as checklist;
// The response's own elements, its items', the modifiers (elements that
// change the meaning of what holds them: not understood, so refused) and
// the statuses are the checklist reader's.
use crate::fhir::translation::{translated_by, Translated};
use crate::fhir::{
    MODIFIERS, RESPONSE_ELEMENTS as RESPONSE, RESPONSE_ITEM_ELEMENTS as ITEM, STATUSES,
};
use crate::texts::diary::DiaryTexts;
use crate::texts::Lang;

/// The Questionnaire's canonical URL (beside the checklist's).
pub const QUESTIONNAIRE_URL: &str = "https://oih-checklist.org/fhir/Questionnaire/oih-diary";
/// With the content version, as a response's `questionnaire`.
pub const QUESTIONNAIRE_CANONICAL: &str =
    "https://oih-checklist.org/fhir/Questionnaire/oih-diary|3";
/// Its `id` (and file name).
pub const ID: &str = "oih-diary";

const LOINC: &str = "http://loinc.org";
/// LOINC 91147-9, "Mean score [PEG]": "The PEG score is the average of the
/// 3 individual item scores" (method: Pain intensity, Enjoyment of life,
/// General activity (PEG)). Checked at
/// https://www.healthassure.in/codes/loinc-91147-9-mean-score-peg (a copy
/// of the LOINC term's page; the canonical page is https://loinc.org/91147-9/).
const PEG_MEAN_SCORE: (&str, &str) = ("91147-9", "Mean score [PEG]");
/// LOINC's code for each PEG question, with LOINC's display (the question
/// as the PEG asks it).
///
/// - Enjoyment 91145-3 and general activity 91146-1: LOINC's own FHIR
///   Questionnaire for the PEG panel 91148-7 ("Pain intensity, Enjoyment
///   of life, General activity (PEG) 3 item pain scale", publisher
///   Regenstrief Institute, https://fhir.loinc.org/Questionnaire/91148-7),
///   checked in its verbatim copy in github.com/jmandel/ktc-questionnaire-starters,
///   `fhir-loinc/91148-7.json` (commit bb21f2c): the items 108514 and
///   108515 carry these codes and these displays.
/// - Average pain 75893-8: that same LOINC Questionnaire leaves its pain
///   item (108518) without a code; 75893-8 with exactly the PEG's question
///   as its name is in Synthea's generated records beside 91145-3, 91146-1
///   and the panel 91148-7 (Synthea writes LOINC's own names), and in the
///   PEG configurations of the same repository (`generate.py`, item_codes
///   75893-8, 91145-3, 91146-1). The canonical page is
///   https://loinc.org/75893-8/.
pub fn peg_code(item: PegItem) -> (&'static str, &'static str) {
    match item {
        PegItem::Pain => (
            "75893-8",
            "What number best describes your pain on average in the past week?",
        ),
        PegItem::Enjoyment => (
            "91145-3",
            "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
        ),
        PegItem::Activity => (
            "91146-1",
            "What number best describes how, during the past week, pain has interfered with your general activity?",
        ),
    }
}

const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

/// `linkId`s, in the Questionnaire's order.
const DATE: &str = "date";
const SCORE: &str = "peg_score";
const MEDICATIONS: &str = "medications";
const NOTE: &str = "note";

fn question(d: &'static DiaryTexts, item: PegItem) -> &'static str {
    match item {
        PegItem::Pain => d.pain_question,
        PegItem::Enjoyment => d.enjoyment_question,
        PegItem::Activity => d.activity_question,
    }
}

/// A diary text in English, and its translations.
fn in_every_lang(
    text: impl Fn(&'static DiaryTexts) -> &'static str,
) -> (&'static str, Option<Translated>) {
    (
        text(Lang::En.diary_texts()),
        translated_by(|lang| text(lang.diary_texts())),
    )
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Questionnaire {
    resource_type: &'static str,
    id: &'static str,
    language: &'static str,
    url: &'static str,
    version: &'static str,
    name: &'static str,
    title: &'static str,
    #[serde(rename = "_title", skip_serializing_if = "Option::is_none")]
    title_translated: Option<Translated>,
    status: &'static str,
    subject_type: [&'static str; 1],
    date: &'static str,
    description: &'static str,
    #[serde(rename = "_description", skip_serializing_if = "Option::is_none")]
    description_translated: Option<Translated>,
    item: Vec<Part<Item>>,
}

/// An item of ours (its fields in the specification's order) or one the
/// checklist's code made (the medicines).
#[derive(Serialize)]
#[serde(untagged)]
enum Part<T> {
    Ours(T),
    Checklist(Value),
}

/// `Questionnaire.item`, fields in the specification's order.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<IntegerExtension>,
    link_id: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    code: Vec<Coding>,
    text: &'static str,
    #[serde(rename = "_text", skip_serializing_if = "Option::is_none")]
    text_translated: Option<Translated>,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    read_only: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_length: Option<usize>,
}

impl Item {
    /// An item whose text `in_lang` picks from each language's diary texts.
    fn new(
        link_id: &'static str,
        in_lang: impl Fn(&'static DiaryTexts) -> &'static str,
        kind: &'static str,
    ) -> Item {
        let (text, text_translated) = in_every_lang(in_lang);
        Item {
            extension: Vec::new(),
            link_id,
            code: Vec::new(),
            text,
            text_translated,
            kind,
            required: None,
            read_only: None,
            max_length: None,
        }
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct IntegerExtension {
    url: &'static str,
    value_integer: u8,
}

#[derive(Serialize)]
struct Coding {
    system: &'static str,
    code: &'static str,
    display: &'static str,
}

/// The checklist Questionnaire's medicines group, as it publishes it.
fn medications_group() -> Value {
    let checklist: Value =
        serde_json::from_str(&checklist::questionnaire_json()).unwrap_or_default();
    checklist["item"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["linkId"] == MEDICATIONS))
        .cloned()
        .unwrap_or_default()
}

fn questionnaire() -> Questionnaire {
    let mut date = Item::new(DATE, |d| d.date_label, "date");
    date.required = Some(true);
    let mut items = vec![Part::Ours(date)];
    for peg in PegItem::ALL {
        let mut item = Item::new(peg.key(), |d| question(d, peg), "integer");
        let (code, display) = peg_code(peg);
        item.code = vec![Coding {
            system: LOINC,
            code,
            display,
        }];
        item.extension = vec![
            IntegerExtension {
                url: MIN_VALUE,
                value_integer: 0,
            },
            IntegerExtension {
                url: MAX_VALUE,
                value_integer: PEG_MAX,
            },
        ];
        item.required = Some(true);
        items.push(Part::Ours(item));
    }
    let mut score = Item::new(SCORE, |d| d.score_label, "decimal");
    score.code = vec![Coding {
        system: LOINC,
        code: PEG_MEAN_SCORE.0,
        display: PEG_MEAN_SCORE.1,
    }];
    score.read_only = Some(true);
    items.push(Part::Ours(score));
    // The checklist's group, with the diary's words for it (the checklist's
    // translations of its title replaced by the diary's).
    let mut medications = medications_group();
    let (text, translated) = in_every_lang(|d| d.medicines_title);
    medications["text"] = Value::from(text);
    if let Some(group) = medications.as_object_mut() {
        group.remove("_text");
        if let Some(translated) = translated.and_then(|t| serde_json::to_value(t).ok()) {
            group.insert("_text".into(), translated);
        }
    }
    items.push(Part::Checklist(medications));
    let mut note = Item::new(NOTE, |d| d.note_label, "text");
    note.max_length = Some(NOTE_MAX_CHARS);
    items.push(Part::Ours(note));
    let title = in_every_lang(|d| d.title);
    let description = in_every_lang(|d| d.description);
    Questionnaire {
        resource_type: "Questionnaire",
        id: ID,
        language: "en",
        url: QUESTIONNAIRE_URL,
        version: CONTENT_VERSION,
        name: "OihDiary",
        title: title.0,
        title_translated: title.1,
        status: "active",
        subject_type: ["Patient"],
        date: REVIEWED,
        description: description.0,
        description_translated: description.1,
        item: items,
    }
}

/// Pretty JSON with a final newline, as the checklist's files.
fn document<T: Serialize>(resource: &T) -> String {
    let mut text = serde_json::to_string_pretty(resource).unwrap_or_default();
    text.push('\n');
    text
}

/// The diary Questionnaire, as the text of a JSON file.
pub fn questionnaire_json() -> String {
    document(&questionnaire())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Response {
    resource_type: &'static str,
    questionnaire: &'static str,
    status: &'static str,
    authored: String,
    item: Vec<Part<Answered>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Answered {
    link_id: &'static str,
    text: &'static str,
    answer: [AnswerValue; 1],
}

#[derive(Serialize)]
enum AnswerValue {
    #[serde(rename = "valueDate")]
    Date(String),
    #[serde(rename = "valueInteger")]
    Integer(u8),
    #[serde(rename = "valueDecimal")]
    Decimal(Number),
    #[serde(rename = "valueString")]
    String(String),
}

fn answered(link_id: &'static str, text: &'static str, value: AnswerValue) -> Part<Answered> {
    Part::Ours(Answered {
        link_id,
        text,
        answer: [value],
    })
}

/// An entry's medicines as the checklist's QuestionnaireResponse writes them.
fn medication_groups(entry: &Entry) -> Vec<Value> {
    let input = Input {
        answers: Answers::default(),
        medications: entry.medications().to_vec(),
    };
    // `authored` is only a placeholder here: only the items are kept.
    checklist::response_json(&input, "2000-01-01T00:00:00Z")
        .ok()
        .and_then(|text| serde_json::from_str::<Value>(&text).ok())
        .and_then(|response| response["item"].as_array().cloned())
        .unwrap_or_default()
}

/// A response: English, whatever the language the patient read.
fn response(entry: &Entry) -> Response {
    let en = Lang::En.diary_texts();
    let date = entry.date().to_text();
    let mut items = vec![answered(
        DATE,
        en.date_label,
        AnswerValue::Date(date.clone()),
    )];
    for peg in PegItem::ALL {
        let value = AnswerValue::Integer(entry.peg().get(peg));
        items.push(answered(peg.key(), question(en, peg), value));
    }
    let score = Number::from_string_unchecked(entry.score().to_text());
    items.push(answered(SCORE, en.score_label, AnswerValue::Decimal(score)));
    for mut group in medication_groups(entry) {
        group["text"] = Value::from(en.medicines_title);
        items.push(Part::Checklist(group));
    }
    if let Some(note) = entry.note() {
        items.push(answered(
            NOTE,
            en.note_label,
            AnswerValue::String(note.into()),
        ));
    }
    Response {
        resource_type: "QuestionnaireResponse",
        questionnaire: QUESTIONNAIRE_CANONICAL,
        status: "completed",
        authored: date,
        item: items,
    }
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Bundle {
    resource_type: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    entry: Vec<BundleEntry>,
}

#[derive(Serialize)]
struct BundleEntry {
    resource: Response,
}

/// The diary as a FHIR R4 Bundle (`collection`) of QuestionnaireResponses,
/// oldest first, as the text of a JSON file.
pub fn bundle_json(diary: &Diary) -> String {
    document(&Bundle {
        resource_type: "Bundle",
        kind: "collection",
        entry: diary
            .entries()
            .iter()
            .map(|entry| BundleEntry {
                resource: response(entry),
            })
            .collect(),
    })
}

// ---- Reading ----

type Object = Map<String, Value>;

const BUNDLE: &[&str] = &[
    "resourceType",
    "id",
    "meta",
    "implicitRules",
    "language",
    "identifier",
    "type",
    "timestamp",
    "total",
    "link",
    "entry",
    "signature",
];
const BUNDLE_ENTRY: &[&str] = &[
    "id",
    "extension",
    "modifierExtension",
    "link",
    "fullUrl",
    "resource",
    "search",
    "request",
    "response",
];
const ANSWER: &[&str] = &["id", "extension", "modifierExtension"];

fn error<T>(path: impl Into<String>, problem: impl Into<DiaryProblem>) -> Result<T, FieldError> {
    Err(FieldError::new(path, problem))
}

/// `value` as an object whose fields are all among `known`, modifiers refused.
fn object<'v>(value: &'v Value, path: &str, known: &[&str]) -> Result<&'v Object, FieldError> {
    let Value::Object(fields) = value else {
        return error(path, Problem::NotAnObject);
    };
    for key in fields.keys() {
        let name = key.strip_prefix('_').unwrap_or(key);
        if MODIFIERS.contains(&name) {
            return error(member(path, key), Problem::Unsupported);
        }
        if !known.contains(&name) {
            return error(member(path, key), Problem::UnknownField);
        }
    }
    Ok(fields)
}

/// Reads a Bundle written by [`bundle_json`] (or any valid R4 Bundle of
/// responses to the diary Questionnaire): its entries, each date once, or
/// the first problem with its path (`entry[2].resource.item[1].answer[0].valueInteger`).
pub fn read_bundle(text: &str) -> Result<Vec<Entry>, FieldError> {
    let value: Value = serde_json::from_str(text)
        .map_err(|e| FieldError::new("input", Problem::NotJson(e.to_string())))?;
    if value.is_object() {
        if let Some(path) = duplicate_keys::first_duplicate(text) {
            return error(path, Problem::DuplicateKey);
        }
    }
    if !value.is_object() {
        return error("input", Problem::NotAnObject);
    }
    let top = object(&value, "", BUNDLE)?;
    match top.get("resourceType") {
        Some(Value::String(kind)) if kind == "Bundle" => {}
        None => return error("resourceType", Problem::Missing),
        Some(_) => return error("resourceType", Problem::MustBe("\"Bundle\"")),
    }
    match top.get("type") {
        Some(Value::String(kind)) if kind == "collection" => {}
        None => return error("type", Problem::Missing),
        Some(_) => return error("type", Problem::MustBe("\"collection\"")),
    }
    let list = match top.get("entry") {
        None => return Ok(Vec::new()),
        Some(Value::Array(list)) => list,
        Some(_) => return error("entry", DiaryProblem::NotAList),
    };
    if list.len() > MAX_ENTRIES {
        return error("entry", DiaryProblem::TooManyEntries);
    }
    let mut entries: Vec<Entry> = Vec::with_capacity(list.len());
    for (k, item) in list.iter().enumerate() {
        let path = format!("entry[{k}]");
        let fields = object(item, &path, BUNDLE_ENTRY)?;
        let path = path + ".resource";
        let Some(resource) = fields.get("resource") else {
            return error(path, Problem::Missing);
        };
        let entry = read_response(&path, resource)?;
        if entries.iter().any(|e| e.date() == entry.date()) {
            return error(path + ".item[0]", DiaryProblem::DateTaken);
        }
        entries.push(entry);
    }
    entries.sort_by_key(Entry::date);
    Ok(entries)
}

/// One QuestionnaireResponse: items `date`, `pain`, `enjoyment`,
/// `activity`, then optionally `peg_score` (equal to the mean of the
/// answers), the medicine groups and `note`, in this order.
fn read_response(path: &str, value: &Value) -> Result<Entry, FieldError> {
    let top = object(value, path, RESPONSE)?;
    let at = |key: &str| member(path, key);
    match top.get("resourceType") {
        Some(Value::String(kind)) if kind == "QuestionnaireResponse" => {}
        None => return error(at("resourceType"), Problem::Missing),
        Some(_) => {
            return error(
                at("resourceType"),
                Problem::MustBe("\"QuestionnaireResponse\""),
            )
        }
    }
    match top.get("questionnaire") {
        Some(Value::String(canonical)) if canonical == QUESTIONNAIRE_CANONICAL => {}
        None => return error(at("questionnaire"), Problem::Missing),
        Some(_) => return error(at("questionnaire"), DiaryProblem::NotADiary),
    }
    match top.get("status") {
        Some(Value::String(status)) if STATUSES.contains(&status.as_str()) => {}
        None => return error(at("status"), Problem::Missing),
        Some(_) => {
            return error(
                at("status"),
                Problem::MustBe(r#""in-progress", "completed", "amended" or "stopped""#),
            )
        }
    }
    let items = match top.get("item") {
        Some(Value::Array(items)) => items.as_slice(),
        None => &[],
        Some(_) => return error(at("item"), DiaryProblem::NotAList),
    };
    let mut reader = Items {
        path,
        items,
        next: 0,
    };
    let date_value = reader.required(DATE, "valueDate")?;
    let date = match date_value {
        (Value::String(text), _) if CivilDate::parse(text).is_some() => {
            CivilDate::parse(text).unwrap_or_else(|| unreachable!())
        }
        (_, answer) => return error(answer, DiaryProblem::NotADate),
    };
    match top.get("authored") {
        None => {}
        Some(Value::String(when))
            if checklist::is_date_time(when) && when.get(..10) == Some(&date.to_text()) => {}
        Some(_) => return error(at("authored"), Problem::MustBe("the date of the item date")),
    }
    let mut answers = [0u8; 3];
    for (answer, peg) in answers.iter_mut().zip(PegItem::ALL) {
        let (value, answer_path) = reader.required(peg.key(), "valueInteger")?;
        *answer = integer(value)
            .filter(|n| *n <= PEG_MAX)
            .ok_or_else(|| FieldError::new(answer_path, DiaryProblem::ScoreOutOfRange))?;
    }
    let peg = Peg::new(answers[0], answers[1], answers[2])
        .map_err(|peg| FieldError::new(at(peg.key()), DiaryProblem::ScoreOutOfRange))?;
    if let Some((value, answer_path)) = reader.optional(SCORE, "valueDecimal")? {
        let given = match value {
            Value::Number(n) => Decimal::parse_json_literal(n.as_str()).ok(),
            _ => None,
        };
        if given != Some(peg.score().to_decimal()) {
            return error(answer_path, DiaryProblem::ScoreMismatch);
        }
    }
    let (groups, places) = reader.groups()?;
    let medications = if groups.is_empty() {
        Vec::new()
    } else {
        read_medications(groups, &places)?
    };
    let note = match reader.optional(NOTE, "valueString")? {
        None => String::new(),
        Some((Value::String(note), _)) => note.clone(),
        Some((_, answer_path)) => return error(answer_path, DiaryProblem::NotText),
    };
    if let Some(extra) = reader.items.get(reader.next) {
        let item_path = format!("{path}.item[{}]", reader.next);
        let known = [
            "date",
            "pain",
            "enjoyment",
            "activity",
            SCORE,
            MEDICATIONS,
            NOTE,
        ];
        let problem = match extra.get("linkId").and_then(Value::as_str) {
            Some(id) if known.contains(&id) => Problem::OutOfOrder,
            _ => Problem::UnknownQuestion,
        };
        return error(item_path + ".linkId", problem);
    }
    let note_path = format!("{path}.item[{}]", reader.next.saturating_sub(1));
    Entry::new(date, peg, medications, &note).map_err(|(field, problem)| {
        let field = match field {
            EntryField::Note => note_path.clone() + ".answer[0].valueString",
            _ => at("item"),
        };
        FieldError::new(field, problem)
    })
}

/// A `valueInteger` written as a whole number (`3.0` and `3e0` are not:
/// `u8`'s parse takes digits only).
fn integer(value: &Value) -> Option<u8> {
    match value {
        Value::Number(n) => n.as_str().parse().ok(),
        _ => None,
    }
}

/// The items of one response, read in order.
struct Items<'v> {
    path: &'v str,
    items: &'v [Value],
    next: usize,
}

impl<'v> Items<'v> {
    fn item_path(&self) -> String {
        format!("{}.item[{}]", self.path, self.next)
    }

    /// The next item when its `linkId` is `link_id`.
    fn peek(&self, link_id: &str) -> Result<Option<&'v Object>, FieldError> {
        let Some(item) = self.items.get(self.next) else {
            return Ok(None);
        };
        let path = self.item_path();
        let fields = object(item, &path, ITEM)?;
        match fields.get("linkId") {
            None => error(path + ".linkId", Problem::Missing),
            Some(Value::String(id)) if id == link_id => Ok(Some(fields)),
            Some(_) => Ok(None),
        }
    }

    fn required(
        &mut self,
        link_id: &str,
        kind: &'static str,
    ) -> Result<(&'v Value, String), FieldError> {
        match self.optional(link_id, kind)? {
            Some(found) => Ok(found),
            None => error(
                format!("{}.item.where(linkId='{link_id}')", self.path),
                Problem::Missing,
            ),
        }
    }

    /// The one answer of the next item if it is `link_id`, as its `kind`
    /// value and that value's path.
    fn optional(
        &mut self,
        link_id: &str,
        kind: &'static str,
    ) -> Result<Option<(&'v Value, String)>, FieldError> {
        let Some(fields) = self.peek(link_id)? else {
            return Ok(None);
        };
        let path = self.item_path();
        self.next += 1;
        if fields.contains_key("item") {
            return error(path + ".item", Problem::Unsupported);
        }
        let answers = match fields.get("answer") {
            Some(Value::Array(answers)) => answers,
            None => return error(path + ".answer", Problem::Missing),
            Some(_) => return error(path + ".answer", DiaryProblem::NotAList),
        };
        match answers.len() {
            0 => return error(path + ".answer", Problem::Missing),
            1 => {}
            _ => return error(path + ".answer[1]", Problem::OneAnswerOnly),
        }
        let answer_path = path + ".answer[0]";
        let Value::Object(answer) = &answers[0] else {
            return error(answer_path, Problem::NotAnObject);
        };
        for key in answer.keys() {
            let name = key.strip_prefix('_').unwrap_or(key);
            if name == kind {
                continue;
            }
            if MODIFIERS.contains(&name) {
                return error(member(&answer_path, key), Problem::Unsupported);
            }
            if name.starts_with("value") {
                return error(member(&answer_path, key), Problem::WrongValueType(kind));
            }
            if !ANSWER.contains(&name) {
                return error(member(&answer_path, key), Problem::UnknownField);
            }
        }
        match answer.get(kind) {
            Some(value) => Ok(Some((value, member(&answer_path, kind)))),
            None => error(member(&answer_path, kind), Problem::Missing),
        }
    }

    /// The medicine groups that come next, with their paths.
    fn groups(&mut self) -> Result<(Vec<Value>, Vec<String>), FieldError> {
        let mut groups = Vec::new();
        let mut places = Vec::new();
        while self.peek(MEDICATIONS)?.is_some() {
            groups.push(self.items[self.next].clone());
            places.push(self.item_path());
            self.next += 1;
        }
        Ok((groups, places))
    }
}

/// Medicine groups read by the checklist's own reader, its paths
/// (`item[1].item[1].answer[0].valueDecimal`) turned into this Bundle's.
fn read_medications(
    groups: Vec<Value>,
    places: &[String],
) -> Result<Vec<crate::assessment::Medication>, FieldError> {
    let response = serde_json::json!({
        "resourceType": "QuestionnaireResponse",
        "questionnaire": checklist::QUESTIONNAIRE_CANONICAL,
        "status": "completed",
        "item": groups,
    });
    match checklist::parse_response(&response.to_string()) {
        Ok(input) => Ok(input.medications),
        Err(error) => {
            let mut field = error.field.clone();
            for (j, place) in places.iter().enumerate().rev() {
                let prefix = format!("item[{j}]");
                if let Some(rest) = error.field.strip_prefix(&prefix) {
                    field = place.clone() + rest;
                    break;
                }
            }
            Err(FieldError::new(field, error.problem))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integers_are_written_as_integers() {
        let n = |text: &str| integer(&Value::Number(Number::from_string_unchecked(text.into())));
        assert_eq!(n("7"), Some(7));
        assert_eq!(n("7.0"), None);
        assert_eq!(n("7e0"), None);
        assert_eq!(n("300"), None);
        assert_eq!(integer(&Value::from("7")), None);
    }
}
