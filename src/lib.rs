//! oih-checklist: a private, in-browser checklist for signs of
//! opioid-induced hyperalgesia. See ARCHITECTURE.md for the map.

pub mod assessment;
pub mod content;
pub mod contract;
