//! One question as a native radio group.

use yew::prelude::*;

use crate::texts::Lang;

use crate::content::questions::QuestionId;
use crate::form::{Action, State};

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub lang: Lang,
    pub id: QuestionId,
    pub answer: Option<&'static str>,
    pub dispatch: UseReducerDispatcher<State>,
}

#[component(QuestionField)]
pub fn question_field(props: &QuestionProps) -> Html {
    let t = props.lang.texts();
    let question = props.id.question();
    let text = (t.question)(props.id);
    let hint_id = format!("oih-hint-{}", question.key);
    let options = question.options.iter().zip(text.options).enumerate().map(
        |(i, (value, label))| {
            let input_id = format!("oih-q-{}-{i}", question.key);
            let onchange = {
                let dispatch = props.dispatch.clone();
                let (id, value) = (props.id, *value);
                Callback::from(move |_: Event| dispatch.dispatch(Action::Answer(id, value)))
            };
            html! {
                <div class="oih-option">
                    <input type="radio" id={input_id.clone()} name={format!("oih-{}", question.key)}
                        value={*value} checked={props.answer == Some(*value)} {onchange} />
                    <label for={input_id}>{ *label }</label>
                </div>
            }
        },
    );
    let clear = props.answer.map(|_| {
        let dispatch = props.dispatch.clone();
        let id = props.id;
        let onclick = Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::ClearAnswer(id)));
        html! {
            <button type="button" class="oih-link" aria-label={format!("{}: {}", t.clear_answer, text.prompt)}
                {onclick}>{ t.clear_answer }</button>
        }
    });
    html! {
        <fieldset class="oih-question" aria-describedby={text.hint.map(|_| hint_id.clone())}>
            <legend>{ text.prompt }</legend>
            if let Some(hint) = text.hint {
                <p class="oih-hint" id={hint_id}>{ hint }</p>
            }
            <div class="oih-options">{ for options }</div>
            { for clear }
        </fieldset>
    }
}
