//! How many of the questions that apply are answered.

use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::Answers;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub lang: Lang,
    pub answers: Answers,
}

#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let t = props.lang.texts();
    let total = props.answers.applicable().count();
    let answered = props
        .answers
        .applicable()
        .filter(|q| props.answers.raw(q.id).is_some())
        .count();
    let text = (t.progress)(answered, total);
    html! {
        <div class="oih-progress">
            <progress max={total.to_string()} value={answered.to_string()} aria-label={t.progress_label}
                aria-valuetext={text.clone()}></progress>
            <span aria-hidden="true">{ text }</span>
        </div>
    }
}
