//! The result, from the core's assessment, in the order of clinical content
//! v3: the action as the headline, the level in words, the safety items, the
//! reasons, the pattern note, other common reasons, risk factors, what a
//! doctor may consider, the water line, questions to ask, the disclaimer.
//! While questions that apply are left, the panel says "so far" and carries
//! `data-so-far` (styled neutral: it must not look like reassurance).

use yew::prelude::*;

use super::heading::heading_tag;
use super::summary_actions::{summary_actions, Outcome};
use crate::assessment::{Assessment, Input, Level};
use crate::content::questions::{CURRENT, STOPPED_RECENTLY};
use crate::form::{ids, Action, State};
use crate::summary::{
    has_kidney_or_liver, headline, is_so_far, safety_items, shows_reasons, Headline, SafetyItem,
};
use crate::texts::{Lang, Texts};
use crate::web::markup::Markup;

/// What the result panel shows.
pub struct ResultView<'a> {
    pub lang: Lang,
    pub input: &'a Input,
    pub assessment: &'a Assessment,
    /// Medicine entries not counted until fixed (for the summary).
    pub not_counted: usize,
    /// The counted medicines' names as entered, one line each (for the summary).
    pub names: String,
    pub heading_level: u8,
    /// Answers were just cleared and can be brought back.
    pub cleared: bool,
    pub can_clear: bool,
    pub dispatch: &'a UseReducerDispatcher<State>,
    /// "Keep a pain diary" (`diary_launcher`).
    pub diary: Html,
}

/// The lines in the live region: the headline, its detail, the level in
/// words, and how many questions are left.
fn status(top: &Headline) -> Html {
    let mut m = Markup::default();
    m.element("p", "oih-headline", &top.title);
    if let Some(detail) = top.detail {
        m.element("p", "", detail);
    }
    if let Some(words) = &top.level_words {
        m.element("p", "oih-level-words", words);
    }
    if let Some(so_far) = &top.so_far {
        m.element("p", "oih-so-far", so_far);
    }
    m.into_html()
}

/// One safety item: "Title: what to know", its list (the signs of an
/// overdose, or who is at higher risk), what to do as numbered steps, a
/// note, and the sources.
fn safety_item(m: &mut Markup, t: &Texts, item: &SafetyItem) {
    m.open("li", "");
    m.open("strong", "");
    m.text(item.title);
    m.0 += ": ";
    m.close("strong");
    m.text(&item.lead);
    if !item.list_intro.is_empty() {
        m.element("p", "oih-list-intro", item.list_intro);
    }
    if !item.list.is_empty() {
        m.list(item.list.iter().copied());
    }
    if !item.steps.is_empty() {
        m.element("p", "oih-list-intro", item.steps_intro);
        m.ordered_list(item.steps.iter().copied());
    }
    if !item.note.is_empty() {
        m.element("p", "", item.note);
    }
    m.cite(t, item.sources);
    m.close("li");
}

/// Everything from the twitching warning to the disclaimer, in the order of
/// clinical content v3.
fn body(t: &Texts, input: &Input, a: &Assessment, twitching: bool, h: u8) -> Html {
    let mut m = Markup::default();
    let level = a.level;
    let opioid_use = input
        .answers
        .get(crate::content::questions::QuestionId::OpioidUse);
    let stopped = opioid_use == Some(STOPPED_RECENTLY);
    if twitching {
        m.cited(t, "oih-warning", t.twitching_warning);
    }
    if !a.safety.is_empty() {
        m.open("div", "oih-safety");
        m.heading(h + 1, t.safety_title);
        m.open("ul", "");
        for item in safety_items(t, input, a) {
            safety_item(&mut m, t, &item);
        }
        m.close("ul");
        m.close("div");
    }
    if shows_reasons(a) {
        m.heading(h + 1, t.reasons_title);
        if a.signs.is_empty() {
            m.element("p", "", t.no_signs);
        } else {
            m.open("ul", "");
            for sign in &a.signs {
                let (text, sources) = (t.sign)(*sign);
                m.open("li", "");
                m.text(text);
                m.cite(t, sources);
                m.close("li");
            }
            m.close("ul");
        }
        if let Some(note) = (t.pattern_note)(a.pattern) {
            m.heading(h + 1, t.pattern_title);
            m.cited(t, "", note);
        }
    }
    if level.counts_signs() {
        m.heading(h + 1, (t.other_reasons_title)(level));
        m.list(t.other_reasons.iter().copied());
        m.cited(t, "oih-hint", t.other_reasons_note);
    }
    if !a.risk_factors.is_empty() {
        m.heading(h + 1, t.risks_title);
        m.element("p", "oih-hint", t.risks_note);
        m.titled_list(
            t,
            a.risk_factors.iter().map(|f| (t.risk_factor)(*f, stopped)),
        );
        if has_kidney_or_liver(&a.risk_factors) {
            m.cited(t, "", t.kidney_liver);
        }
    }
    let doctor_options = match (level, opioid_use) {
        (Level::SeveralSigns | Level::SomeSigns, Some(CURRENT)) => {
            Some((t.doctor_options_current, t.doctor_options_current_sources))
        }
        (Level::SeveralSigns | Level::SomeSigns, Some(STOPPED_RECENTLY)) => {
            Some((t.doctor_options_stopped, t.doctor_options_stopped_sources))
        }
        _ => None,
    };
    if let Some((options, sources)) = doctor_options {
        m.heading(h + 1, t.doctor_title);
        m.list(options.iter().copied());
        m.cited(t, "oih-hint", (t.doctor_options_note, sources));
    }
    if level.counts_signs() {
        m.cited(t, "oih-water", t.water);
    }
    if !a.unsure.is_empty() {
        m.heading(h + 1, t.unsure_title);
        m.element("p", "", t.unsure_intro);
        m.list(a.unsure.iter().map(|q| (t.question)(*q).to_discuss));
    }
    m.open("div", "oih-disclaimer");
    m.open("p", "");
    m.open("strong", "");
    m.text(t.disclaimer_title);
    m.0 += ": ";
    m.close("strong");
    m.text(t.disclaimer);
    m.close("p");
    m.close("div");
    m.into_html()
}

/// The result panel. `outcome` and `print_blocked` are the summary
/// buttons' state (`summary_actions`), held by the app.
pub fn result_panel(
    props: &ResultView,
    outcome: &UseStateHandle<Option<Outcome>>,
    print_blocked: &UseStateHandle<bool>,
) -> Html {
    let t = props.lang.texts();
    let a = props.assessment;
    // Decided once: the live region shows it, the body adds its warning.
    let top = headline(t, props.input, a);
    let h = props.heading_level;
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ClearAll))
    };
    let undo = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::UndoClear))
    };
    html! {
        <section class="oih-result" aria-labelledby={ids::RESULT_TITLE}
            data-level={a.level.id()} data-action={a.action.id()} data-pattern={a.pattern.id()}
            data-so-far={is_so_far(a).then_some("")}>
            <@{heading_tag(h)} id={ids::RESULT_TITLE} tabindex="-1">{ t.result_title }</@>
            <div class="oih-status" role="status" aria-live="polite" aria-atomic="true">{ status(&top) }</div>
            { body(t, props.input, a, top.twitching, h) }
            <div class="oih-actions">
                { summary_actions(props.lang, props.input, &props.names, props.not_counted, outcome, print_blocked) }
                if props.cleared {
                    <p class="oih-note" role="status">{ t.cleared }{ " " }
                        <button type="button" class="oih-link" id={ids::UNDO} onclick={undo}>{ t.undo }</button>
                    </p>
                } else {
                    <button type="button" class="oih-button oih-secondary" id={ids::CLEAR_ALL}
                        disabled={!props.can_clear} onclick={clear}>{ t.start_over }</button>
                }
            </div>
            { props.diary.clone() }
        </section>
    }
}
