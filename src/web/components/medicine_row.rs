//! One medicine: drug, amount, doses a day, its own MME, and remove.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::input::MedicationField;
use crate::content::drugs::{Unit, DRUGS};
use crate::form::{ids, Action, EntryCheck, MedicineEntry, State};
use crate::texts::Texts;

#[derive(Properties, PartialEq)]
pub struct MedicineRowProps {
    pub lang: Lang,
    pub entry: MedicineEntry,
    /// 1-based, for the accessible names of the row's buttons.
    pub position: usize,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The inline message for a field, and the attributes that tie it to it.
fn message(
    t: &Texts,
    entry: &MedicineEntry,
    field: MedicationField,
) -> (Option<String>, Option<String>, Html) {
    match entry.visible_problem(field) {
        Some(problem) => {
            let id = format!("oih-error-{}-{}", field.key(), entry.key);
            let html = html! {
                <p class="oih-error" id={id.clone()}>{ (t.problem_message)(&problem) }</p>
            };
            (Some("true".into()), Some(id), html)
        }
        None => (None, None, Html::default()),
    }
}

#[component(MedicineRow)]
pub fn medicine_row(props: &MedicineRowProps) -> Html {
    let t = props.lang.texts();
    let entry = &props.entry;
    let key = entry.key;
    let dispatch = &props.dispatch;
    let on_drug = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::SetDrug(key, value));
        })
    };
    let on_amount = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            dispatch.dispatch(Action::SetAmount(key, value));
        })
    };
    let on_amount_blur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.dispatch(Action::TouchAmount(key)))
    };
    let on_times = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.dispatch(Action::SetTimes(key, value));
        })
    };
    let on_times_blur = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.dispatch(Action::TouchTimes(key)))
    };
    let on_remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::RemoveMedicine(key)))
    };

    let selected = entry.drug.map(|d| d.id).unwrap_or("");
    let drug_options = DRUGS.iter().map(|d| {
        html! { <option value={d.id} selected={d.id == selected}>{ (t.drug_name)(d.id) }</option> }
    });
    let (drug_invalid, drug_error_id, drug_error) = message(t, entry, MedicationField::Drug);
    let name = entry
        .drug
        .map(|d| (t.drug_name)(d.id))
        .unwrap_or(t.medicine_label);

    let fields = match entry.drug {
        Some(drug) if drug.factor.is_some() => {
            let amount_label = match drug.unit {
                Unit::Mg => t.amount_label_mg,
                Unit::McgPerHour => t.amount_label_patch,
            };
            let (amount_invalid, amount_error_id, amount_error) =
                message(t, entry, MedicationField::Amount);
            let (times_invalid, times_error_id, times_error) =
                message(t, entry, MedicationField::TimesPerDay);
            let times_options = (1..=24).map(|n| {
                let value = n.to_string();
                html! { <option selected={entry.times.trim() == value} value={value.clone()}>{ value }</option> }
            });
            html! {
                <>
                    <div class="oih-field">
                        <label for={ids::amount(key)}>{ amount_label }</label>
                        <input id={ids::amount(key)} type="text" inputmode="decimal" autocomplete="off"
                            spellcheck="false" value={entry.amount.clone()} aria-invalid={amount_invalid}
                            aria-describedby={amount_error_id} oninput={on_amount} onblur={on_amount_blur} />
                        { amount_error }
                    </div>
                    if drug.takes_doses_per_day() {
                        <div class="oih-field">
                            <label for={ids::times(key)}>{ t.times_label }</label>
                            <select id={ids::times(key)} aria-invalid={times_invalid}
                                aria-describedby={times_error_id} onchange={on_times} onblur={on_times_blur}>
                                <option value="" selected={entry.times.trim().is_empty()}>{ t.times_choose }</option>
                                { for times_options }
                            </select>
                            { times_error }
                        </div>
                    }
                </>
            }
        }
        _ => Html::default(),
    };

    let status = match (entry.drug, entry.check()) {
        (None, _) => Html::default(),
        (Some(drug), _) if drug.factor.is_none() => {
            html! { <p class="oih-note">{ t.not_converted }</p> }
        }
        (Some(_), EntryCheck::Valid(medication)) => match medication.mme_per_day() {
            Some(mme) => html! { <p class="oih-row-mme">{ "= " }{ (t.mme_figure)(&mme) }</p> },
            None => Html::default(),
        },
        (Some(_), EntryCheck::Invalid(..)) => {
            html! { <p class="oih-note">{ t.fix_to_count }</p> }
        }
    };

    html! {
        <li class="oih-medicine">
            <div class="oih-medicine-fields">
                <div class="oih-field">
                    <label for={ids::drug(key)}>{ t.medicine_label }</label>
                    <select id={ids::drug(key)} onchange={on_drug} aria-invalid={drug_invalid}
                        aria-describedby={drug_error_id}>
                        <option value="" selected={selected.is_empty()}>{ t.drug_choose }</option>
                        { for drug_options }
                    </select>
                    { drug_error }
                </div>
                { fields }
            </div>
            { status }
            <button type="button" class="oih-link" onclick={on_remove}
                aria-label={format!("{} {} (medicine {})", t.remove_medicine, name, props.position)}>
                { t.remove_medicine }
            </button>
        </li>
    }
}
