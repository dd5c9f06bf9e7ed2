//! "Print a summary for your doctor" and "Copy summary as text": the
//! summary (`crate::summary`) is made from the current answers on click,
//! printed on its own (never the host page) or put on the clipboard.
//! Neither makes a request.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::assessment::{Assessment, Input};
use crate::summary::{made_at, parts, to_html, to_text};
use crate::texts::{Lang, Texts};

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = printSummary)]
    fn print_summary(html: &str, css: &str);
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str, done: &js_sys::Function);
}

/// The printed summary's stylesheet, minified by build.rs.
const CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/summary.min.css"));

#[derive(Properties, PartialEq)]
pub struct SummaryActionsProps {
    pub lang: Lang,
    pub input: Input,
    pub assessment: Assessment,
    pub not_counted: usize,
}

/// Now, in words, in the browser's time zone.
fn now(t: &Texts) -> String {
    let d = js_sys::Date::new_0();
    made_at(
        t,
        (d.get_full_year(), d.get_month(), d.get_date()),
        (d.get_hours(), d.get_minutes()),
        -(d.get_timezone_offset() as i32),
    )
}

#[component(SummaryActions)]
pub fn summary_actions(props: &SummaryActionsProps) -> Html {
    let t = props.lang.texts();
    // None: nothing copied yet; Some(ok): the outcome of the last copy.
    let copied = use_state_eq(|| None::<bool>);
    let summary = {
        let (input, assessment, not_counted) = (
            props.input.clone(),
            props.assessment.clone(),
            props.not_counted,
        );
        move || parts(t, &input, &assessment, &now(t), not_counted)
    };
    let print = {
        let summary = summary.clone();
        Callback::from(move |_: MouseEvent| print_summary(&to_html(&summary()), CSS))
    };
    let copy = {
        let copied = copied.clone();
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            let done = Closure::once_into_js(move |ok: bool| copied.set(Some(ok)));
            copy_text(&to_text(&summary()), done.unchecked_ref());
        })
    };
    let message = match *copied {
        Some(true) => t.copied,
        Some(false) => t.copy_failed,
        None => "",
    };
    html! {
        <>
            <button type="button" class="oih-button" id="oih-print" onclick={print}>{ t.print }</button>
            <button type="button" class="oih-button oih-secondary" id="oih-copy" onclick={copy}>{ t.copy }</button>
            <p class="oih-note oih-copy-status" role="status">{ message }</p>
        </>
    }
}
