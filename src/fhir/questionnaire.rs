//! The R4 Questionnaire, built from the question and drug tables and the
//! English texts.
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
use super::{ID, QUESTIONNAIRE_URL};
use crate::assessment::MAX_MEDICATIONS;
use crate::content::drugs::{Purpose, DRUGS};
use crate::content::questions::{Applies, Question, QuestionId, NOT_TAKING};
use crate::content::version::{CONTENT_VERSION, REVIEWED};
use crate::texts::en;

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
    status: &'static str,
    subject_type: [&'static str; 1],
    date: &'static str,
    description: &'static str,
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
    fn new(link_id: impl Into<String>, text: &'static str, kind: &'static str) -> Item {
        Item {
            extension: Vec::new(),
            link_id: link_id.into(),
            text,
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
        status: "active",
        subject_type: ["Patient"],
        date: REVIEWED,
        description: en::INTRO,
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

fn question_item(question: &Question) -> Item {
    let text = en::question(question.id);
    let mut item = Item::new(question.key, text.prompt, "choice");
    item.extension = vec![item_control("radio-button")];
    (item.enable_when, item.enable_behavior) = enable_when(question.applies);
    item.answer_option = labelled_options(question)
        .map(|(code, label)| AnswerOption {
            value_coding: Coding::ours(code, label),
        })
        .collect();
    if let Some(hint) = text.hint {
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
        answer: EnableWhenAnswer::Coding(Coding {
            system: super::CODE_SYSTEM_URL,
            code,
            display: None,
        }),
    }
}

fn medications_item() -> Item {
    let mut group = Item::new(MEDICATIONS, en::MEDICINES_TITLE, "group");
    group.extension = vec![Extension {
        url: MAX_OCCURS,
        value: ExtensionValue::Integer(MAX_MEDICATIONS as u32),
    }];
    group.repeats = Some(true);

    let mut drug = Item::new(DRUG, en::MEDICINE_LABEL, "choice");
    drug.extension = vec![item_control("drop-down")];
    drug.required = Some(true);
    drug.answer_option = DRUGS
        .iter()
        .map(|d| AnswerOption {
            value_coding: Coding::ours(d.id, en::drug_name(d.id)),
        })
        .collect();

    let amount = Item::new(AMOUNT, en::FHIR_AMOUNT_LABEL, "decimal");

    // For every medicine, the patch too; 1 when not given.
    let mut per_dose = Item::new(PER_DOSE, en::FHIR_PER_DOSE_LABEL, "integer");
    per_dose.extension = range(1, 10);

    // Not for the patch: enabled by each medicine taken in doses.
    let mut times = Item::new(TIMES_PER_DAY, en::TIMES_LABEL, "integer");
    times.extension = range(1, 24);
    times.enable_when = DRUGS
        .iter()
        .filter(|d| d.takes_doses_per_day())
        .map(|d| equals(DRUG, d.id))
        .collect();
    times.enable_behavior = Some("any");

    // Only for methadone and buprenorphine; pain when not given.
    let mut purpose = Item::new(PURPOSE, en::FHIR_PURPOSE_LABEL, "choice");
    purpose.extension = vec![item_control("radio-button")];
    purpose.enable_when = DRUGS
        .iter()
        .filter(|d| d.takes_purpose())
        .map(|d| equals(DRUG, d.id))
        .collect();
    purpose.enable_behavior = Some("any");
    purpose.answer_option = labelled_purposes()
        .map(|(code, label)| AnswerOption {
            value_coding: Coding::ours(code, label),
        })
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
            coding: [Coding {
                system: ITEM_CONTROL_SYSTEM,
                code,
                display: None,
            }],
        }),
    }
}
