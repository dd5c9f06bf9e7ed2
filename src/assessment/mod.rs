//! The assessment: plain Rust, no web dependency.
//!
//! [`Input`] holds valid answers and medicines only; the checks that make
//! them valid live in [`input`]. [`assess`] turns an input into an
//! [`Assessment`] by the rules of clinical-content.md and never fails.

pub mod input;
pub mod mme;
pub mod outcome;
mod rules;

pub use input::{Answers, Input, Medication, Problem};
pub use outcome::{
    Action, Assessment, DoseBand, Level, Pattern, RedFlag, RiskFactor, Safety, Sign,
};

/// The version of the rules this code implements (`rules_version`).
pub const RULES_VERSION: &str = "2";

/// At most this many medicines are counted.
pub const MAX_MEDICATIONS: usize = 10;

/// Applies the rules to a valid input.
pub fn assess(input: &Input) -> Assessment {
    rules::assess(input)
}
