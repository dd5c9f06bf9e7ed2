//! The medicine editor: a list of rows and the daily MME.

use yew::prelude::*;

use crate::texts::Lang;

use super::heading::heading_tag;
use super::medicine_row::medicine_row;
use super::mme_summary::{mme_summary, MmeFigures};
use crate::assessment::MAX_MEDICATIONS;
use crate::form::{ids, Action, MedicineEntry, State};

/// The rows (`medicine_row`, keyed by entry), "Add a
/// medicine", and the daily MME.
pub fn medicines(
    lang: Lang,
    // After a recent stop: ask for the medicines taken before it.
    stopped: bool,
    medicines: &[MedicineEntry],
    dispatch: &UseReducerDispatcher<State>,
    figures: &MmeFigures,
    heading_level: u8,
) -> Html {
    let t = lang.texts();
    let full = medicines.len() >= MAX_MEDICATIONS;
    let add = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::AddMedicine))
    };
    let send = {
        let dispatch = dispatch.clone();
        Callback::from(move |action: Action| dispatch.dispatch(action))
    };
    let rows = medicines
        .iter()
        .enumerate()
        .map(|(i, entry)| medicine_row(lang, entry, i + 1, &send));
    html! {
        <div class="oih-medicines" role="group" aria-labelledby="oih-medicines-title">
            <@{heading_tag(heading_level)} id="oih-medicines-title">{ t.medicines_title }</@>
            <p class="oih-hint">{ if stopped { t.medicines_intro_stopped } else { t.medicines_intro } }
                { " " }{ t.not_counted_forms }</p>
            if !medicines.is_empty() {
                <ol class="oih-medicine-list">{ for rows }</ol>
            }
            <button type="button" class="oih-button oih-secondary" id={ids::ADD_MEDICINE}
                disabled={full} aria-describedby={full.then_some("oih-medicines-full")} onclick={add}>
                { "+ " }{ t.add_medicine }
            </button>
            if full {
                <p class="oih-hint" id="oih-medicines-full">{ t.max_medicines_reached }</p>
            }
            { mme_summary(t, figures) }
        </div>
    }
}
