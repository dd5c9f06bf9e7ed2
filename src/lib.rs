//! oih-checklist: a private, in-browser checklist for signs of
//! opioid-induced hyperalgesia. See ARCHITECTURE.md for the map.

pub mod assessment;
pub mod content;
#[cfg(feature = "json")]
pub mod contract;
pub mod decimal;
pub mod diary;
pub mod diary_chart;
pub mod diary_form;
#[cfg(feature = "json")]
pub mod fhir;
pub mod form;
pub mod input_json;
pub mod medicine;
pub mod summary;
pub mod texts;

#[cfg(all(target_arch = "wasm32", any(feature = "widget", feature = "diary-ui")))]
pub mod web;

#[cfg(all(target_arch = "wasm32", feature = "wasm-api"))]
pub mod wasm_api;
