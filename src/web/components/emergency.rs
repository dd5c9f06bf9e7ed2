//! Emergency advice, shown above everything else when a seizure is reported.

use yew::prelude::*;

use crate::assessment::Level;
use crate::content::en;

#[component(Emergency)]
pub fn emergency() -> Html {
    html! {
        <div class="oih-emergency" role="alert">
            <p class="oih-emergency-title">{ en::level_title(Level::Urgent) }</p>
            <p>{ en::level_summary(Level::Urgent) }</p>
        </div>
    }
}
