//! One medicine: a picker (a filter field and a native `<select>` of
//! generic and brand names), amount, doses a day, its own MME, and remove.
//!
//! Native controls on purpose: a `<select>` opens the phone's own picker and
//! keeps the browser's keyboard behaviour (type-ahead, arrows), which an
//! ARIA combobox would have to rebuild. The filter field only narrows the
//! list; the choice is always made in the `<select>`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::texts::Lang;

use crate::assessment::input::MedicationField;
use crate::content::brands::{search_key, BRANDS};
use crate::content::drugs::{Unit, DRUGS};
use crate::form::{ids, Action, EntryCheck, MedicineEntry, Message, State, BRAND_PREFIX};
use crate::texts::Texts;
use crate::web::markup::Markup;

#[derive(Properties, PartialEq)]
pub struct MedicineRowProps {
    pub lang: Lang,
    pub entry: MedicineEntry,
    /// 1-based, for the accessible names of the row's buttons.
    pub position: usize,
    pub dispatch: UseReducerDispatcher<State>,
}

/// The sentence for a message about one of this entry's fields.
fn message_text(t: &Texts, entry: &MedicineEntry, message: &Message) -> String {
    let (name, unit) = match entry.drug {
        Some(drug) => ((t.drug_name)(drug.id), drug.unit),
        None => (t.medicine_label, Unit::Mg),
    };
    match message {
        Message::Problem(problem) => (t.problem_message)(problem),
        Message::OtherUnit(_) => (t.other_unit)(name, unit),
        Message::Combination => (t.combination)(name, entry.brand, unit),
    }
}

/// The inline message for a field: `aria-invalid`, its id, and the markup.
fn message(
    t: &Texts,
    entry: &MedicineEntry,
    field: MedicationField,
) -> (Option<&'static str>, Option<String>, Html) {
    match entry.visible_message(field) {
        Some(message) => {
            let id = "oih-error-".to_string() + field.key() + "-" + &entry.key.to_string();
            let html = html! {
                <p class="oih-error" id={id.clone()}>{ message_text(t, entry, &message) }</p>
            };
            (Some("true"), Some(id), html)
        }
        None => (None, None, Html::default()),
    }
}

/// Ids joined for `aria-describedby`, or none.
fn described_by<const N: usize>(ids: [Option<String>; N]) -> Option<String> {
    let joined = ids.into_iter().flatten().collect::<Vec<_>>().join(" ");
    (!joined.is_empty()).then_some(joined)
}

/// The drug list: "Choose", then the generics and the brands that match,
/// each in its group when it has any.
fn drug_options(t: &Texts, chosen: &str, generics: Markup, brands: Markup) -> Html {
    let mut m = Markup::default();
    m.option("", chosen.is_empty(), t.drug_choose);
    for (label, group) in [
        (t.drug_group_generic, generics),
        (t.drug_group_brand, brands),
    ] {
        if !group.0.is_empty() {
            m.0 += "<optgroup label=\"";
            m.text(label);
            m.0 += "\">";
            m.0 += &group.0;
            m.close("optgroup");
        }
    }
    m.into_html()
}

#[component(MedicineRow)]
pub fn medicine_row(props: &MedicineRowProps) -> Html {
    let t = props.lang.texts();
    let entry = &props.entry;
    let key = entry.key;
    let row = key.to_string();
    let dispatch = &props.dispatch;
    let filter = use_state(String::new);
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: InputEvent| {
            filter.set(e.target_unchecked_into::<HtmlInputElement>().value())
        })
    };
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

    // The list: what matches the filter, and always the current choice.
    let chosen = entry.choice();
    let query = search_key(&filter);
    let finds = |name: &str| query.is_empty() || search_key(name).contains(&query);
    // The options as markup (`crate::web::markup`): the string changes when
    // the filter or the choice does, and the `selected` attribute carries
    // the choice into the new list.
    let mut generics = Markup::default();
    for d in DRUGS
        .iter()
        .filter(|d| d.id == chosen || finds((t.drug_name)(d.id)))
    {
        generics.option(d.id, d.id == chosen, (t.drug_name)(d.id));
    }
    let mut brands = Markup::default();
    for b in BRANDS {
        let value = BRAND_PREFIX.to_string() + b.name;
        if value == chosen || finds(b.name) || finds((t.drug_name)(b.drug)) {
            brands.option(&value, value == chosen, b.name);
        }
    }
    let matches = DRUGS.iter().filter(|d| finds((t.drug_name)(d.id))).count()
        + BRANDS
            .iter()
            .filter(|b| finds(b.name) || finds((t.drug_name)(b.drug)))
            .count();
    let find_id = ids::find(key);
    let count_id = "oih-find-count-".to_string() + &row;
    let hint_id = "oih-find-hint-".to_string() + &row;
    let (drug_invalid, drug_error_id, drug_error) = message(t, entry, MedicationField::Drug);
    let name = entry
        .drug
        .map(|d| (t.drug_name)(d.id))
        .unwrap_or(t.medicine_label);
    let shown_name = entry.brand.map(|b| b.name).unwrap_or(name);
    let brand_id = "oih-brand-".to_string() + &row;

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
            let cleared_id = "oih-cleared-".to_string() + &row;
            let amount_described = described_by([
                amount_error_id,
                entry.unit_cleared.then(|| cleared_id.clone()),
                entry.brand.and_then(|b| b.with).map(|_| brand_id.clone()),
            ]);
            let mut times_options = Markup::default();
            times_options.option("", entry.times.trim().is_empty(), t.times_choose);
            for n in 1..=24 {
                let value = n.to_string();
                times_options.option(&value, entry.times.trim() == value, &value);
            }
            html! {
                <>
                    <div class="oih-field">
                        <label for={ids::amount(key)}>{ amount_label }</label>
                        <input id={ids::amount(key)} type="text" inputmode="decimal" autocomplete="off"
                            spellcheck="false" value={entry.amount.clone()} aria-invalid={amount_invalid}
                            aria-describedby={amount_described} oninput={on_amount} onblur={on_amount_blur} />
                        { amount_error }
                    </div>
                    if drug.takes_doses_per_day() {
                        <div class="oih-field">
                            <label for={ids::times(key)}>{ t.times_label }</label>
                            <select id={ids::times(key)} aria-invalid={times_invalid}
                                aria-describedby={times_error_id} onchange={on_times} onblur={on_times_blur}>
                                { times_options.into_html() }
                            </select>
                            { times_error }
                        </div>
                    }
                    if entry.unit_cleared {
                        <p class="oih-note oih-wide" id={cleared_id}>{ (t.unit_cleared)(name, drug.unit) }</p>
                    }
                </>
            }
        }
        _ => Html::default(),
    };

    let shown_problem = [
        MedicationField::Drug,
        MedicationField::Amount,
        MedicationField::TimesPerDay,
    ]
    .into_iter()
    .any(|f| entry.visible_message(f).is_some());
    let status = match (entry.drug, entry.check()) {
        (None, _) => Html::default(),
        (Some(drug), _) if drug.factor.is_none() => {
            html! { <p class="oih-note">{ t.not_converted }</p> }
        }
        (Some(_), EntryCheck::Valid(medication)) => match medication.mme_per_day() {
            Some(mme) => html! {
                <>
                    <p class="oih-row-mme">{ "= " }{ (t.mme_figure)(&mme) }</p>
                    if entry.check_label() {
                        <p class="oih-warning oih-check-label">{ t.check_label }</p>
                    }
                </>
            },
            None => Html::default(),
        },
        (Some(_), EntryCheck::Invalid(..)) if shown_problem => {
            html! { <p class="oih-note">{ t.fix_to_count }</p> }
        }
        (Some(_), EntryCheck::Invalid(..)) => Html::default(),
    };

    html! {
        <li class="oih-medicine">
            <div class="oih-medicine-fields">
                <div class="oih-field oih-picker oih-wide">
                    <label for={find_id.clone()}>{ t.drug_filter_label }</label>
                    <p class="oih-hint" id={hint_id.clone()}>{ t.drug_filter_hint }</p>
                    <input id={find_id} type="search" autocomplete="off" spellcheck="false"
                        enterkeyhint="next" value={(*filter).clone()} oninput={on_filter}
                        aria-describedby={hint_id + " " + &count_id} />
                    <p class="oih-hint" id={count_id.clone()} role="status">
                        if !query.is_empty() { { (t.drug_matches)(matches) } }
                    </p>
                    <label for={ids::drug(key)}>{ t.medicine_label }</label>
                    <select id={ids::drug(key)} onchange={on_drug} aria-invalid={drug_invalid}
                        aria-describedby={described_by([drug_error_id, entry.brand.map(|_| brand_id.clone())])}>
                        { drug_options(t, &chosen, generics, brands) }
                    </select>
                    if let Some(brand) = entry.brand {
                        <p class="oih-hint" id={brand_id.clone()}>{ (t.brand_is)(brand, name) }</p>
                    } else if entry.drug.is_some() {
                        // On a very narrow screen (200 % zoom on a phone) a
                        // closed <select> cuts long names; this line shows the
                        // choice in full there (CSS), and is hidden elsewhere.
                        <p class="oih-chosen" aria-hidden="true">{ name }</p>
                    }
                    { drug_error }
                </div>
                { fields }
            </div>
            { status }
            <button type="button" class="oih-link" onclick={on_remove}
                aria-label={t.remove_medicine.to_string() + " " + shown_name + " (" + t.medicine_label.to_ascii_lowercase().as_str() + " " + &props.position.to_string() + ")"}>
                { t.remove_medicine }
            </button>
        </li>
    }
}
