//! The pain diary's shell: its own wasm (feature `diary-ui`), loaded by
//! `www/element.js` when a patient opens the diary from the result, and
//! mounted into the container the widget gives it. Data flow as in the
//! checklist: DOM event -> `DiaryAction` -> `DiaryState` (plain Rust,
//! `crate::diary_form`) -> markup; the entries live in IndexedDB only after
//! the patient opts in (`www/diary-store.js`).

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::Element;

mod app;
mod entries;
mod entry_form;
mod store;
mod tools;
mod where_kept;

use crate::texts::Lang;
use app::{DiaryApp, DiaryProps};

thread_local! {
    static MOUNTED: RefCell<Vec<(u32, yew::AppHandle<DiaryApp>)>> = const { RefCell::new(Vec::new()) };
    static NEXT: RefCell<u32> = const { RefCell::new(0) };
}

/// Renders the diary into `container` (inside the widget's shadow root):
/// `lang` as the widget's, `medicines` the checklist's medicine choices as
/// `name|strength|amount|per_dose|times|purpose` lines (the first entry
/// starts from them), `heading_level` the level of the diary's title.
/// Returns a handle for `unmount_diary`.
#[wasm_bindgen]
pub fn mount_diary(container: Element, lang: &str, heading_level: u8, medicines: &str) -> u32 {
    let props = DiaryProps {
        lang: Lang::from_tag(lang),
        heading_level: heading_level.clamp(1, 6),
        medicines: medicines.into(),
    };
    adopt_stylesheet(&container);
    let handle = yew::Renderer::<DiaryApp>::with_root_and_props(container, props).render();
    let id = NEXT.with(|n| {
        let mut n = n.borrow_mut();
        *n += 1;
        *n
    });
    MOUNTED.with(|m| m.borrow_mut().push((id, handle)));
    id
}

/// Removes a mounted diary (the widget was removed from the page).
#[wasm_bindgen]
pub fn unmount_diary(id: u32) {
    let handle = MOUNTED.with(|m| {
        let mut mounted = m.borrow_mut();
        let at = mounted.iter().position(|(i, _)| *i == id)?;
        Some(mounted.swap_remove(at).1)
    });
    if let Some(handle) = handle {
        handle.destroy();
    }
}

/// The diary's stylesheet (www/diary.css, minified by build.rs), adopted
/// into the widget's shadow root beside the widget's own (once per root).
fn adopt_stylesheet(container: &Element) {
    thread_local! {
        static SHEET: Option<web_sys::CssStyleSheet> = web_sys::CssStyleSheet::new().ok().inspect(|sheet| {
            let _ = sheet.replace_sync(include_str!(concat!(env!("OUT_DIR"), "/diary.min.css")));
        });
    }
    let root: JsValue = container.get_root_node().into();
    let key = JsValue::from_str("adoptedStyleSheets");
    SHEET.with(|sheet| {
        let (Some(sheet), Ok(sheets)) = (sheet, js_sys::Reflect::get(&root, &key)) else {
            return;
        };
        let sheets = js_sys::Array::from(&sheets);
        if !sheets.includes(sheet, 0) {
            sheets.push(sheet);
            let _ = js_sys::Reflect::set(&root, &key, &sheets);
        }
    });
}
