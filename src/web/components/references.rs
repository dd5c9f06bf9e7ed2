//! The sources and the About text (with the content version), in
//! disclosure widgets, and the banner at the top (an emergency, or a doctor
//! today after a seizure the person is not sure about). The disclaimer is
//! not here: it stays visible with the result. Text only, so built as markup strings
//! (`crate::web::markup`); a `<details>` keeps its open state across renders
//! because the string does not change.

use yew::prelude::*;

use crate::assessment::{Action, Level};
use crate::content::sources::{Source, REFERENCES};
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
        if r.source == Source::S0 {
            m.0 += " ";
            m.text(t.seed_note);
        }
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

/// The banner above everything else, for the actions that hold whatever
/// the other answers are: `emergency_now` (a new seizure) and `doctor_today`
/// (a seizure the person is not sure about). `None` for any other action
/// (a seizure a doctor has checked shows nothing here).
pub fn top_banner(action: Action) -> Option<Action> {
    matches!(action, Action::EmergencyNow | Action::DoctorToday).then_some(action)
}

/// The banner's words: the action's headline and its detail.
pub fn emergency(t: &Texts, action: Action, level: Level) -> Html {
    let mut m = Markup::default();
    m.element("p", "oih-emergency-title", (t.action_title)(action, level));
    m.element("p", "", (t.action_text)(action, level));
    html! { <div class="oih-emergency" role="alert" data-action={action.id()}>{ m.into_html() }</div> }
}
