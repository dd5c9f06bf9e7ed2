//! Opt-in saving of answers in this browser, and erasing them.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::texts::Lang;

use crate::form::{Action, State};

#[derive(Properties, PartialEq)]
pub struct SavePanelProps {
    pub lang: Lang,
    pub remember: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

#[component(SavePanel)]
pub fn save_panel(props: &SavePanelProps) -> Html {
    let t = props.lang.texts();
    let on_toggle = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            dispatch.dispatch(Action::SetRemember(on));
        })
    };
    let on_erase = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::SetRemember(false)))
    };
    html! {
        <div class="oih-save">
            <div class="oih-option">
                <input type="checkbox" id="oih-remember" checked={props.remember} onchange={on_toggle}
                    aria-describedby="oih-remember-hint" />
                <label for="oih-remember">{ t.save_label }</label>
            </div>
            <p class="oih-hint" id="oih-remember-hint">{ t.save_hint }</p>
            if props.remember {
                <button type="button" class="oih-link" onclick={on_erase}>{ t.erase_saved }</button>
            }
        </div>
    }
}
