//! Where the entries are kept: the choice to keep them on this device
//! (nothing is stored before it), and what happened to it.

use yew::prelude::*;

use super::app::Dispatch;
use crate::diary_form::{DiaryAction, DiaryState, Storage};
use crate::texts::diary_ui as w;

pub fn where_kept(s: &DiaryState, dispatch: &Dispatch) -> Html {
    let keep = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(DiaryAction::OptIn))
    };
    let unsaved = s.unsaved_count();
    let body = match s.storage {
        Storage::NotChosen => html! {
            <>
                <p>{ w::WHERE_NOT_CHOSEN }</p>
                <button type="button" class="oih-button" id="oih-diary-keep" aria-describedby="oih-diary-keep-hint"
                    onclick={keep}>{ w::KEEP }</button>
                <p class="oih-hint" id="oih-diary-keep-hint">{ w::KEEP_HINT }</p>
            </>
        },
        Storage::Opening => html! { <p>{ w::OPENING }</p> },
        Storage::Stored => html! { <p>{ w::stored(s.diary.len()) }</p> },
        Storage::Refused(why) => html! {
            <div class="oih-diary-refused">
                <p>{ w::refused(why) }</p>
                <p>{ w::REFUSED_THEN }</p>
                <button type="button" class="oih-button oih-secondary" id="oih-diary-keep" onclick={keep}>{ w::TRY_AGAIN }</button>
            </div>
        },
    };
    html! {
        <div class="oih-diary-where" role="group" aria-label={w::WHERE_TITLE}>
            { body }
            if unsaved > 0 && s.storage != Storage::Opening {
                <p class="oih-hint">{ w::unsaved(unsaved) }</p>
            }
        </div>
    }
}
