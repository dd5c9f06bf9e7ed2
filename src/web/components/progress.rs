//! How many of the questions that apply are answered.

use yew::prelude::*;

use crate::assessment::Answers;
use crate::content::en;

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub answers: Answers,
}

#[component(Progress)]
pub fn progress(props: &ProgressProps) -> Html {
    let total = props.answers.applicable().count();
    let answered = props
        .answers
        .applicable()
        .filter(|q| props.answers.raw(q.id).is_some())
        .count();
    let text = en::progress(answered, total);
    html! {
        <div class="oih-progress">
            <progress max={total.to_string()} value={answered.to_string()} aria-label={en::PROGRESS_LABEL}
                aria-valuetext={text.clone()}></progress>
            <span aria-hidden="true">{ text }</span>
        </div>
    }
}
