//! Emergency advice, shown above everything else when a seizure is reported.

use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::Level;

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
            <p class="oih-emergency-title">{ (t.level_title)(Level::Urgent) }</p>
            <p>{ (t.level_summary)(Level::Urgent) }</p>
        </div>
    }
}
