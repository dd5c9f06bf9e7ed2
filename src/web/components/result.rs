//! The result, from the core's assessment: level, reasons, pattern, risk
//! factors, next steps, what a doctor may consider, things to discuss.

use yew::prelude::*;

use super::heading::Heading;
use crate::assessment::{Assessment, Level};
use crate::content::en;
use crate::content::questions::QuestionId;
use crate::content::sources::Source;
use crate::form::{ids, Action, State};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub assessment: Assessment,
    pub heading_level: u8,
    /// Answers were just cleared and can be brought back.
    pub cleared: bool,
    pub can_clear: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

fn cite(sources: &[Source]) -> Html {
    let ids: Vec<&str> = sources.iter().map(|s| s.id()).collect();
    html! { <span class="oih-cite"><span class="oih-visually-hidden">{ en::SOURCES_PREFIX }</span>{ format!(" [{}]", ids.join(", ")) }</span> }
}

#[component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let a = &props.assessment;
    let h = props.heading_level;
    let level = a.level;
    let seizure_unsure = a.unsure.contains(&QuestionId::Seizure);

    let steps = en::next_steps(level)
        .iter()
        .map(|s| html! { <li>{ *s }</li> });
    let signs = a.signs.iter().map(|sign| {
        let (text, sources) = en::sign(*sign);
        html! { <li>{ text }{ cite(sources) }</li> }
    });
    let risks = a.risk_factors.iter().map(|factor| {
        let (title, text, sources) = en::risk_factor(*factor);
        html! { <li><strong>{ title }{ ": " }</strong>{ text }{ cite(sources) }</li> }
    });
    let unsure = a
        .unsure
        .iter()
        .filter(|q| **q != QuestionId::Seizure)
        .map(|q| html! { <li>{ en::question(*q).to_discuss }</li> });
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
            <Heading level={h} id="oih-result-title" tabindex="-1">{ en::RESULT_TITLE }</Heading>
            <div class="oih-status" role="status" aria-live="polite" aria-atomic="true">
                <p class="oih-level">{ en::level_title(level) }</p>
                <p>{ en::level_summary(level) }</p>
            </div>
            if seizure_unsure && level != Level::Urgent {
                <p class="oih-warning">{ en::SEIZURE_UNSURE }</p>
            }
            <Heading level={h + 1}>{ en::NEXT_STEPS_TITLE }</Heading>
            <ul class="oih-steps">{ for steps }</ul>
            if counts_signs {
                <Heading level={h + 1}>{ en::REASONS_TITLE }</Heading>
                if a.signs.is_empty() {
                    <p>{ en::NO_SIGNS }</p>
                } else {
                    <ul>{ for signs }</ul>
                }
                if let Some((note, sources)) = en::pattern_note(a.pattern) {
                    <Heading level={h + 1}>{ en::PATTERN_TITLE }</Heading>
                    <p>{ note }{ cite(sources) }</p>
                }
            }
            if !a.risk_factors.is_empty() && level != Level::Incomplete {
                <Heading level={h + 1}>{ en::RISKS_TITLE }</Heading>
                <p class="oih-hint">{ en::RISKS_NOTE }</p>
                <ul>{ for risks }</ul>
            }
            if doctor {
                <Heading level={h + 1}>{ en::DOCTOR_TITLE }</Heading>
                <ul>{ for en::DOCTOR_OPTIONS.iter().map(|o| html! { <li>{ *o }</li> }) }</ul>
                <p class="oih-hint">{ en::DOCTOR_OPTIONS_NOTE }{ cite(&[en::DOCTOR_OPTIONS_SOURCE]) }</p>
            }
            if a.unsure.iter().any(|q| *q != QuestionId::Seizure) {
                <Heading level={h + 1}>{ en::UNSURE_TITLE }</Heading>
                <p>{ en::UNSURE_INTRO }</p>
                <ul>{ for unsure }</ul>
            }
            if counts_signs && !a.unanswered.is_empty() {
                <p class="oih-hint">{ en::UNANSWERED_NOTE }</p>
            }
            <p class="oih-hint">{ en::NOT_A_DIAGNOSIS }</p>
            <div class="oih-actions">
                <button type="button" class="oih-button oih-secondary" onclick={print}>{ en::PRINT }</button>
                if props.cleared {
                    <p class="oih-note" role="status">{ en::CLEARED }{ " " }
                        <button type="button" class="oih-link" id={ids::UNDO} onclick={undo}>{ en::UNDO }</button>
                    </p>
                } else {
                    <button type="button" class="oih-button oih-secondary" id={ids::CLEAR_ALL}
                        disabled={!props.can_clear} onclick={clear}>{ en::START_OVER }</button>
                }
            </div>
        </section>
    }
}
