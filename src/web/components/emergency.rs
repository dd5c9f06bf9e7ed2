//! Emergency advice, shown above everything else when a seizure is reported.

use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::{Action, Level};

/// Only the language.
#[derive(Properties, PartialEq)]
pub struct LangProps {
    pub lang: Lang,
}

#[component(Emergency)]
pub fn emergency(props: &LangProps) -> Html {
    let t = props.lang.texts();
    html! {
        <div class="oih-emergency" role="alert">
            <p class="oih-emergency-title">{ (t.action_title)(Action::EmergencyNow, Level::Urgent) }</p>
            <p>{ (t.action_text)(Action::EmergencyNow, Level::Urgent) }</p>
        </div>
    }
}
