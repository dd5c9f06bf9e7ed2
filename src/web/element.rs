//! The custom element. Its class is a few lines of JS (a class must extend
//! `HTMLElement`); everything it does on connect and disconnect is here.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use yew::UseReducerHandle;

use super::components::app::{App, AppProps};
use super::hooks::use_saved_state::{pairs_from_text, pairs_to_text};
use crate::form::saved::{handed_over as handed_over_state, to_pairs};
use crate::form::State;
use crate::texts::Lang;

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        tag: &str,
        crash: &[JsValue],
        mount: &JsValue,
        update: &JsValue,
        unmount: &JsValue,
        snapshot: &JsValue,
    );
}

pub const TAG: &str = "oih-checklist";

thread_local! {
    static MOUNTED: RefCell<Vec<(u32, yew::AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
    /// Each app's state as of its last render (an `Rc`, not a copy), for
    /// `snapshot`.
    static STATES: RefCell<Vec<(u32, UseReducerHandle<State>)>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

/// Defines the element. Its stylesheet is not in the wasm: every page that
/// loads the widget already has it, for the first screen (www/element.js,
/// `useStyles`).
pub fn define() {
    let mount = Closure::<dyn Fn(Element, String, bool, String, Option<String>) -> u32>::new(mount)
        .into_js_value();
    let update = Closure::<dyn Fn(u32, String, bool, String)>::new(update).into_js_value();
    let unmount = Closure::<dyn Fn(u32)>::new(unmount).into_js_value();
    let snapshot = Closure::<dyn Fn(u32) -> String>::new(snapshot).into_js_value();
    // The crash screen's words in each language of this build: the tag,
    // then title, text and button. A panic is a wasm trap
    // (immediate-abort): the glue sees it and the snippet shows them in
    // each element's language (scripts/wasm-glue.mjs).
    let crash: Vec<JsValue> = Lang::SUPPORTED
        .iter()
        .flat_map(|lang| {
            let t = lang.texts();
            [lang.tag(), t.crash_title, t.crash_text, t.crash_restart]
        })
        .map(JsValue::from_str)
        .collect();
    define_element(TAG, &crash, &mount, &update, &unmount, &snapshot);
}

/// The app's settings from the element's attributes.
fn props(id: u32, heading_level: &str, compact: bool, lang: &str) -> AppProps {
    AppProps {
        id,
        handed_over: None,
        heading_level: match heading_level.trim().as_bytes() {
            [digit @ b'1'..=b'6'] => digit - b'0',
            _ => 2,
        },
        compact,
        lang: Lang::from_tag(lang),
    }
}

/// Renders a new app into `container` (inside the element's shadow root)
/// and returns its handle. `handed_over` is what `snapshot` of another
/// language's widget gave (a language switch), or undefined.
fn mount(
    container: Element,
    heading_level: String,
    compact: bool,
    lang: String,
    handed_over: Option<String>,
) -> u32 {
    let id = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    let mut props = props(id, &heading_level, compact, &lang);
    props.handed_over = handed_over.and_then(|text| {
        let mut pairs = pairs_from_text(&text)?;
        let remember = pairs.iter().any(|(k, v)| k == REMEMBER && v == "1");
        pairs.retain(|(k, _)| k != REMEMBER);
        Some(Rc::new(handed_over_state(
            pairs,
            remember,
            js_sys::Date::now() as u64,
        )))
    });
    let handle = yew::Renderer::<App>::with_root_and_props(container, props).render();
    MOUNTED.with(|m| m.borrow_mut().push((id, handle)));
    id
}

/// The key of the remember setting in a handed-over state.
const REMEMBER: &str = "remember";

/// Called by each app as it renders: its state, for `snapshot`.
pub fn keep_state(id: u32, state: &UseReducerHandle<State>) {
    STATES.with(|s| {
        let mut states = s.borrow_mut();
        match states.iter_mut().find(|(i, _)| *i == id) {
            Some((_, kept)) => *kept = state.clone(),
            None => states.push((id, state.clone())),
        }
    });
}

/// The app's answers and medicines, and whether it remembers them, as one
/// text, for another language's widget to go on from (www/element.js).
/// Nothing leaves the page.
fn snapshot(id: u32) -> String {
    STATES.with(|s| {
        let states = s.borrow();
        let Some((_, state)) = states.iter().find(|(i, _)| *i == id) else {
            return String::new();
        };
        let mut pairs = to_pairs(state);
        pairs.push((
            REMEMBER.into(),
            if state.remember { "1" } else { "0" }.into(),
        ));
        pairs_to_text(pairs)
    })
}

/// New attribute values for a mounted app: it re-renders, answers kept.
fn update(id: u32, heading_level: String, compact: bool, lang: String) {
    let props = props(id, &heading_level, compact, &lang);
    MOUNTED.with(|m| {
        if let Some((_, handle)) = m.borrow_mut().iter_mut().find(|(i, _)| *i == id) {
            handle.update(props);
        }
    });
}

fn unmount(id: u32) {
    let handle = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let at = mounted.iter().position(|(i, _)| *i == id)?;
        Some(mounted.swap_remove(at).1)
    });
    if let Some(handle) = handle {
        handle.destroy();
    }
    STATES.with(|s| s.borrow_mut().retain(|(i, _)| *i != id));
}
