//! Shown when answers saved in this browser were brought back: when they
//! were saved, and "Start fresh" (which also erases the stored copy), so the
//! next person on a shared computer is never shown someone's answers
//! without being told.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::form::{Action, State};
use crate::texts::Lang;

/// The date in the reader's language, as the browser writes it ("3
/// November 2026").
fn long_date(ms: u64, lang: Lang) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"long".into());
    js_sys::Date::new(&JsValue::from_f64(ms as f64))
        .to_locale_date_string(lang.tag(), &options)
        .into()
}

/// `saved_at`: when the copy was saved, in ms since 1970.
pub fn restore_notice(lang: Lang, saved_at: u64, dispatch: &UseReducerDispatcher<State>) -> Html {
    let t = lang.texts();
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::StartFresh))
    };
    html! {
        <div class="oih-restored" role="region" aria-labelledby="oih-restored-text">
            <p id="oih-restored-text">{ (t.restored)(&long_date(saved_at, lang)) }</p>
            <button type="button" class="oih-button oih-secondary" {onclick}>{ t.start_fresh }</button>
        </div>
    }
}
