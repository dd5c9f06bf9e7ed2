//! The sources and the disclaimer, in disclosure widgets.

use yew::prelude::*;

use crate::content::en;
use crate::content::sources::REFERENCES;

#[component(References)]
pub fn references() -> Html {
    html! {
        <details class="oih-details">
            <summary>{ en::REFERENCES_TITLE }</summary>
            <ol class="oih-references">
                { for REFERENCES.iter().map(|r| html! {
                    <li><strong>{ r.id }</strong>{ " " }{ r.citation }</li>
                }) }
            </ol>
        </details>
    }
}

#[component(About)]
pub fn about() -> Html {
    html! {
        <details class="oih-details">
            <summary>{ en::ABOUT_TITLE }</summary>
            <p>{ en::DISCLAIMER }</p>
            <p>{ en::PRIVACY }</p>
        </details>
    }
}
