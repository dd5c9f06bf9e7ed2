//! Hooks: where the widget touches the browser beyond rendering.

pub mod use_focus_request;
pub mod use_saved_state;
