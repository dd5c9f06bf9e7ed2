//! The sources and the About text (with the content version), in
//! disclosure widgets. The disclaimer is not here: it stays visible with the
//! result.

use yew::prelude::*;

use crate::texts::Lang;

use crate::content::sources::REFERENCES;

/// Only the language.
#[derive(Properties, PartialEq)]
pub struct LangProps {
    pub lang: Lang,
}

#[component(References)]
pub fn references(props: &LangProps) -> Html {
    let t = props.lang.texts();
    html! {
        <details class="oih-details">
            <summary>{ t.references_title }</summary>
            <ol class="oih-references">
                { for REFERENCES.iter().map(|r| html! {
                    <li><strong>{ r.id }</strong>{ " " }{ r.citation }</li>
                }) }
            </ol>
        </details>
    }
}

#[component(About)]
pub fn about(props: &LangProps) -> Html {
    let t = props.lang.texts();
    html! {
        <details class="oih-details">
            <summary>{ t.about_title }</summary>
            <p>{ t.about }</p>
            <p class="oih-version">{ t.version }</p>
        </details>
    }
}
