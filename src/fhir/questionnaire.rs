//! The R4 Questionnaire, built from the question and drug tables and the
//! English texts, with every text and answer display in the other languages
//! beside it (`translation::translated`).
//!
//! When a question applies is said with `exists` and `=` only (R4 readers
//! disagree on `!=` against an unanswered question). An item whose
//! `enableWhen` names a disabled item sees it as unanswered (R4), which
//! carries the "opioid question" condition on to `response_to_increase`.

use serde::Serialize;

use super::elements::{
    AnswerOption, CodeableConcept, Coding, EnableWhen, EnableWhenAnswer, Extension, ExtensionValue,
};
use super::layout::{Entry, AMOUNT, DRUG, LAYOUT, MEDICATIONS, PER_DOSE, PURPOSE, TIMES_PER_DAY};
use super::translation::{translated, Translated};
use super::{ID, QUESTIONNAIRE_URL};
use crate::assessment::MAX_MEDICATIONS;
use crate::content::drugs::{Purpose, DRUGS};
use crate::content::questions::{Applies, Question, QuestionId, NOT_TAKING};
use crate::content::version::{CONTENT_VERSION, REVIEWED};
use crate::texts::{en, Lang, Texts};

const ITEM_CONTROL: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
const ITEM_CONTROL_SYSTEM: &str = "http://hl7.org/fhir/questionnaire-item-control";
const MAX_OCCURS: &str = "http://hl7.org/fhir/StructureDefinition/questionnaire-maxOccurs";
const MIN_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/minValue";
const MAX_VALUE: &str = "http://hl7.org/fhir/StructureDefinition/maxValue";

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Questionnaire {
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
    item: Vec<Item>,
}

/// `Questionnaire.item`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Item {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    extension: Vec<Extension>,
    link_id: String,
    text: &'static str,
    #[serde(rename = "_text", skip_serializing_if = "Option::is_none")]
    text_translated: Option<Translated>,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    enable_when: Vec<EnableWhen>,
    #[serde(skip_serializing_if = "Option::is_none")]
    enable_behavior: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    required: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    repeats: Option<bool>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer_option: Vec<AnswerOption>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<Item>,
}

impl Item {
    /// An item whose text is `in_lang` of each language's texts.
    fn new(
        link_id: impl Into<String>,
        in_lang: impl Fn(&'static Texts) -> &'static str,
        kind: &'static str,
    ) -> Item {
        Item {
            extension: Vec::new(),
            link_id: link_id.into(),
            text: in_lang(Lang::En.texts()),
            text_translated: translated(in_lang),
            kind,
            enable_when: Vec::new(),
            enable_behavior: None,
            required: None,
            repeats: None,
            answer_option: Vec::new(),
            item: Vec::new(),
        }
    }
}

pub fn questionnaire() -> Questionnaire {
    Questionnaire {
        resource_type: "Questionnaire",
        id: ID,
        language: "en",
        url: QUESTIONNAIRE_URL,
        version: CONTENT_VERSION,
        name: "OihChecklist",
        title: en::TITLE,
        title_translated: translated(|t| t.title),
        status: "active",
        subject_type: ["Patient"],
        date: REVIEWED,
        description: en::INTRO,
        description_translated: translated(|t| t.intro),
        item: LAYOUT
            .iter()
            .map(|entry| match entry {
                Entry::Question(id) => question_item(id.question()),
                Entry::Medications => medications_item(),
            })
            .collect(),
    }
}

/// The displayed label of each answer code of a question, in table order.
pub fn labelled_options(question: &Question) -> impl Iterator<Item = (&'static str, &'static str)> {
    let labels = en::question(question.id).options;
    question.options.iter().copied().zip(labels.iter().copied())
}

/// An answer of our code system, its display in every language as
/// `in_lang` picks it.
fn option(code: &'static str, in_lang: impl Fn(&'static Texts) -> &'static str) -> AnswerOption {
    let mut coding = Coding::ours(code, in_lang(Lang::En.texts()));
    coding.display_translated = translated(in_lang);
    AnswerOption {
        value_coding: coding,
    }
}

fn question_item(question: &Question) -> Item {
    let id = question.id;
    let text = move |t: &'static Texts| (t.question)(id);
    let mut item = Item::new(question.key, move |t| text(t).prompt, "choice");
    item.extension = vec![item_control("radio-button")];
    (item.enable_when, item.enable_behavior) = enable_when(question.applies);
    item.answer_option = question
        .options
        .iter()
        .enumerate()
        .map(|(i, code)| option(code, move |t| text(t).options[i]))
        .collect();
    if text(Lang::En.texts()).hint.is_some() {
        // (Every language has a hint where English has one: texts' tests.)
        let hint = move |t: &'static Texts| text(t).hint.unwrap_or_default();
        let mut help = Item::new(format!("{}.hint", question.key), hint, "display");
        help.extension = vec![item_control("help")];
        item.item = vec![help];
    }
    item
}

/// The `enableWhen` conditions and `enableBehavior` for a question.
fn enable_when(applies: Applies) -> (Vec<EnableWhen>, Option<&'static str>) {
    match applies {
        Applies::Always => (Vec::new(), None),
        Applies::OpioidQuestion => {
            // Unanswered, or an answer that leaves the opioid questions on.
            let opioid_use = QuestionId::OpioidUse.question();
            let mut conditions = vec![EnableWhen {
                question: opioid_use.key,
                operator: "exists",
                answer: EnableWhenAnswer::Boolean(false),
            }];
            conditions.extend(
                opioid_use
                    .options
                    .iter()
                    .filter(|answer| !NOT_TAKING.contains(answer))
                    .map(|answer| equals(opioid_use.key, answer)),
            );
            (conditions, Some("any"))
        }
        Applies::When { question, answer } => (vec![equals(question.key(), answer)], None),
    }
}

fn equals(question: &'static str, code: &'static str) -> EnableWhen {
    EnableWhen {
        question,
        operator: "=",
        answer: EnableWhenAnswer::Coding(Coding::bare(super::CODE_SYSTEM_URL, code)),
    }
}

fn medications_item() -> Item {
    let mut group = Item::new(MEDICATIONS, |t| t.medicines_title, "group");
    group.extension = vec![Extension {
        url: MAX_OCCURS,
        value: ExtensionValue::Integer(MAX_MEDICATIONS as u32),
    }];
    group.repeats = Some(true);

    let mut drug = Item::new(DRUG, |t| t.medicine_label, "choice");
    drug.extension = vec![item_control("drop-down")];
    drug.required = Some(true);
    drug.answer_option = DRUGS
        .iter()
        .map(|d| option(d.id, |t| (t.drug_name)(d.id)))
        .collect();

    let amount = Item::new(
        AMOUNT,
        |t| t.lang.summary_texts().fhir_amount_label,
        "decimal",
    );

    // For every medicine, the patch too; 1 when not given.
    let mut per_dose = Item::new(
        PER_DOSE,
        |t| t.lang.summary_texts().fhir_per_dose_label,
        "integer",
    );
    per_dose.extension = range(1, 10);

    // Not for the patch: enabled by each medicine taken in doses.
    let mut times = Item::new(TIMES_PER_DAY, |t| t.times_label, "integer");
    times.extension = range(1, 24);
    times.enable_when = DRUGS
        .iter()
        .filter(|d| d.takes_doses_per_day())
        .map(|d| equals(DRUG, d.id))
        .collect();
    times.enable_behavior = Some("any");

    // Only for methadone and buprenorphine; pain when not given.
    let mut purpose = Item::new(
        PURPOSE,
        |t| t.lang.summary_texts().fhir_purpose_label,
        "choice",
    );
    purpose.extension = vec![item_control("radio-button")];
    purpose.enable_when = DRUGS
        .iter()
        .filter(|d| d.takes_purpose())
        .map(|d| equals(DRUG, d.id))
        .collect();
    purpose.enable_behavior = Some("any");
    purpose.answer_option = Purpose::ALL
        .into_iter()
        .map(|p| option(p.id(), move |t| (t.purpose)(p)))
        .collect();

    group.item = vec![drug, amount, per_dose, times, purpose];
    group
}

/// The purposes' codes with their displayed labels, in order.
pub fn labelled_purposes() -> impl Iterator<Item = (&'static str, &'static str)> {
    Purpose::ALL.into_iter().map(|p| (p.id(), en::purpose(p)))
}

/// `minValue` and `maxValue` of an integer item.
fn range(min: u32, max: u32) -> Vec<Extension> {
    vec![
        Extension {
            url: MIN_VALUE,
            value: ExtensionValue::Integer(min),
        },
        Extension {
            url: MAX_VALUE,
            value: ExtensionValue::Integer(max),
        },
    ]
}

fn item_control(code: &'static str) -> Extension {
    Extension {
        url: ITEM_CONTROL,
        value: ExtensionValue::CodeableConcept(CodeableConcept {
            coding: [Coding::bare(ITEM_CONTROL_SYSTEM, code)],
        }),
    }
}
