//! "Print a summary for your doctor", "Copy summary as text" and "Download
//! for your doctor's system (FHIR)": the summary (`crate::summary`) is made
//! from the current answers on click, printed on its own (never the host
//! page) or put on the clipboard; the FHIR file is made in the browser by the
//! contract wasm (loaded on first use, from the widget's own files) and saved
//! through a Blob URL. None of them sends anything.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::assessment::{Assessment, Input};
use crate::input_json;
use crate::summary::{authored, fhir_file_name, made_at, parts, to_html, to_text};
use crate::texts::{Lang, Texts};

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = printSummary)]
    fn print_summary(html: &str, css: &str, done: &js_sys::Function);
    #[wasm_bindgen(js_name = opaqueOrigin)]
    fn opaque_origin() -> bool;
    #[wasm_bindgen(js_name = copyText)]
    fn copy_text(text: &str, done: &js_sys::Function);
    #[wasm_bindgen(js_name = downloadFhir)]
    fn download_fhir(input_json: &str, authored: &str, file_name: &str, done: &js_sys::Function);
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

/// Now, in the browser's time zone: in words, as FHIR `authored`, and the
/// FHIR file's name.
struct Now {
    words: String,
    authored: String,
    file: String,
}

fn now(t: &Texts) -> Now {
    let d = js_sys::Date::new_0();
    let date = (d.get_full_year(), d.get_month(), d.get_date());
    let offset = -(d.get_timezone_offset() as i32);
    Now {
        words: made_at(t, date, (d.get_hours(), d.get_minutes()), offset),
        authored: authored(
            date,
            (d.get_hours(), d.get_minutes(), d.get_seconds()),
            offset,
        ),
        file: fhir_file_name(date),
    }
}

/// What the last print, copy or download did, for the status line.
#[derive(Clone, PartialEq)]
enum Outcome {
    PrintBlocked,
    Copied(bool),
    Saved(Option<String>),
}

#[component(SummaryActions)]
pub fn summary_actions(props: &SummaryActionsProps) -> Html {
    let t = props.lang.texts();
    let outcome = use_state_eq(|| None::<Outcome>);
    let summary = {
        let (input, assessment, not_counted) = (
            props.input.clone(),
            props.assessment.clone(),
            props.not_counted,
        );
        move || {
            let now = now(t);
            parts(t, &input, &assessment, &now.words, not_counted, &now.file)
        }
    };
    // Once the page has shown it blocks printing or copying, that button
    // goes and the message says what still works.
    let print_blocked = use_state_eq(|| false);
    let copy_blocked = use_state_eq(|| false);
    let print = {
        let summary = summary.clone();
        let (outcome, print_blocked) = (outcome.clone(), print_blocked.clone());
        Callback::from(move |_: MouseEvent| {
            let (outcome, print_blocked) = (outcome.clone(), print_blocked.clone());
            let done = Closure::once_into_js(move |printed: bool| {
                if !printed {
                    print_blocked.set(true);
                    outcome.set(Some(Outcome::PrintBlocked));
                }
            });
            print_summary(&to_html(&summary()), CSS, done.unchecked_ref());
        })
    };
    let copy = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            let done =
                Closure::once_into_js(move |ok: bool| outcome.set(Some(Outcome::Copied(ok))));
            copy_text(&to_text(&summary()), done.unchecked_ref());
        })
    };
    let download = {
        let outcome = outcome.clone();
        let input = props.input.clone();
        Callback::from(move |_: MouseEvent| {
            let now = now(t);
            let outcome = outcome.clone();
            let file = now.file.clone();
            let done = Closure::once_into_js(move |ok: bool| {
                outcome.set(Some(Outcome::Saved(ok.then_some(file))))
            });
            download_fhir(
                &input_json::to_json(&input),
                &now.authored,
                &now.file,
                done.unchecked_ref(),
            );
        })
    };
    let message = match &*outcome {
        Some(Outcome::PrintBlocked) if *copy_blocked => t.print_and_copy_blocked.to_string(),
        Some(Outcome::PrintBlocked) => t.print_blocked.to_string(),
        Some(Outcome::Copied(true)) => t.copied.to_string(),
        Some(Outcome::Copied(false)) if *print_blocked => t.print_and_copy_blocked.to_string(),
        Some(Outcome::Copied(false)) => t.copy_failed.to_string(),
        // In a sandboxed frame the browser may drop the download without a
        // sign; the message says so instead of claiming it was saved.
        Some(Outcome::Saved(Some(file))) if opaque_origin() => {
            t.fhir_maybe_blocked_intro.to_string() + file + t.fhir_maybe_blocked_outro
        }
        Some(Outcome::Saved(Some(file))) => t.fhir_saved.to_string() + file,
        Some(Outcome::Saved(None)) => t.fhir_failed.to_string(),
        None => String::new(),
    };
    html! {
        <>
            if !*print_blocked {
                <button type="button" class="oih-button" id="oih-print" onclick={print}>{ t.print }</button>
            }
            if !*copy_blocked {
                <button type="button" class="oih-button oih-secondary" id="oih-copy" onclick={copy}>{ t.copy }</button>
            }
            <button type="button" class="oih-button oih-secondary" id="oih-fhir" onclick={download}>{ t.fhir_download }</button>
            <p class="oih-note oih-action-status" role="status">{ message }</p>
        </>
    }
}
