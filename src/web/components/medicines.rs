//! The medicine editor: a list of rows and the daily MME.

use yew::prelude::*;

use crate::texts::Lang;

use super::heading::heading_tag;
use super::medicine_row::MedicineRow;
use super::mme_summary::{mme_summary, MmeFigures};
use crate::assessment::MAX_MEDICATIONS;
use crate::form::{ids, Action, MedicineEntry, State};

/// The rows (each a `MedicineRow` with its own filter state), "Add a
/// medicine", and the daily MME.
pub fn medicines(
    lang: Lang,
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
    let rows = medicines.iter().enumerate().map(|(i, entry)| {
        html! { <MedicineRow {lang} key={entry.key} entry={entry.clone()} position={i + 1} dispatch={dispatch.clone()} /> }
    });
    html! {
        <div class="oih-medicines" role="group" aria-labelledby="oih-medicines-title">
            <@{heading_tag(heading_level)} id="oih-medicines-title">{ t.medicines_title }</@>
            <p class="oih-hint">{ t.medicines_intro }</p>
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
