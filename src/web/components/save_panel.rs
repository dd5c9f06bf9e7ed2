//! Opt-in saving of answers in this browser, and erasing them.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::texts::Texts;

use crate::form::{Action, State};

/// "Remember my answers on this device", and erasing them.
pub fn save_panel(t: &Texts, remember: bool, dispatch: &UseReducerDispatcher<State>) -> Html {
    let on_toggle = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            dispatch.dispatch(Action::SetRemember(on));
        })
    };
    let on_erase = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetRemember(false)))
    };
    html! {
        <div class="oih-save">
            <div class="oih-option">
                <input type="checkbox" id="oih-remember" checked={remember} onchange={on_toggle}
                    aria-describedby="oih-remember-hint" />
                <label for="oih-remember">{ t.save_label }</label>
            </div>
            <p class="oih-hint" id="oih-remember-hint">{ t.save_hint }</p>
            if remember {
                <button type="button" class="oih-link" onclick={on_erase}>{ t.erase_saved }</button>
            }
        </div>
    }
}
