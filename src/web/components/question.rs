//! One question as a native radio group.
//!
//! The group keeps its elements across renders, so focus stays on the
//! radio button the user is on and the browser's own arrow-key behaviour
//! keeps working: the options are keyed by their value, and the optional
//! parts (hint, "Clear answer") are each one `if` node at a fixed place, so
//! nothing after them shifts when they appear. (Yew flattens `{ for .. }`
//! into the parent's children and matches unkeyed children from the end: a
//! "Clear answer" written as `{ for clear }` used to shift the options onto
//! the hint's place, which replaced every radio button on the first answer.)

use yew::prelude::*;

use crate::texts::Lang;

use crate::content::questions::QuestionId;
use crate::form::{Action, State};

/// What one question shows. A question re-renders only when these change,
/// so a click re-renders the question answered, not all of them.
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub lang: Lang,
    pub id: QuestionId,
    pub answer: Option<&'static str>,
    /// A restored old answer to give again (`State::to_confirm`): the
    /// sentence asking for it.
    #[prop_or_default]
    pub confirm: Option<AttrValue>,
    pub dispatch: UseReducerDispatcher<State>,
}

/// One question (keyed by its id where it is used, so a question that
/// appears or goes is diffed by key, not shifted onto its neighbour).
#[component(QuestionField)]
pub fn question_field(props: &QuestionProps) -> Html {
    let QuestionProps {
        lang,
        id,
        answer,
        ref confirm,
        ref dispatch,
    } = *props;
    let t = lang.texts();
    let question = id.question();
    let text = (t.question)(id);
    let hint_id = "oih-hint-".to_string() + question.key;
    let name = "oih-".to_string() + question.key;
    let options =
        question
            .options
            .iter()
            .zip(text.labels())
            .enumerate()
            .map(|(i, (value, label))| {
                let input_id = "oih-q-".to_string() + question.key + "-" + &i.to_string();
                let onchange = {
                    let dispatch = dispatch.clone();
                    let (id, value) = (id, *value);
                    Callback::from(move |_: Event| dispatch.dispatch(Action::Answer(id, value)))
                };
                html! {
                    <div class="oih-option" key={*value}>
                        <input type="radio" id={input_id.clone()} name={name.clone()}
                            value={*value} checked={answer == Some(*value)} {onchange} />
                        <label for={input_id}>{ *label }</label>
                    </div>
                }
            });
    let onclick = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ClearAnswer(id)))
    };
    html! {
        <fieldset class="oih-question" aria-describedby={text.hint.map(|_| hint_id.clone())}>
            <legend>{ text.prompt }</legend>
            if let Some(hint) = text.hint {
                <p class="oih-hint" id={hint_id}>{ hint }</p>
            }
            if let Some(confirm) = confirm {
                <p class="oih-warning oih-confirm">{ confirm.clone() }</p>
            }
            <div class="oih-options">{ for options }</div>
            if answer.is_some() {
                <button type="button" class="oih-link" {onclick}
                    aria-label={t.clear_answer.to_string() + ": " + text.prompt}>{ t.clear_answer }</button>
            }
        </fieldset>
    }
}
