//! How many of the questions that apply are answered.

use yew::prelude::*;

use crate::texts::Texts;

use crate::assessment::Answers;

/// How many of the questions that apply are answered, as a bar and in words.
pub fn progress(t: &Texts, answers: &Answers) -> Html {
    let total = answers.applicable().count();
    let answered = answers
        .applicable()
        .filter(|q| answers.raw(q.id).is_some())
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
