//! The medicine editor: a list of rows and the daily MME.

use yew::prelude::*;

use crate::texts::Lang;

use super::heading::Heading;
use super::medicine_row::MedicineRow;
use super::mme_summary::MmeSummary;
use crate::assessment::{DoseBand, MAX_MEDICATIONS};
use crate::decimal::Decimal;
use crate::form::{ids, Action, MedicineEntry, State};

#[derive(Properties, PartialEq)]
pub struct MedicinesProps {
    pub lang: Lang,
    pub medicines: Vec<MedicineEntry>,
    pub dispatch: UseReducerDispatcher<State>,
    pub total: Option<Decimal>,
    /// The total as last settled (see `MmeSummary`).
    pub announced: Option<Decimal>,
    pub band: DoseBand,
    pub invalid: usize,
    pub heading_level: u8,
}

#[component(Medicines)]
pub fn medicines(props: &MedicinesProps) -> Html {
    let t = props.lang.texts();
    let full = props.medicines.len() >= MAX_MEDICATIONS;
    let add = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::AddMedicine))
    };
    let rows = props.medicines.iter().enumerate().map(|(i, entry)| {
        html! { <MedicineRow lang={props.lang} key={entry.key} entry={entry.clone()} position={i + 1} dispatch={props.dispatch.clone()} /> }
    });
    html! {
        <div class="oih-medicines" role="group" aria-labelledby="oih-medicines-title">
            <Heading level={props.heading_level} id="oih-medicines-title">{ t.medicines_title }</Heading>
            <p class="oih-hint">{ t.medicines_intro }</p>
            if !props.medicines.is_empty() {
                <ol class="oih-medicine-list">{ for rows }</ol>
            }
            <button type="button" class="oih-button oih-secondary" id={ids::ADD_MEDICINE}
                disabled={full} aria-describedby={full.then_some("oih-medicines-full")} onclick={add}>
                { "+ " }{ t.add_medicine }
            </button>
            if full {
                <p class="oih-hint" id="oih-medicines-full">{ t.max_medicines_reached }</p>
            }
            <MmeSummary lang={props.lang} total={props.total} announced={props.announced} band={props.band}
                invalid={props.invalid} has_medicines={!props.medicines.is_empty()} />
        </div>
    }
}
