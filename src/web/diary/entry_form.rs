//! The entry being written or changed: its date, the three PEG questions
//! (0 to 10, as radio buttons with the number as the label), the opioid
//! medicines taken that week (the checklist's own medicine rows), a note,
//! and what is wrong with it once a save was tried.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::app::Dispatch;
use crate::diary::{PegItem, NOTE_MAX_CHARS, PEG_MAX};
use crate::diary_form::{ids, DiaryAction, DiaryState, MedicineEdit};
use crate::form::Action;
use crate::texts::diary_ui::DiaryUiTexts;
use crate::texts::Lang;
use crate::web::components::heading::heading_tag;
use crate::web::components::medicine_row::medicine_row;

/// A medicine row's action, as the diary's.
fn medicine_action(action: Action) -> Option<DiaryAction> {
    let edit = |key, edit| Some(DiaryAction::EditMedicine(key, edit));
    match action {
        Action::SetDrug(k, v) => edit(k, MedicineEdit::SetDrug(v)),
        Action::SetStrength(k, v) => edit(k, MedicineEdit::SetStrength(v)),
        Action::SetAmount(k, v) => edit(k, MedicineEdit::SetAmount(v)),
        Action::PickAmount(k, v) => edit(k, MedicineEdit::PickAmount(v)),
        Action::SetPerDose(k, v) => edit(k, MedicineEdit::SetPerDose(v)),
        Action::SetTimes(k, v) => edit(k, MedicineEdit::SetTimes(v)),
        Action::SetPurpose(k, p) => edit(k, MedicineEdit::SetPurpose(p)),
        Action::SetFilter(k, v) => edit(k, MedicineEdit::SetFilter(v)),
        Action::TouchAmount(k) => edit(k, MedicineEdit::TouchAmount),
        Action::TouchTimes(k) => edit(k, MedicineEdit::TouchTimes),
        Action::RemoveMedicine(k) => Some(DiaryAction::RemoveMedicine(k)),
        Action::FocusOn(id) => Some(DiaryAction::FocusOn(id)),
        _ => None,
    }
}

/// One PEG question: eleven radio buttons, 0 to 10.
fn peg_question(w: &DiaryUiTexts, s: &DiaryState, dispatch: &Dispatch, item: PegItem) -> Html {
    let chosen = s.form.answer(item);
    let name = "oih-diary-".to_string() + item.key();
    // (The first button's id, `ids::peg`, is where the error list links.)
    let first = ids::peg(item);
    let options = (0..=PEG_MAX).map(|n| {
        let id = format!("{name}-{n}");
        let onchange = {
            let dispatch = dispatch.clone();
            Callback::from(move |_: Event| dispatch.dispatch(DiaryAction::SetPeg(item, Some(n))))
        };
        html! {
            <div class="oih-option" key={n}>
                <input type="radio" id={id.clone()} name={name.clone()}
                    value={n.to_string()} checked={chosen == Some(n)} {onchange} />
                <label for={id}>{ n }</label>
            </div>
        }
    });
    let invalid = s.shown_problems().iter().any(|p| p.field_id() == first);
    html! {
        <fieldset class="oih-peg" aria-invalid={invalid.then_some("true")}>
            <legend>{ (w.peg_question)(item) }</legend>
            <div class="oih-peg-scale">{ for options }</div>
            <div class="oih-peg-ends" aria-hidden="true">
                <span>{ (w.peg_low)(item) }</span><span>{ (w.peg_high)(item) }</span>
            </div>
        </fieldset>
    }
}

/// A problem's link: a fragment does not reach into the widget's shadow
/// root, so the focus moves to the field by hand.
fn focus_field(id: String) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        let target = e
            .target_dyn_into::<web_sys::Element>()
            .and_then(|link| link.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok())
            .and_then(|root| root.get_element_by_id(&id))
            .and_then(|field| field.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(field) = target {
            e.prevent_default();
            let _ = field.focus();
        }
    })
}

pub fn entry_form(lang: Lang, s: &DiaryState, dispatch: &Dispatch, level: u8) -> Html {
    let w = lang.diary_ui_texts();
    let send = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: Action| {
            if let Some(action) = medicine_action(action) {
                dispatch.dispatch(action);
            }
        })
    };
    let on_date = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            dispatch.dispatch(DiaryAction::SetDate(
                e.target_unchecked_into::<HtmlInputElement>().value(),
            ))
        })
    };
    let on_note = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            dispatch.dispatch(DiaryAction::SetNote(
                e.target_unchecked_into::<HtmlTextAreaElement>().value(),
            ))
        })
    };
    let on_add = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::AddMedicine))
    };
    let on_save = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::Save))
    };
    let on_cancel = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::CancelEdit))
    };
    let edit_instead = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::EditInstead))
    };
    let problems = s.shown_problems();
    let title = match s.form.editing {
        Some(date) => (w.editing_title)(date),
        None => w.new_entry.to_string(),
    };
    let rows = s
        .form
        .medicines
        .iter()
        .enumerate()
        .map(|(i, entry)| medicine_row(lang, entry, i + 1, &send));
    let chars = s.form.note_chars();
    let date_invalid = problems.iter().any(|p| p.field_id() == ids::DATE);
    html! {
        <section class="oih-diary-form" aria-labelledby="oih-diary-form-title">
            <@{heading_tag(level)} id="oih-diary-form-title">{ title }</@>
            if !problems.is_empty() {
                <div class="oih-error-summary" id={ids::PROBLEMS} tabindex="-1" role="group"
                    aria-labelledby="oih-diary-problems-title">
                    <p id="oih-diary-problems-title"><strong>{ w.problems_title }</strong></p>
                    <ul>
                        { for problems.iter().map(|p| html! {
                            <li><a href={format!("#{}", p.field_id())} onclick={focus_field(p.field_id())}>{ (w.problem)(p) }</a></li>
                        }) }
                    </ul>
                    if problems.iter().any(|p| matches!(p, crate::diary_form::EntryProblem::DateTaken(_))) {
                        <button type="button" class="oih-button oih-secondary" onclick={edit_instead}>{ w.edit_instead }</button>
                    }
                </div>
            }
            <p>
                <label for={ids::DATE}>{ w.diary.date_label }</label><br />
                <input type="date" id={ids::DATE} value={s.form.date.clone()}
                    max={s.today.map(|d| d.to_text())} aria-invalid={date_invalid.then_some("true")}
                    onchange={on_date} />
            </p>
            { for PegItem::ALL.iter().map(|item| peg_question(w, s, dispatch, *item)) }
            <div class="oih-medicines" role="group" aria-labelledby="oih-diary-medicines-title">
                <@{heading_tag(level + 1)} id="oih-diary-medicines-title">{ w.diary.medicines_title }</@>
                <p class="oih-hint">{ w.medicines_hint }</p>
                if !s.form.medicines.is_empty() {
                    <ol class="oih-medicine-list">{ for rows }</ol>
                }
                <button type="button" class="oih-button oih-secondary" id={ids::ADD_MEDICINE} onclick={on_add}>
                    { "+ " }{ w.add_medicine }
                </button>
            </div>
            <p>
                <label for={ids::NOTE}>{ w.diary.note_label }</label><br />
                <textarea id={ids::NOTE} value={s.form.note.clone()} aria-describedby="oih-diary-note-count"
                    aria-invalid={(chars > NOTE_MAX_CHARS).then_some("true")} oninput={on_note} />
                <span class="oih-hint" id="oih-diary-note-count">{ (w.note_count)(chars) }</span>
            </p>
            <div class="oih-diary-tools">
                <button type="button" class="oih-button" id={ids::SAVE} onclick={on_save}>
                    { if s.form.editing.is_some() { w.save_changes } else { w.save } }
                </button>
                if s.form.editing.is_some() {
                    <button type="button" class="oih-button oih-secondary" onclick={on_cancel}>{ w.cancel }</button>
                }
            </div>
        </section>
    }
}
