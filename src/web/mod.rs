//! The browser shell: the `<oih-checklist>` custom element, the Yew app it
//! renders in its shadow root. (A panic is a wasm trap, caught by the glue:
//! scripts/wasm-glue.mjs.)
//!
//! Data flow: DOM event -> `form::Action` -> `form::State` (reducer) ->
//! `assessment::assess` (the core) -> markup. No rule is decided here.

//!
//! The same module builds the pain diary's own wasm (feature `diary-ui`,
//! without `widget`): `diary` and the components it shares with the
//! checklist (the medicine row, markup), loaded only when the diary opens.

mod components;
#[cfg(feature = "diary-ui")]
pub mod diary;
#[cfg(feature = "widget")]
mod element;
#[cfg(feature = "widget")]
mod hooks;
mod markup;
#[cfg(feature = "widget")]
mod state;

#[cfg(feature = "widget")]
use wasm_bindgen::prelude::*;

/// Runs once when the module is instantiated: defines the custom element.
#[cfg(feature = "widget")]
#[wasm_bindgen(start)]
pub fn start() {
    element::define();
}

/// talc instead of Rust's default dlmalloc: made for single-threaded wasm and
/// measured smaller here (see the closing note of the size work).
#[cfg(not(target_feature = "atomics"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
