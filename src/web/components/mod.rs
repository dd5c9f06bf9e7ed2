//! One component per file. The diary's wasm (feature `diary-ui`) takes only
//! the parts it shares with the checklist: the heading tags and the medicine
//! row.

#[cfg(feature = "widget")]
pub mod app;
#[cfg(feature = "widget")]
mod diary_launcher;
pub mod heading;
pub mod medicine_row;
#[cfg(feature = "widget")]
mod medicines;
#[cfg(feature = "widget")]
mod mme_summary;
#[cfg(feature = "widget")]
mod progress;
#[cfg(feature = "widget")]
mod question;
#[cfg(feature = "widget")]
mod references;
#[cfg(feature = "widget")]
mod restore_notice;
#[cfg(feature = "widget")]
mod result;
#[cfg(feature = "widget")]
mod save_panel;
#[cfg(feature = "widget")]
mod summary_actions;
