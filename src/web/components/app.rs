//! The whole widget: state, layout, and the core's result.

use std::rc::Rc;

use yew::prelude::*;

use super::diary_launcher::{diary_button, DiaryPanel};
use super::heading::heading_tag;
use super::medicines::medicines;
use super::mme_summary::MmeFigures;
use super::progress::progress;
use super::question::QuestionField;
use super::references::{emergency, footer_details, top_banner};
use super::restore_notice::{long_date, restore_notice};
use super::result::{result_panel, ResultView};
use super::save_panel::save_panel;
use super::summary_actions::Outcome;
use crate::assessment::assess;
use crate::content::questions::{
    QuestionId, Section, NOT_TAKING, QUESTIONS, SECTIONS, STOPPED_RECENTLY,
};
use crate::form::{ids, Action, State, UNDO_FOR_MS};
use crate::texts::Lang;
use crate::web::hooks::use_focus_request::use_focus_request;
use crate::web::hooks::use_saved_state::use_saved_state;
use gloo_timers::callback::Timeout;

#[derive(Properties, PartialEq, Clone)]
pub struct AppProps {
    /// Level of the widget's title (2 by default); the rest follow.
    pub heading_level: u8,
    /// A denser layout for narrow columns.
    pub compact: bool,
    pub lang: Lang,
    /// The element's app id (element.rs), under which its state can be
    /// handed to another language's widget.
    pub id: u32,
    /// The state handed over by another language's widget, if any.
    pub handed_over: Option<Rc<State>>,
}

#[component(App)]
pub fn app(props: &AppProps) -> Html {
    let lang = props.lang;
    let t = lang.texts();
    let (state, can_save) = use_saved_state(props.handed_over.as_ref().map(|s| State::clone(s)));
    // (Read on a language switch that loads another widget: element.rs.)
    crate::web::element::keep_state(props.id, &state);
    let root = use_node_ref();
    use_focus_request(&state, &root);
    // The summary buttons' state (see `summary_actions`).
    let outcome = use_state_eq(|| None::<Outcome>);
    let print_blocked = use_state_eq(|| false);
    // The pain diary below the checklist, once asked for (its own wasm).
    let diary = use_state_eq(|| DiaryPanel::Closed);
    let dispatch = state.dispatcher();
    // "Undo" after "Clear all answers" lasts UNDO_FOR_MS, then goes: on a
    // shared device the next person cannot bring the answers back.
    {
        let dispatch = dispatch.clone();
        use_effect_with(state.before_clear.is_some(), move |clearing| {
            let timer = clearing
                .then(|| Timeout::new(UNDO_FOR_MS, move || dispatch.dispatch(Action::UndoExpired)));
            move || drop(timer)
        });
    }
    let see_result = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::FocusOn(ids::RESULT_TITLE.into()))
        })
    };
    let input = state.input();
    let assessment = assess(&input);
    let level = props.heading_level;

    // Opioid questions and medicines do not apply to people who never took
    // opioids or stopped long ago: their sections go, answers kept but ignored.
    let taking = !state.answers.opioid_use_is_one_of(&NOT_TAKING);
    // After a recent stop, the medicines are those taken before it.
    let stopped = state.answers.is(QuestionId::OpioidUse, STOPPED_RECENTLY);
    let sections = SECTIONS.iter().filter_map(|section| {
        let mut questions = QUESTIONS
            .iter()
            .filter(|q| q.section == *section && state.answers.applies(q.id))
            .peekable();
        let has_medicines = *section == Section::Medicine && taking;
        if questions.peek().is_none() && !has_medicines {
            return None;
        }
        let questions = questions.map(|q| {
            // A restored old answer about the last 4 weeks, to give again.
            let confirm = state.to_confirm.iter().find(|(id, _)| *id == q.id).map(|(_, value)| {
                let text = (t.question)(q.id);
                let words = q.options.iter().zip(text.labels()).find(|(v, _)| *v == value).map_or("", |(_, l)| *l);
                AttrValue::from((t.confirm_again)(words, &long_date(t, state.restored_at.unwrap_or_default())))
            });
            html! {
                <QuestionField key={q.key} {lang} id={q.id} answer={state.answers.raw(q.id)} {confirm}
                    dispatch={dispatch.clone()} />
            }
        });
        let title_id = String::from("oih-section-") + &(*section as u8).to_string();
        Some(html! {
            <section key={*section as u8} class="oih-section" aria-labelledby={title_id.clone()}>
                <@{heading_tag(level + 1)} id={title_id}>{ (t.section_title)(*section) }</@>
                // A fragment of its own, so the keyed questions are diffed by
                // key when one appears or goes (not shifted onto each other).
                <>{ for questions }</>
                if has_medicines {
                    { medicines(lang, stopped, &state.medicines, &dispatch, &MmeFigures { total: assessment.mme_per_day,
                        announced: state.announced_total, band: assessment.dose_band,
                        invalid: state.invalid_medicines(), has_medicines: !state.medicines.is_empty() }, level + 2) }
                }
            </section>
        })
    });

    html! {
        <div class="oih" data-compact={props.compact.then_some("")} lang={props.lang.tag()} ref={root}>
            <header class="oih-header">
                <@{heading_tag(level)} class="oih-title">{ t.title }</@>
                <p>{ t.intro }</p>
                <p class="oih-privacy">{ t.privacy }</p>
            </header>
            if let Some(action) = top_banner(assessment.action) {
                { emergency(t, action, assessment.level) }
            }
            if let Some(saved_at) = state.restored_at {
                { restore_notice(lang, saved_at, &dispatch) }
            }
            // In a box of its own, as wide as the layout, so that only this
            // button is inside a size container (see widget.css).
            <div class="oih-jump-box">
                <button type="button" class="oih-link oih-jump" id={ids::SEE_RESULT} onclick={see_result}>{ t.see_result }</button>
            </div>
            <div class="oih-layout">
                <form class="oih-form" aria-label={t.form_label} novalidate=true>
                    { progress(t, &state.answers) }
                    // Keyed sections in a fragment of their own (see the questions).
                    <>{ for sections }</>
                </form>
                { result_panel(&ResultView { lang, input: &input, assessment: &assessment, not_counted: state.invalid_medicines(), names: state.entered_names(),
                    heading_level: level + 1, cleared: state.before_clear.is_some(), can_clear: !state.is_empty(),
                    dispatch: &dispatch, diary: diary_button(lang, &diary, level + 1, &state) }, &outcome, &print_blocked) }
            </div>
            <footer class="oih-footer">
                if can_save {
                    { save_panel(t, state.remember, &dispatch) }
                }
                { footer_details(t) }
            </footer>
        </div>
    }
}
