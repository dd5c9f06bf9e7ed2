//! The assessment: plain Rust, no web dependency.
//!
//! [`Input`] holds valid answers and medicines only; the checks that make
//! them valid live in [`input`]. [`assess`] turns an input into an
//! [`Assessment`] by the rules of clinical-content.md (version 3) and never
//! fails.

pub mod input;
pub mod mme;
pub mod outcome;
mod rules;

pub use input::{Answers, Input, Medication, MedicationField, Problem};
pub use outcome::{
    Action, Assessment, DoseBand, Level, NaloxoneReason, Pattern, RedFlag, RiskFactor, Safety, Sign,
};

/// The version of the rules this code implements (`rules_version`).
pub const RULES_VERSION: &str = "3";

/// At most this many medicines are counted.
pub const MAX_MEDICATIONS: usize = 10;

/// Applies the rules to a valid input.
pub fn assess(input: &Input) -> Assessment {
    rules::assess(input)
}

/// What the naloxone text names first (clinical-content.md v3, "Safety"):
/// the answers that put this person among those at higher risk of an
/// overdose, in the fixed order of [`NaloxoneReason`] (dose band `50_to_89`
/// or `90_or_more`, `stopped_recently`, `kidney` `yes`, `liver` `yes`, a
/// medicine for opioid use disorder). Empty when `naloxone` is not among
/// the assessment's safety items. `assessment` must be `assess(input)`.
/// Not part of the JSON output.
pub fn naloxone_reasons(input: &Input, assessment: &Assessment) -> Vec<NaloxoneReason> {
    rules::naloxone_reasons(input, assessment)
}

/// U of the rules: how many sign questions that apply were answered
/// `unsure` (the five core items, `myoclonus`, `response_to_increase`).
/// With level `few_signs`, U >= 1 makes the action `next_appointment`, and
/// the level's words say how many signs the person was not sure about.
pub fn unsure_sign_count(answers: &Answers) -> usize {
    rules::unsure_signs(answers)
}
