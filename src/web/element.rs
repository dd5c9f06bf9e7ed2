//! The custom element. Its class is a few lines of JS (a class must extend
//! `HTMLElement`); everything it does on connect and disconnect is here.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;

use super::components::app::{App, AppProps};
use crate::texts::{en, Lang};

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = defineElement)]
    fn define_element(
        tag: &str,
        css: &str,
        crash: &[JsValue],
        mount: &JsValue,
        update: &JsValue,
        unmount: &JsValue,
    );
}

pub const TAG: &str = "oih-checklist";

thread_local! {
    static MOUNTED: RefCell<Vec<(u32, yew::AppHandle<App>)>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

pub fn define(css: &str) {
    let mount = Closure::<dyn Fn(Element, String, bool, String) -> u32>::new(mount).into_js_value();
    let update = Closure::<dyn Fn(u32, String, bool, String)>::new(update).into_js_value();
    let unmount = Closure::<dyn Fn(u32)>::new(unmount).into_js_value();
    // The crash screen's words. A panic is a wasm trap (immediate-abort):
    // the glue sees it and the snippet shows them (scripts/wasm-glue.mjs).
    let crash = [en::CRASH_TITLE, en::CRASH_TEXT, en::CRASH_RESTART].map(JsValue::from_str);
    define_element(TAG, css, &crash, &mount, &update, &unmount);
}

/// The app's settings from the element's attributes.
fn props(heading_level: &str, compact: bool, lang: &str) -> AppProps {
    AppProps {
        heading_level: heading_level
            .trim()
            .parse()
            .ok()
            .filter(|l| (1..=6).contains(l))
            .unwrap_or(2),
        compact,
        lang: Lang::from_tag(lang),
    }
}

/// Renders a new app into `container` (inside the element's shadow root)
/// and returns its handle.
fn mount(container: Element, heading_level: String, compact: bool, lang: String) -> u32 {
    let props = props(&heading_level, compact, &lang);
    let handle = yew::Renderer::<App>::with_root_and_props(container, props).render();
    let id = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    MOUNTED.with(|m| m.borrow_mut().push((id, handle)));
    id
}

/// New attribute values for a mounted app: it re-renders, answers kept.
fn update(id: u32, heading_level: String, compact: bool, lang: String) {
    let props = props(&heading_level, compact, &lang);
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
}
