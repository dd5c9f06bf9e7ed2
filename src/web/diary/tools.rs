//! The diary as files (to move it, to keep a copy, for the doctor's
//! system), erasing it, and the questions asked once: delete or erase, and
//! which entry to keep when two differ for one day.

use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::app::{Dispatch, Reduced};
use super::store::{self, save_file};
use crate::diary::{fhir, file};
use crate::diary_form::{ids, Confirm, DiaryAction, DiaryState, Keep};
use crate::texts::diary_ui::DiaryUiTexts;
use crate::web::components::heading::heading_tag;

/// "Save the diary file", "Open a diary file", the FHIR Bundle, "Erase".
pub fn tools(
    w: &DiaryUiTexts,
    state: &UseReducerHandle<Reduced>,
    dispatch: &Dispatch,
    include_state: &UseStateHandle<bool>,
    level: u8,
) -> Html {
    let s = &state.0;
    let include = include_state;
    // The files are made when asked (a long diary is a long text).
    let save = |make: fn(&DiaryState) -> String, suffix: &'static str, kind: &'static str| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let s = &state.0;
            let today = s.today.map(|d| d.to_text()).unwrap_or_default();
            save_file(&format!("pain-diary-{today}{suffix}"), &make(s), kind);
        })
    };
    let export = save(|s| file::write(&s.diary), ".json", "application/json");
    let bundle = save(
        |s| fhir::bundle_json(&s.diary),
        ".fhir.json",
        "application/fhir+json",
    );
    let open = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let dispatch = dispatch.clone();
            spawn_local(async move {
                let text = JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|t| t.as_string());
                dispatch.dispatch(DiaryAction::Import(text.unwrap_or_default()));
            });
        })
    };
    let erase = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::AskErase))
    };
    let empty = s.diary.is_empty();
    let include = {
        let include = include.clone();
        Callback::from(move |e: Event| {
            include.set(e.target_unchecked_into::<HtmlInputElement>().checked())
        })
    };
    html! {
        <section class="oih-diary-files" aria-labelledby="oih-diary-files-title">
            <@{heading_tag(level)} id="oih-diary-files-title">{ w.files_title }</@>
            <div class="oih-option oih-diary-include">
                <input type="checkbox" id="oih-diary-include" checked={**include_state} disabled={empty}
                    aria-describedby="oih-diary-include-hint" onchange={include} />
                <label for="oih-diary-include">{ w.include }</label>
            </div>
            <p class="oih-hint" id="oih-diary-include-hint">{ w.include_hint }</p>
            <p class="oih-hint">{ w.files_hint }</p>
            if store::opaque_origin() {
                <p class="oih-note">{ w.downloads_may_be_blocked }</p>
            }
            <div class="oih-diary-tools">
                <button type="button" class="oih-button oih-secondary" id="oih-diary-export" disabled={empty}
                    onclick={export}>{ w.export }</button>
                <label class="oih-button oih-secondary oih-diary-import" for="oih-diary-import">{ w.import }</label>
                <input type="file" id="oih-diary-import" class="oih-visually-hidden" accept=".json,application/json"
                    onchange={open} />
                <button type="button" class="oih-button oih-secondary" id="oih-diary-fhir" disabled={empty}
                    onclick={bundle}>{ w.fhir_export }</button>
                <button type="button" class="oih-button oih-secondary" id={ids::ERASE}
                    onclick={erase}>{ w.erase }</button>
            </div>
        </section>
    }
}

/// "Delete the entry of ...?" / "Erase the whole diary?", asked once.
pub fn confirm_panel(w: &DiaryUiTexts, s: &DiaryState, dispatch: &Dispatch) -> Html {
    let Some(confirm) = s.confirm else {
        return Html::default();
    };
    let (question, yes) = match confirm {
        Confirm::Delete(date) => ((w.confirm_delete)(date), w.delete),
        Confirm::Erase => (w.confirm_erase.to_string(), w.erase),
    };
    let send = |action: fn() -> DiaryAction| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action()))
    };
    html! {
        <div class="oih-diary-confirm" role="group" aria-labelledby="oih-diary-confirm-text">
            <p id="oih-diary-confirm-text"><strong>{ question }</strong></p>
            <div class="oih-diary-tools">
                <button type="button" class="oih-button" id={ids::CONFIRM}
                    onclick={send(|| DiaryAction::Confirm)}>{ yes }</button>
                <button type="button" class="oih-button oih-secondary"
                    onclick={send(|| DiaryAction::Cancel)}>{ w.keep_it }</button>
            </div>
        </div>
    }
}

/// Two entries for one day: from a file opened, or from another tab.
pub fn questions(w: &DiaryUiTexts, s: &DiaryState, dispatch: &Dispatch) -> Html {
    let ask = |text: String,
               this: &'static str,
               other: &'static str,
               make: fn(Keep) -> DiaryAction| {
        let keep = |keep: Keep| {
            let dispatch = dispatch.clone();
            Callback::from(move |_: MouseEvent| dispatch.dispatch(make(keep)))
        };
        html! {
            <div class="oih-diary-confirm" role="group" aria-labelledby={ids::QUESTION}>
                <p id={ids::QUESTION}><strong>{ text }</strong></p>
                <div class="oih-diary-tools">
                    <button type="button" class="oih-button oih-secondary" onclick={keep(Keep::This)}>{ this }</button>
                    <button type="button" class="oih-button oih-secondary" onclick={keep(Keep::Other)}>{ other }</button>
                </div>
            </div>
        }
    };
    html! {
        <>
            if let Some(question) = &s.import {
                { ask((w.import_question)(&question.dates), w.keep_here, w.use_file, DiaryAction::ResolveImport) }
            }
            if !s.clashes.is_empty() {
                { ask((w.clash_question)(&s.clashes.iter().map(|e| e.date()).collect::<Vec<_>>()),
                    w.keep_this_tab, w.use_other_tab, DiaryAction::ResolveClash) }
            }
        </>
    }
}
