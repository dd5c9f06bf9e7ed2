//! The result, from the core's assessment, in the order of clinical content
//! v2: the action as the headline, the level in words, the safety items, the
//! reasons, the pattern note, other common reasons, risk factors, what a
//! doctor may consider, the water line, questions to ask, the disclaimer.

use yew::prelude::*;

use super::heading::Heading;
use super::summary_actions::SummaryActions;
use crate::assessment::{Assessment, Input, Level, Pattern};
use crate::content::questions::{CURRENT, STOPPED_RECENTLY};
use crate::content::sources::Source;
use crate::form::{ids, Action, State};
use crate::summary::{has_kidney_or_liver, headline, is_so_far};
use crate::texts::{Lang, Texts};

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub lang: Lang,
    pub input: Input,
    pub assessment: Assessment,
    /// Medicine entries not counted until fixed (for the summary).
    pub not_counted: usize,
    pub heading_level: u8,
    /// Answers were just cleared and can be brought back.
    pub cleared: bool,
    pub can_clear: bool,
    pub dispatch: UseReducerDispatcher<State>,
}

fn cite(t: &Texts, sources: &[Source]) -> Html {
    let ids: Vec<&str> = sources.iter().map(|s| s.id()).collect();
    html! { <span class="oih-cite"><span class="oih-visually-hidden">{ t.sources_prefix }</span>{ " [" }{ ids.join(", ") }{ "]" }</span> }
}

fn cited(t: &Texts, (text, sources): (&str, &[Source])) -> Html {
    html! { <>{ text.to_string() }{ cite(t, sources) }</> }
}

#[component(ResultPanel)]
pub fn result_panel(props: &ResultProps) -> Html {
    let t = props.lang.texts();
    let a = &props.assessment;
    let h = props.heading_level;
    let level = a.level;
    let so_far = is_so_far(a);
    let top = headline(t, a);
    let counts_signs = level.counts_signs();
    let opioid_use = props
        .input
        .answers
        .get(crate::content::questions::QuestionId::OpioidUse);
    let doctor_options = match (level, opioid_use) {
        (Level::SeveralSigns | Level::SomeSigns, Some(CURRENT)) => {
            Some((t.doctor_options_current, t.doctor_options_current_sources))
        }
        (Level::SeveralSigns | Level::SomeSigns, Some(STOPPED_RECENTLY)) => {
            Some((t.doctor_options_stopped, t.doctor_options_stopped_sources))
        }
        _ => None,
    };

    let list = |items: &[&'static str]| -> Html {
        html! { <ul>{ for items.iter().map(|s| html! { <li>{ *s }</li> }) }</ul> }
    };
    let safety = a.safety.iter().map(|item| {
        let (title, text, sources) = (t.safety)(*item);
        html! { <li><strong>{ title }{ ": " }</strong>{ text }{ cite(t, sources) }</li> }
    });
    let signs = a
        .signs
        .iter()
        .map(|sign| html! { <li>{ cited(t, (t.sign)(*sign)) }</li> });
    let risks = a.risk_factors.iter().map(|factor| {
        let (title, text, sources) = (t.risk_factor)(*factor);
        html! { <li><strong>{ title }{ ": " }</strong>{ text }{ cite(t, sources) }</li> }
    });
    let unsure = a
        .unsure
        .iter()
        .map(|q| html! { <li>{ (t.question)(*q).to_discuss }</li> });

    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ClearAll))
    };
    let undo = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::UndoClear))
    };

    html! {
        <section class={classes!("oih-result", String::from("oih-level-") + level.id())} aria-labelledby={ids::RESULT_TITLE}
            data-level={level.id()} data-action={a.action.id()} data-pattern={a.pattern.id()}>
            <Heading level={h} id={ids::RESULT_TITLE} tabindex="-1">{ t.result_title }</Heading>
            <div class="oih-status" role="status" aria-live="polite" aria-atomic="true">
                <p class="oih-headline">{ top.title }</p>
                if let Some(detail) = top.detail {
                    <p>{ detail }</p>
                }
                if let Some(words) = (t.level_words)(level, a.pattern == Pattern::Withdrawal) {
                    <p class="oih-level-words">{ words }</p>
                }
                if so_far {
                    <p class="oih-so-far">{ (t.so_far)(a.unanswered.len()) }</p>
                }
            </div>
            if top.twitching {
                <p class="oih-warning">{ cited(t, t.twitching_warning) }</p>
            }
            if !a.safety.is_empty() {
                <div class="oih-safety">
                    <Heading level={h + 1}>{ t.safety_title }</Heading>
                    <ul>{ for safety }</ul>
                </div>
            }
            if counts_signs {
                <Heading level={h + 1}>{ t.reasons_title }</Heading>
                if a.signs.is_empty() {
                    <p>{ t.no_signs }</p>
                } else {
                    <ul>{ for signs }</ul>
                }
                if let Some(note) = (t.pattern_note)(a.pattern) {
                    <Heading level={h + 1}>{ t.pattern_title }</Heading>
                    <p>{ cited(t, note) }</p>
                }
                <Heading level={h + 1}>{ t.other_reasons_title }</Heading>
                { list(&t.other_reasons) }
                <p class="oih-hint">{ cited(t, t.other_reasons_note) }</p>
            }
            if !a.risk_factors.is_empty() {
                <Heading level={h + 1}>{ t.risks_title }</Heading>
                <p class="oih-hint">{ t.risks_note }</p>
                <ul>{ for risks }</ul>
                if has_kidney_or_liver(&a.risk_factors) {
                    <p>{ cited(t, t.kidney_liver) }</p>
                }
            }
            if let Some((options, sources)) = doctor_options {
                <Heading level={h + 1}>{ t.doctor_title }</Heading>
                { list(options) }
                <p class="oih-hint">{ t.doctor_options_note }{ cite(t, sources) }</p>
            }
            if counts_signs {
                <p class="oih-water">{ cited(t, t.water) }</p>
            }
            if !a.unsure.is_empty() {
                <Heading level={h + 1}>{ t.unsure_title }</Heading>
                <p>{ t.unsure_intro }</p>
                <ul>{ for unsure }</ul>
            }
            <div class="oih-disclaimer">
                <p><strong>{ t.disclaimer_title }{ ": " }</strong>{ t.disclaimer }</p>
            </div>
            <div class="oih-actions">
                <SummaryActions lang={props.lang} input={props.input.clone()} not_counted={props.not_counted} />
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
