//! Shown when answers saved in this browser were brought back: when they
//! were saved, and "Start fresh" (which also erases the stored copy), so the
//! next person on a shared computer is never shown someone's answers
//! without being told.

use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::form::saved::MAX_AGE_MS;
use crate::form::{ids, Action, State};
use crate::texts::{Lang, Texts};

/// The date on this device's calendar, in words as the summary writes it
/// ("6 December 2026"): one format everywhere.
pub fn long_date(t: &Texts, ms: u64) -> String {
    let d = js_sys::Date::new(&JsValue::from_f64(ms as f64));
    (t.long_date)(d.get_full_year() as i32, d.get_month(), d.get_date())
}

/// `saved_at`: when the copy was saved, in ms since 1970.
pub fn restore_notice(lang: Lang, saved_at: u64, dispatch: &UseReducerDispatcher<State>) -> Html {
    let t = lang.texts();
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::StartFresh))
    };
    html! {
        // Focused when the answers come back (`saved::restore`): brought into
        // view whatever scroll position the browser restores, and read out.
        <div class="oih-restored" role="region" aria-labelledby="oih-restored-text" id={ids::RESTORED} tabindex="-1">
            <p id="oih-restored-text">{ (t.restored)(&long_date(t, saved_at), &long_date(t, saved_at + MAX_AGE_MS)) }</p>
            <button type="button" class="oih-button oih-secondary" {onclick}>{ t.start_fresh }</button>
        </div>
    }
}
