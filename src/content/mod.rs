//! The clinical tables, the lowest floor of the crate: the questions with
//! their allowed answers, applicability and sources ([`questions`]), the drug
//! table with its MME factors ([`drugs`]), the reference list ([`sources`])
//! and the content version ([`version`]). Plain data a clinician reviews; it
//! imports nothing above it.
//!
//! The rules (`crate::assessment`) read these tables; the words for them live
//! one floor up, in `crate::texts`.

pub mod brands;
pub mod drugs;
pub mod questions;
pub mod sources;
pub mod version;
