//! One component per file.

pub mod app;
pub mod heading;
mod medicine_row;
mod medicines;
mod mme_summary;
mod progress;
mod question;
mod references;
mod restore_notice;
mod result;
mod save_panel;
mod summary_actions;
