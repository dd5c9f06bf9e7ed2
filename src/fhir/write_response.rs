//! A valid input as a QuestionnaireResponse: one item per applicable,
//! answered question and one group per medicine, in the Questionnaire's
//! order; `completed` when every applicable question is answered. A
//! medicine's `per_dose` and `purpose` are written when they are not the
//! defaults (1, `pain`), as in the contract.

use serde::Serialize;
use serde_json::Number;

use super::elements::{Answer, AnswerValue, Coding};
use super::layout::{Entry, AMOUNT, DRUG, LAYOUT, MEDICATIONS, PER_DOSE, PURPOSE, TIMES_PER_DAY};
use super::QUESTIONNAIRE_CANONICAL;
use crate::assessment::{assess, Input, Medication};
use crate::content::drugs::Purpose;
use crate::content::questions::QuestionId;
use crate::texts::en;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    resource_type: &'static str,
    questionnaire: &'static str,
    status: &'static str,
    authored: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<Item>,
}

/// `QuestionnaireResponse.item`.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Item {
    link_id: &'static str,
    text: &'static str,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    answer: Vec<Answer>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    item: Vec<Item>,
}

impl Item {
    fn answered(link_id: &'static str, text: &'static str, value: AnswerValue) -> Item {
        Item {
            link_id,
            text,
            answer: vec![Answer { value }],
            item: Vec::new(),
        }
    }
}

/// `authored` is taken as given (checked by the caller).
pub fn response(input: &Input, authored: &str) -> QuestionnaireResponse {
    let complete = assess(input).unanswered.is_empty();
    let mut items = Vec::new();
    for entry in LAYOUT {
        match entry {
            Entry::Question(id) => items.extend(question_item(input, id)),
            Entry::Medications => items.extend(input.medications.iter().map(medication_item)),
        }
    }
    QuestionnaireResponse {
        resource_type: "QuestionnaireResponse",
        questionnaire: QUESTIONNAIRE_CANONICAL,
        status: if complete { "completed" } else { "in-progress" },
        authored: authored.to_string(),
        item: items,
    }
}

/// The item for a question that applies and was answered.
fn question_item(input: &Input, id: QuestionId) -> Option<Item> {
    let code = input.answers.get(id)?;
    let question = id.question();
    let text = en::question(id);
    let at = question.options.iter().position(|o| *o == code)?;
    Some(Item::answered(
        question.key,
        text.prompt,
        AnswerValue::Coding(Coding::ours(code, text.options[at])),
    ))
}

fn medication_item(medication: &Medication) -> Item {
    let drug = medication.drug;
    let mut items = vec![Item::answered(
        DRUG,
        en::MEDICINE_LABEL,
        AnswerValue::Coding(Coding::ours(drug.id, en::drug_name(drug.id))),
    )];
    if let Some(amount) = medication.amount {
        // Plain decimal text is always a valid JSON number.
        let number = Number::from_string_unchecked(amount.to_string());
        items.push(Item::answered(
            AMOUNT,
            en::FHIR_AMOUNT_LABEL,
            AnswerValue::Decimal(number),
        ));
    }
    if medication.per_dose != 1 {
        items.push(Item::answered(
            PER_DOSE,
            en::FHIR_PER_DOSE_LABEL,
            AnswerValue::Integer(medication.per_dose),
        ));
    }
    if let Some(times) = medication.times_per_day {
        items.push(Item::answered(
            TIMES_PER_DAY,
            en::TIMES_LABEL,
            AnswerValue::Integer(times),
        ));
    }
    if medication.purpose != Purpose::Pain {
        let purpose = medication.purpose;
        items.push(Item::answered(
            PURPOSE,
            en::FHIR_PURPOSE_LABEL,
            AnswerValue::Coding(Coding::ours(purpose.id(), en::purpose(purpose))),
        ));
    }
    Item {
        link_id: MEDICATIONS,
        text: en::MEDICINES_TITLE,
        answer: Vec::new(),
        item: items,
    }
}
