//! oih-checklist: a private, in-browser checklist for signs of
//! opioid-induced hyperalgesia. See ARCHITECTURE.md for the map.

pub mod assessment;
pub mod content;
#[cfg(feature = "json")]
pub mod contract;
pub mod form;

#[cfg(target_arch = "wasm32")]
pub mod web;
