//! The FHIR R4 data types the checklist writes, as plain structs whose
//! fields serialize in the order of the FHIR specification, so every export
//! is the same bytes for the same answers.

use serde::Serialize;
use serde_json::Number;

use super::translation::Translated;
use super::CODE_SYSTEM_URL;

/// R4 `Coding`.
#[derive(Clone, Debug, Serialize)]
pub struct Coding {
    pub system: &'static str,
    pub code: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<&'static str>,
    /// The display in the other languages (the Questionnaire's answers).
    #[serde(rename = "_display", skip_serializing_if = "Option::is_none")]
    pub display_translated: Option<Translated>,
}

impl Coding {
    /// A code of the checklist's own code system, with its display.
    pub fn ours(code: &'static str, display: &'static str) -> Coding {
        Coding {
            system: CODE_SYSTEM_URL,
            code,
            display: Some(display),
            display_translated: None,
        }
    }

    /// A code with no display (`enableWhen`, an item control).
    pub fn bare(system: &'static str, code: &'static str) -> Coding {
        Coding {
            system,
            code,
            display: None,
            display_translated: None,
        }
    }
}

/// R4 `CodeableConcept`, with one coding.
#[derive(Clone, Debug, Serialize)]
pub struct CodeableConcept {
    pub coding: [Coding; 1],
}

/// R4 `Extension` with a value.
#[derive(Clone, Debug, Serialize)]
pub struct Extension {
    pub url: &'static str,
    #[serde(flatten)]
    pub value: ExtensionValue,
}

#[derive(Clone, Debug, Serialize)]
pub enum ExtensionValue {
    #[serde(rename = "valueInteger")]
    Integer(u32),
    #[serde(rename = "valueCodeableConcept")]
    CodeableConcept(CodeableConcept),
}

/// The value of an answer (`QuestionnaireResponse.item.answer.value[x]`).
#[derive(Clone, Debug, Serialize)]
pub enum AnswerValue {
    #[serde(rename = "valueCoding")]
    Coding(Coding),
    /// The exact decimal text, never through `f64`.
    #[serde(rename = "valueDecimal")]
    Decimal(Number),
    #[serde(rename = "valueInteger")]
    Integer(u32),
}

/// `QuestionnaireResponse.item.answer`.
#[derive(Clone, Debug, Serialize)]
pub struct Answer {
    #[serde(flatten)]
    pub value: AnswerValue,
}

/// The answer an `enableWhen` compares with (`answer[x]`).
#[derive(Clone, Debug, Serialize)]
pub enum EnableWhenAnswer {
    #[serde(rename = "answerBoolean")]
    Boolean(bool),
    #[serde(rename = "answerCoding")]
    Coding(Coding),
}

/// `Questionnaire.item.enableWhen`.
#[derive(Clone, Debug, Serialize)]
pub struct EnableWhen {
    pub question: &'static str,
    pub operator: &'static str,
    #[serde(flatten)]
    pub answer: EnableWhenAnswer,
}

/// `Questionnaire.item.answerOption`.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AnswerOption {
    pub value_coding: Coding,
}
