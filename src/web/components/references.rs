//! The sources and the About text (with the content version), in
//! disclosure widgets, and the emergency banner. The disclaimer is not here:
//! it stays visible with the result. Text only, so built as markup strings
//! (`crate::web::markup`); a `<details>` keeps its open state across renders
//! because the string does not change.

use yew::prelude::*;

use crate::assessment::{Action, Level};
use crate::content::sources::REFERENCES;
use crate::texts::Texts;
use crate::web::markup::Markup;

/// "Sources" and "About this checklist".
pub fn footer_details(t: &Texts) -> Html {
    let mut m = Markup::default();
    m.open("details", "oih-details");
    m.element("summary", "", t.references_title);
    m.open("ol", "oih-references");
    for r in REFERENCES {
        m.open("li", "");
        m.element("strong", "", r.id);
        m.0 += " ";
        m.text(r.citation);
        m.close("li");
    }
    m.close("ol");
    m.close("details");
    m.open("details", "oih-details");
    m.element("summary", "", t.about_title);
    m.element("p", "", t.about);
    m.element("p", "oih-version", t.version);
    m.close("details");
    m.into_html()
}

/// Emergency advice first, whenever the answers call for it.
pub fn emergency(t: &Texts) -> Html {
    let mut m = Markup::default();
    m.element(
        "p",
        "oih-emergency-title",
        (t.action_title)(Action::EmergencyNow, Level::Urgent),
    );
    m.element(
        "p",
        "",
        (t.action_text)(Action::EmergencyNow, Level::Urgent),
    );
    html! { <div class="oih-emergency" role="alert">{ m.into_html() }</div> }
}
