//! "Print a summary for your doctor", "Copy summary as text" and "Download
//! for your doctor's system (FHIR)". The summary (`crate::summary`) and the
//! FHIR file are made on click, in the browser, by the contract wasm (loaded
//! on first use, from the widget's own files, by www/element.js): this
//! component hands it the current answers as contract JSON and shows what
//! happened. The summary is printed on its own (never the host page) or put
//! on the clipboard; the file is saved through a Blob URL. None of them
//! sends anything.

use wasm_bindgen::prelude::*;
use yew::prelude::*;

use crate::assessment::Input;
use crate::input_json;
use crate::texts::Lang;

#[wasm_bindgen(module = "/www/element.js")]
extern "C" {
    #[wasm_bindgen(js_name = printSummary)]
    fn print_summary(
        input_json: &str,
        names: &str,
        lang: &str,
        not_counted: usize,
        done: &js_sys::Function,
    );
    #[wasm_bindgen(js_name = opaqueOrigin)]
    fn opaque_origin() -> bool;
    #[wasm_bindgen(js_name = copySummary)]
    fn copy_summary(
        input_json: &str,
        names: &str,
        lang: &str,
        not_counted: usize,
        done: &js_sys::Function,
    );
    #[wasm_bindgen(js_name = downloadFhir)]
    fn download_fhir(input_json: &str, lang: &str, done: &js_sys::Function);
}

/// What the last print, copy or download did, for the status line.
#[derive(Clone, PartialEq)]
pub enum Outcome {
    PrintBlocked,
    Copied,
    CopyBlocked,
    /// The summary could not be made (the contract wasm did not load).
    NotMade,
    /// The file's name, or none when it could not be made.
    Saved(Option<String>),
}

/// What www/element.js reports after printing or copying.
const DONE: u8 = 0;
const BLOCKED: u8 = 1;

/// The buttons and their status line. The result panel holds the state
/// (`use_state_eq`): what the last action did, and whether the page blocks
/// printing (then that button goes and the message says what still works).
pub fn summary_actions(
    lang: Lang,
    input: &Input,
    names: &str,
    not_counted: usize,
    outcome: &UseStateHandle<Option<Outcome>>,
    print_blocked: &UseStateHandle<bool>,
) -> Html {
    let t = lang.texts();
    let args = (
        input_json::to_json(input),
        lang.tag(),
        not_counted,
        names.to_string(),
    );
    let print = {
        let args = args.clone();
        let (outcome, print_blocked) = (outcome.clone(), print_blocked.clone());
        Callback::from(move |_: MouseEvent| {
            let (outcome, print_blocked) = (outcome.clone(), print_blocked.clone());
            let done = Closure::once_into_js(move |status: u8| match status {
                DONE => {}
                BLOCKED => {
                    print_blocked.set(true);
                    outcome.set(Some(Outcome::PrintBlocked));
                }
                _ => outcome.set(Some(Outcome::NotMade)),
            });
            print_summary(&args.0, &args.3, args.1, args.2, done.unchecked_ref());
        })
    };
    let copy = {
        let args = args.clone();
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            let done = Closure::once_into_js(move |status: u8| {
                outcome.set(Some(match status {
                    DONE => Outcome::Copied,
                    BLOCKED => Outcome::CopyBlocked,
                    _ => Outcome::NotMade,
                }))
            });
            copy_summary(&args.0, &args.3, args.1, args.2, done.unchecked_ref());
        })
    };
    let download = {
        let outcome = outcome.clone();
        Callback::from(move |_: MouseEvent| {
            let outcome = outcome.clone();
            let done = Closure::once_into_js(move |file: Option<String>| {
                outcome.set(Some(Outcome::Saved(file)))
            });
            download_fhir(&args.0, args.1, done.unchecked_ref());
        })
    };
    let message = match &**outcome {
        Some(Outcome::PrintBlocked) => t.print_blocked.to_string(),
        Some(Outcome::Copied) => t.copied.to_string(),
        Some(Outcome::CopyBlocked) if **print_blocked => t.print_and_copy_blocked.to_string(),
        Some(Outcome::CopyBlocked) => t.copy_failed.to_string(),
        Some(Outcome::NotMade) => t.summary_failed.to_string(),
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
        // (www/element.js starts loading the contract wasm when a pointer or
        // the keyboard comes near these buttons, so it is usually there by
        // the click.)
        <div class="oih-summary-actions">
            if !**print_blocked {
                <button type="button" class="oih-button" id="oih-print" onclick={print}>{ t.print }</button>
            }
            <button type="button" class="oih-button oih-secondary" id="oih-copy" onclick={copy}>{ t.copy }</button>
            <button type="button" class="oih-button oih-secondary" id="oih-fhir" onclick={download}
                aria-describedby="oih-fhir-hint">{ t.fhir_download }</button>
            <p class="oih-note oih-action-status" role="status">{ message }</p>
            <p class="oih-hint oih-fhir-hint" id="oih-fhir-hint">{ t.fhir_hint }</p>
        </div>
    }
}
