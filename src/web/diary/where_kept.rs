//! Where the entries are kept: the choice to keep them on this device
//! (nothing is stored before it), and what happened to it.

use yew::prelude::*;

use super::app::Dispatch;
use crate::diary_form::{DiaryAction, DiaryState, Storage};
use crate::texts::diary_ui::DiaryUiTexts;

pub fn where_kept(w: &DiaryUiTexts, s: &DiaryState, dispatch: &Dispatch) -> Html {
    let keep = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::OptIn))
    };
    let unsaved = s.unsaved_count();
    let body = match s.storage {
        Storage::NotChosen => html! {
            <>
                <p>{ w.where_not_chosen }</p>
                <button type="button" class="oih-button" id="oih-diary-keep" aria-describedby="oih-diary-keep-hint"
                    onclick={keep}>{ w.keep }</button>
                <p class="oih-hint" id="oih-diary-keep-hint">{ w.keep_hint }</p>
            </>
        },
        Storage::Opening => html! { <p>{ w.opening }</p> },
        Storage::Stored => html! { <p>{ (w.stored)(s.diary.len()) }</p> },
        Storage::Refused(why) => html! {
            <div class="oih-diary-refused">
                <p>{ (w.refused)(why) }</p>
                <p>{ w.refused_then }</p>
                <button type="button" class="oih-button oih-secondary" id="oih-diary-keep" onclick={keep}>{ w.try_again }</button>
            </div>
        },
    };
    html! {
        <div class="oih-diary-where" role="group" aria-label={w.where_title}>
            { body }
            if unsaved > 0 && s.storage != Storage::Opening {
                <p class="oih-hint">{ (w.unsaved)(unsaved) }</p>
            }
        </div>
    }
}
