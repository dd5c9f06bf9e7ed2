//! One medicine: a picker (a filter field and a native `<select>` of
//! generic and brand names), the brand's strength as printed on the box (or
//! a typed strength), how many at a time, doses a day, what methadone or
//! buprenorphine is taken for, its own MME, and remove.
//!
//! Native controls on purpose: a `<select>` opens the phone's own picker and
//! keeps the browser's keyboard behaviour (type-ahead, arrows), which an
//! ARIA combobox would have to rebuild. The filter field only narrows the
//! list; the choice is always made in the `<select>`.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::texts::{en, Lang};

use crate::assessment::input::MedicationField;
use crate::content::brands::{search, search_key, Form, Match};
use crate::content::drugs::{Purpose, Unit};
use crate::form::{
    ids, Action, Cleared, EntryCheck, MedicineEntry, Message, BRAND_PREFIX, MAX_PER_DOSE,
    NOT_IN_TABLE_PREFIX, TYPED_STRENGTH,
};
use crate::medicine::{generic_matches, AmountFrom};
use crate::texts::Texts;
use crate::web::markup::Markup;

/// The sentence for a message about one of this entry's fields.
fn message_text(t: &Texts, entry: &MedicineEntry, message: &Message) -> String {
    let (name, unit) = match entry.drug {
        Some(drug) => ((t.drug_name)(drug.id), drug.unit),
        None => (t.medicine_label, Unit::Mg),
    };
    match message {
        Message::Problem(problem) => (t.problem_message)(problem),
        Message::OtherUnit(_) => (t.other_unit)(name, unit),
        Message::Combination(..) => (t.combination_question)(name),
        Message::ChooseStrength => t.choose_strength.into(),
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

/// The drug list: "Choose", then the generics, the brands and the names
/// outside the CDC table that match, each in its group when it has any.
fn drug_options(t: &Texts, chosen: &str, groups: [Markup; 3]) -> Html {
    let mut m = Markup::default();
    m.option("", chosen.is_empty(), t.drug_choose);
    let [generics, brands, others] = groups;
    for (label, group) in [
        (t.drug_group_generic, generics),
        (t.drug_group_brand, brands),
        (t.drug_group_not_in_table, others),
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

/// The strength list of a brand: "Choose", each strength as printed (with
/// its countries when the brand is sold in more), and "another strength".
fn strength_options(t: &Texts, entry: &MedicineEntry) -> Html {
    let mut m = Markup::default();
    m.option("", entry.strength.is_empty(), t.strength_choose);
    if let Some(brand) = entry.brand {
        for s in brand.strengths {
            let mut label = s.label.to_string();
            if s.countries != brand.countries {
                // Written in place: no Vec to join.
                for (i, c) in s.countries.iter().enumerate() {
                    label += if i == 0 { " (" } else { ", " };
                    label += c.code();
                }
                label += ")";
            }
            m.option(s.label, entry.strength == s.label, &label);
        }
    }
    m.option(
        TYPED_STRENGTH,
        entry.strength == TYPED_STRENGTH,
        t.strength_typed,
    );
    m.into_html()
}

/// A `<select>` of whole numbers `1..=max` (with "Choose" first when
/// `choose` is given).
fn number_options(choose: Option<&str>, current: &str, max: u32) -> Html {
    let mut m = Markup::default();
    if let Some(label) = choose {
        m.option("", current.trim().is_empty(), label);
    }
    for n in 1..=max {
        let value = n.to_string();
        m.option(&value, current.trim() == value, &value);
    }
    m.into_html()
}

/// One row, keyed by the entry's key. `position` is 1-based, for the
/// accessible names of the row's buttons.
pub fn medicine_row(
    lang: Lang,
    entry: &MedicineEntry,
    position: usize,
    dispatch: &Callback<Action>,
) -> Html {
    let t = lang.texts();
    let key = entry.key;
    let row = key.to_string();
    let input_action = |make: fn(u32, String) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |e: InputEvent| {
            let value = e.target_unchecked_into::<HtmlInputElement>().value();
            dispatch.emit(make(key, value));
        })
    };
    let select_action = |make: fn(u32, String) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            dispatch.emit(make(key, value));
        })
    };
    let blur_action = |make: fn(u32) -> Action| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: FocusEvent| dispatch.emit(make(key)))
    };
    let on_remove = {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.emit(Action::RemoveMedicine(key)))
    };

    // The list: what matches the filter, and always the current choice.
    // Names that start with what was typed come first ("morph": Morphine
    // before Hydromorphone), so the Down arrow reaches them first.
    let chosen = entry.choice();
    let query = search_key(&entry.filter);
    let mut groups = [Markup::default(), Markup::default(), Markup::default()];
    let mut matches = 0;
    // (The name on the box, English, is found in every language.)
    let generics = generic_matches(&entry.filter, &[t.drug_name, en::drug_name]);
    matches += generics.len();
    // A generic's name in the widget's language, and the one printed on
    // the boxes of the brand table's countries (English) after it where
    // they differ: "Oxicodona (Oxycodone)".
    let listed_name = |id: &str| {
        let (name, on_box) = ((t.drug_name)(id), en::drug_name(id));
        if name == on_box {
            name.to_string()
        } else {
            name.to_string() + " (" + on_box + ")"
        }
    };
    if let Some(drug) = entry
        .drug
        .filter(|d| entry.brand.is_none() && entry.not_in_table.is_none() && !generics.contains(d))
    {
        groups[0].option(drug.id, true, &listed_name(drug.id));
    }
    for d in generics {
        groups[0].option(d.id, d.id == chosen, &listed_name(d.id));
    }
    let found = search(&entry.filter);
    matches += found.len();
    let listed = |name: &str| found.iter().any(|m| m.name() == name);
    let mut add = |m: Match| {
        let (group, prefix) = match m {
            Match::Brand(_) => (1, BRAND_PREFIX),
            Match::NotInTable(_) => (2, NOT_IN_TABLE_PREFIX),
        };
        let value = prefix.to_string() + m.name();
        groups[group].option(&value, value == chosen, m.name());
    };
    // The current choice stays in the list even when the filter hides it.
    match (entry.brand, entry.not_in_table) {
        (Some(b), _) if !listed(b.name) => add(Match::Brand(b)),
        (None, Some(n)) if !listed(n.name) => add(Match::NotInTable(n)),
        _ => {}
    }
    for m in found {
        add(m);
    }
    let find_id = ids::find(key);
    let count_id = "oih-find-count-".to_string() + &row;
    let hint_id = "oih-find-hint-".to_string() + &row;
    let (drug_invalid, drug_error_id, drug_error) = message(t, entry, MedicationField::Drug);
    let name = entry
        .drug
        .map(|d| (t.drug_name)(d.id))
        .unwrap_or(t.medicine_label);
    let shown_name = entry
        .brand
        .map(|b| b.name)
        .or(entry.not_in_table.map(|n| n.name))
        .unwrap_or(name);
    let brand_id = "oih-brand-".to_string() + &row;
    let brand_note = match (entry.brand, entry.not_in_table) {
        (Some(brand), _) => Some((t.brand_is)(brand, name)),
        (None, Some(other)) => Some((t.not_in_table)(other.name, other.opioid())),
        _ => None,
    };

    // What methadone or buprenorphine is taken for: two radio buttons.
    let purpose_field = match entry.drug {
        Some(drug) if drug.takes_purpose() => {
            let (_, purpose_error_id, purpose_error) = message(t, entry, MedicationField::Purpose);
            let legend_id = "oih-purpose-legend-".to_string() + &row;
            let options = Purpose::ALL.iter().enumerate().map(|(i, purpose)| {
                let id = ids::purpose(key) + "-" + &i.to_string();
                let purpose = *purpose;
                let onchange = {
                    let dispatch = dispatch.clone();
                    Callback::from(move |_: Event| dispatch.emit(Action::SetPurpose(key, purpose)))
                };
                html! {
                    <span class="oih-option" key={i}>
                        <input type="radio" id={id.clone()} name={ids::purpose(key)}
                            checked={entry.purpose == Some(purpose)} {onchange} />
                        <label for={id}>{ (t.purpose)(purpose) }</label>
                    </span>
                }
            });
            html! {
                <fieldset class="oih-purpose oih-wide" aria-describedby={purpose_error_id}>
                    <legend id={legend_id}>{ t.purpose_label }</legend>
                    <div class="oih-options">{ for options }</div>
                    { purpose_error }
                </fieldset>
            }
        }
        _ => Html::default(),
    };

    let fields = match entry.drug {
        Some(drug) if drug.factor.is_some() => {
            let form = entry.form();
            let liquid = form.is_some_and(Form::amount_is_typed);
            let amount_label = match (drug.unit, liquid) {
                (_, true) => t.amount_label_liquid,
                (Unit::Mg, false) => t.amount_label_mg,
                (Unit::McgPerHour, false) => t.amount_label_patch,
            };
            let (amount_invalid, amount_error_id, amount_error) =
                message(t, entry, MedicationField::Amount);
            let (times_invalid, times_error_id, times_error) =
                message(t, entry, MedicationField::TimesPerDay);
            let (per_dose_invalid, per_dose_error_id, per_dose_error) =
                message(t, entry, MedicationField::PerDose);
            let cleared_id = "oih-cleared-".to_string() + &row;
            let liquid_id = "oih-liquid-".to_string() + &row;
            let has_list = entry.brand.is_some_and(|b| !b.strengths.is_empty());
            let choosing = entry.amount_from() == AmountFrom::NotChosen;
            let amount_described = described_by([
                amount_error_id.clone(),
                entry.cleared.map(|_| cleared_id.clone()),
                liquid.then(|| liquid_id.clone()),
            ]);
            // Two numbers typed: which one is the opioid, as two buttons.
            let combination = match entry.visible_message(MedicationField::Amount) {
                Some(Message::Combination(first, second)) => {
                    let unit = drug.unit.label();
                    let buttons = [first, second].into_iter().map(|number| {
                        let label = number.clone() + " " + unit;
                        let onclick = {
                            let dispatch = dispatch.clone();
                            let number = number.clone();
                            Callback::from(move |_: MouseEvent| {
                                dispatch.emit(Action::PickAmount(key, number.clone()))
                            })
                        };
                        html! {
                            <button type="button" class="oih-button oih-secondary" {onclick}>{ label }</button>
                        }
                    });
                    html! {
                        <div class="oih-pick oih-wide" role="group" aria-labelledby={amount_error_id.clone()}>
                            { for buttons }
                        </div>
                    }
                }
                _ => Html::default(),
            };
            html! {
                <>
                    if has_list {
                        <div class="oih-field">
                            <label for={ids::strength(key)}>{ t.strength_label }</label>
                            <select id={ids::strength(key)} onchange={select_action(Action::SetStrength)}
                                aria-invalid={choosing.then_some(amount_invalid).flatten()}
                                aria-describedby={choosing.then(|| amount_error_id.clone()).flatten()}>
                                { strength_options(t, entry) }
                            </select>
                            // As for the medicine: a closed <select> on a very
                            // narrow screen cuts long labels; the choice in
                            // full (shown by CSS there only).
                            if let Some(strength) = entry.chosen_strength() {
                                <p class="oih-chosen" aria-hidden="true">{ strength.label }</p>
                            } else if entry.strength == TYPED_STRENGTH {
                                <p class="oih-chosen" aria-hidden="true">{ t.strength_typed }</p>
                            }
                            if choosing { { amount_error.clone() } }
                        </div>
                    }
                    if entry.types_amount() {
                        <div class="oih-field">
                            <label for={ids::amount(key)}>{ amount_label }</label>
                            <input id={ids::amount(key)} type="text" inputmode="decimal" autocomplete="off"
                                spellcheck="false" value={entry.amount.clone()} aria-invalid={amount_invalid}
                                aria-describedby={amount_described} oninput={input_action(Action::SetAmount)}
                                onblur={blur_action(Action::TouchAmount)} />
                            if liquid {
                                <p class="oih-hint" id={liquid_id}>
                                    { (t.liquid_hint)(entry.chosen_strength().map_or("", |s| s.label)) }
                                </p>
                            }
                            { amount_error }
                        </div>
                        { combination }
                    }
                    if entry.asks_per_dose() {
                        <div class="oih-field">
                            <label for={ids::per_dose(key)}>{ (t.per_dose_label)(form) }</label>
                            <select id={ids::per_dose(key)} aria-invalid={per_dose_invalid}
                                aria-describedby={per_dose_error_id} onchange={select_action(Action::SetPerDose)}>
                                { number_options(None, &entry.per_dose, MAX_PER_DOSE) }
                            </select>
                            { per_dose_error }
                        </div>
                    }
                    if drug.takes_doses_per_day() {
                        <div class="oih-field">
                            <label for={ids::times(key)}>{ t.times_label }</label>
                            <select id={ids::times(key)} aria-invalid={times_invalid}
                                aria-describedby={times_error_id} onchange={select_action(Action::SetTimes)}
                                onblur={blur_action(Action::TouchTimes)}>
                                { number_options(Some(t.times_choose), &entry.times, 24) }
                            </select>
                            { times_error }
                        </div>
                    }
                    if let Some(cleared) = entry.cleared {
                        <p class="oih-note oih-wide" id={cleared_id}>{
                            match cleared {
                                Cleared::Unit(unit) => (t.unit_cleared)(name, unit),
                                Cleared::Amount => (t.amount_cleared)(name),
                            }
                        }</p>
                    }
                </>
            }
        }
        _ => Html::default(),
    };

    let shown_problem = [
        MedicationField::Drug,
        MedicationField::Amount,
        MedicationField::PerDose,
        MedicationField::TimesPerDay,
        MedicationField::Purpose,
    ]
    .into_iter()
    .any(|f| entry.visible_message(f).is_some());
    let mut notes = Markup::default();
    if entry.brand.is_some_and(|b| b.naloxone) {
        notes.cited(t, "oih-note", t.naloxone_in_tablet);
    }
    let status = match (entry.drug, entry.check()) {
        (None, _) => Html::default(),
        (Some(_), EntryCheck::Valid(medication)) if medication.is_excluded() => {
            notes.cited(t, "oih-note", t.excluded_row);
            Html::default()
        }
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
        <li class="oih-medicine" key={key}>
            <div class="oih-medicine-fields">
                <div class="oih-field oih-picker oih-wide">
                    <label for={find_id.clone()}>{ t.drug_filter_label }</label>
                    <p class="oih-hint" id={hint_id.clone()}>{ t.drug_filter_hint }</p>
                    <input id={find_id} type="search" autocomplete="off" spellcheck="false"
                        enterkeyhint="next" value={entry.filter.clone()} oninput={input_action(Action::SetFilter)}
                        aria-describedby={hint_id + " " + &count_id} />
                    <p class="oih-hint" id={count_id.clone()} role="status">
                        if !query.is_empty() { { (t.drug_matches)(matches) } }
                    </p>
                    <label for={ids::drug(key)}>{ t.medicine_label }</label>
                    <select id={ids::drug(key)} onchange={select_action(Action::SetDrug)} aria-invalid={drug_invalid}
                        aria-describedby={described_by([drug_error_id, brand_note.as_ref().map(|_| brand_id.clone())])}>
                        { drug_options(t, &chosen, groups) }
                    </select>
                    if let Some(note) = brand_note {
                        <p class="oih-hint" id={brand_id.clone()}>{ note }</p>
                    } else if entry.drug.is_some() {
                        // On a very narrow screen (200 % zoom on a phone) a
                        // closed <select> cuts long names; this line shows the
                        // choice in full there (CSS), and is hidden elsewhere.
                        <p class="oih-chosen" aria-hidden="true">{ name }</p>
                    }
                    { drug_error }
                </div>
                { purpose_field }
                { fields }
            </div>
            { status }
            { notes.into_html() }
            <button type="button" class="oih-link" onclick={on_remove}
                aria-label={t.remove_medicine.to_string() + " " + shown_name + " (" + t.medicine_label.to_ascii_lowercase().as_str() + " " + &position.to_string() + ")"}>
                { t.remove_medicine }
            </button>
        </li>
    }
}
