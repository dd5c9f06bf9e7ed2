//! The result, from the core's assessment: level, reasons, pattern, risk
//! factors, next steps, what a doctor may consider, things to discuss.

use yew::prelude::*;

use crate::texts::Lang;

use super::heading::Heading;
use crate::assessment::{Assessment, Level};
use crate::content::questions::QuestionId;
use crate::content::sources::Source;
use crate::form::{ids, Action, State};
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    pub assessment: Assessment,
    pub heading_level: u8,
    /// Answers were just cleared and can be brought back.
    pub cleared: bool,
    pub can_clear: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

fn cite(t: &Texts, sources: &[Source]) -> Html {
    let ids: Vec<&str> = sources.iter().map(|s| s.id()).collect();
    html! { <span class="oih-cite"><span class="oih-visually-hidden">{ t.sources_prefix }</span>{ format!(" [{}]", ids.join(", ")) }</span> }
}

#[component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let t = props.lang.texts();
    let a = &props.assessment;
    let h = props.heading_level;
    let level = a.level;
    let seizure_unsure = a.unsure.contains(&QuestionId::Seizure);

    let steps = (t.next_steps)(level)
        .iter()
        .map(|s| html! { <li>{ *s }</li> });
    let signs = a.signs.iter().map(|sign| {
        let (text, sources) = (t.sign)(*sign);
        html! { <li>{ text }{ cite(t, sources) }</li> }
    });
    let risks = a.risk_factors.iter().map(|factor| {
        let (title, text, sources) = (t.risk_factor)(*factor);
        html! { <li><strong>{ title }{ ": " }</strong>{ text }{ cite(t, sources) }</li> }
    });
    let unsure = a
        .unsure
        .iter()
        .filter(|q| **q != QuestionId::Seizure)
        .map(|q| html! { <li>{ (t.question)(*q).to_discuss }</li> });
    let counts_signs = level.counts_signs();
    let doctor = matches!(level, Level::SeveralSigns | Level::SomeSigns);

    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ClearAll))
    };
    let undo = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::UndoClear))
    };
    let print = Callback::from(|_: MouseEvent| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    });

    html! {
        <section class={classes!("oih-result", format!("oih-level-{}", level.id()))} aria-labelledby="oih-result-title"
            data-level={level.id()} data-pattern={a.pattern.id()}>
            <Heading level={h} id="oih-result-title" tabindex="-1">{ t.result_title }</Heading>
            <div class="oih-status" role="status" aria-live="polite" aria-atomic="true">
                <p class="oih-level">{ (t.level_title)(level) }</p>
                <p>{ (t.level_summary)(level) }</p>
            </div>
            if seizure_unsure && level != Level::Urgent {
                <p class="oih-warning">{ t.seizure_unsure }</p>
            }
            <Heading level={h + 1}>{ t.next_steps_title }</Heading>
            <ul class="oih-steps">{ for steps }</ul>
            if counts_signs {
                <Heading level={h + 1}>{ t.reasons_title }</Heading>
                if a.signs.is_empty() {
                    <p>{ t.no_signs }</p>
                } else {
                    <ul>{ for signs }</ul>
                }
                if let Some((note, sources)) = (t.pattern_note)(a.pattern) {
                    <Heading level={h + 1}>{ t.pattern_title }</Heading>
                    <p>{ note }{ cite(t, sources) }</p>
                }
            }
            if !a.risk_factors.is_empty() && level != Level::Incomplete {
                <Heading level={h + 1}>{ t.risks_title }</Heading>
                <p class="oih-hint">{ t.risks_note }</p>
                <ul>{ for risks }</ul>
            }
            if doctor {
                <Heading level={h + 1}>{ t.doctor_title }</Heading>
                <ul>{ for t.doctor_options.iter().map(|o| html! { <li>{ *o }</li> }) }</ul>
                <p class="oih-hint">{ t.doctor_options_note }{ cite(t, &[t.doctor_options_source]) }</p>
            }
            if a.unsure.iter().any(|q| *q != QuestionId::Seizure) {
                <Heading level={h + 1}>{ t.unsure_title }</Heading>
                <p>{ t.unsure_intro }</p>
                <ul>{ for unsure }</ul>
            }
            if counts_signs && !a.unanswered.is_empty() {
                <p class="oih-hint">{ t.unanswered_note }</p>
            }
            <p class="oih-hint">{ t.not_a_diagnosis }</p>
            <div class="oih-actions">
                <button type="button" class="oih-button oih-secondary" onclick={print}>{ t.print }</button>
                if props.cleared {
                    <p class="oih-note" role="status">{ t.cleared }{ " " }
                        <button type="button" class="oih-link" id={ids::UNDO} onclick={undo}>{ t.undo }</button>
                    </p>
                } else {
                    <button type="button" class="oih-button oih-secondary" id={ids::CLEAR_ALL}
                        disabled={!props.can_clear} onclick={clear}>{ t.start_over }</button>
                }
            </div>
        </section>
    }
}
