//! Everything a clinician reviews, in one place, as data: the questions with
//! their allowed answers, conditions and sources ([`questions`]), the drug
//! table with its MME factors ([`drugs`]), the reference list ([`sources`])
//! and every sentence the user reads ([`en`]).
//!
//! The rules in `crate::assessment` read only ids from here; the UI reads the
//! text. Neither holds a question id or a sentence of its own.

pub mod drugs;
pub mod en;
pub mod questions;
pub mod sources;
