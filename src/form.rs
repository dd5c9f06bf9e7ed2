//! The form's state and the actions that change it: plain Rust, tested
//! natively; `web::state` only makes it a Yew `Reducible`.
//!
//! Medicine entries keep exactly what the user typed; they are checked by the
//! core (`Medication::check`) each time the input is built, so an invalid
//! entry stays on screen with its message and never removes another.

use crate::assessment::{Answers, Input, MAX_MEDICATIONS};
use crate::content::drugs::Purpose;
use crate::content::questions::QuestionId;
use crate::decimal::Decimal;

pub use crate::medicine::{
    parse_choice, Cleared, EntryCheck, MedicineEntry, Message, BRAND_PREFIX, CHECK_LABEL_ABOVE,
    MAX_PER_DOSE, NOT_IN_TABLE_PREFIX, TYPED_STRENGTH,
};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub answers: Answers,
    pub medicines: Vec<MedicineEntry>,
    next_key: u32,
    /// The user chose to keep answers in this browser.
    pub remember: bool,
    /// What was there before "clear all", for undo.
    pub before_clear: Option<Box<State>>,
    /// An element id to move focus to after the next render.
    pub focus: Option<String>,
    /// When the answers on screen were brought back from storage: the time
    /// (ms since 1970) that copy was saved. Shown until the user starts
    /// fresh or erases it.
    pub restored_at: Option<u64>,
    /// Restored answers about a time window (a seizure in the last 4 weeks,
    /// a stop in the last 4 weeks) from a copy more than a day old: held
    /// aside, never used by the result, until the person answers again.
    pub to_confirm: Vec<(QuestionId, &'static str)>,
    /// The daily MME total as last settled: every action but typing in an
    /// amount updates it, so a screen reader hears the total once per
    /// change (on leaving the field), not at every key press.
    pub announced_total: Option<Decimal>,
}

pub enum Action {
    Answer(QuestionId, &'static str),
    ClearAnswer(QuestionId),
    AddMedicine,
    RemoveMedicine(u32),
    SetDrug(u32, String),
    /// A brand's strength, by its label as printed, or [`TYPED_STRENGTH`].
    SetStrength(u32, String),
    SetAmount(u32, String),
    /// One number of a combination typed ("5/325"), chosen as the opioid's.
    PickAmount(u32, String),
    SetPerDose(u32, String),
    SetTimes(u32, String),
    SetPurpose(u32, Purpose),
    /// Narrows the picker's list to names with this text.
    SetFilter(u32, String),
    TouchAmount(u32),
    TouchTimes(u32),
    ClearAll,
    UndoClear,
    /// The time to undo "Clear all answers" is over ([`UNDO_FOR_MS`]).
    UndoExpired,
    SetRemember(bool),
    /// Drop answers brought back from storage, and the stored copy.
    StartFresh,
    /// Move focus to the element with this id after the next render.
    FocusOn(String),
    FocusDone,
}

impl State {
    /// Restores answers and medicine entries (from storage).
    pub fn restored(answers: Answers, medicines: Vec<SavedMedicine>) -> State {
        let mut state = State {
            answers,
            remember: true,
            ..State::default()
        };
        for saved in medicines.into_iter().take(MAX_MEDICATIONS) {
            let key = state.new_key();
            let (drug, brand, not_in_table) = parse_choice(&saved.choice);
            state.medicines.push(MedicineEntry {
                drug,
                brand,
                not_in_table,
                strength: saved.strength,
                amount: saved.amount,
                per_dose: if saved.per_dose.is_empty() {
                    "1".into()
                } else {
                    saved.per_dose
                },
                times: saved.times,
                purpose: Purpose::from_id(&saved.purpose),
                amount_touched: true,
                times_touched: true,
                ..MedicineEntry::new(key)
            });
        }
        state.announced_total = state.total();
        state
    }

    fn new_key(&mut self) -> u32 {
        self.next_key += 1;
        self.next_key
    }

    /// The input for the core: all answers, and the medicines that are valid.
    pub fn input(&self) -> Input {
        Input {
            answers: self.answers,
            medications: self
                .medicines
                .iter()
                .filter_map(|m| match m.check() {
                    EntryCheck::Valid(medication) => Some(medication),
                    EntryCheck::Invalid(..) => None,
                })
                .collect(),
        }
    }

    /// The valid entries' names as entered (brand and strength as printed,
    /// or a name outside the CDC table), one line each in the order of
    /// [`State::input`]'s medicines; an empty line for a generic.
    pub fn entered_names(&self) -> String {
        let names: Vec<String> = self
            .medicines
            .iter()
            .filter(|m| matches!(m.check(), EntryCheck::Valid(_)))
            .map(|m| m.name_as_entered().unwrap_or_default())
            .collect();
        names.join("\n")
    }

    /// Entries not counted because something in them needs fixing.
    pub fn invalid_medicines(&self) -> usize {
        self.medicines
            .iter()
            .filter(|m| matches!(m.check(), EntryCheck::Invalid(..)))
            .count()
    }

    pub fn is_empty(&self) -> bool {
        self.answers == Answers::default() && self.medicines.is_empty()
    }

    fn entry(&mut self, key: u32) -> Option<&mut MedicineEntry> {
        self.medicines.iter_mut().find(|m| m.key == key)
    }
}

/// Element ids shared by the components and the focus requests.
pub mod ids {
    pub fn drug(key: u32) -> String {
        "oih-drug-".to_string() + &key.to_string()
    }
    pub fn amount(key: u32) -> String {
        "oih-amount-".to_string() + &key.to_string()
    }
    pub fn times(key: u32) -> String {
        "oih-times-".to_string() + &key.to_string()
    }
    pub fn strength(key: u32) -> String {
        "oih-strength-".to_string() + &key.to_string()
    }
    pub fn per_dose(key: u32) -> String {
        "oih-per-dose-".to_string() + &key.to_string()
    }
    /// The first answer of "What do you take it for?".
    pub fn purpose(key: u32) -> String {
        "oih-purpose-".to_string() + &key.to_string()
    }
    /// The drug picker's filter field, first in a new row.
    pub fn find(key: u32) -> String {
        "oih-find-".to_string() + &key.to_string()
    }
    pub const ADD_MEDICINE: &str = "oih-add-medicine";
    pub const CLEAR_ALL: &str = "oih-clear-all";
    pub const UNDO: &str = "oih-undo";
    pub const RESULT_TITLE: &str = "oih-result-title";
    /// "See your result", which moves the focus to the result.
    pub const SEE_RESULT: &str = "oih-see-result";
    /// The first answer of the first question (after "Start fresh").
    pub const FIRST_QUESTION: &str = "oih-q-seizure-0";
    /// The notice of answers brought back from storage (focused on load, so
    /// it is in view and read out).
    pub const RESTORED: &str = "oih-restored";
}

impl State {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        let previous = self.clone();
        let settles = !matches!(
            action,
            Action::SetAmount(..) | Action::FocusOn(_) | Action::FocusDone
        );
        self.apply_action(action, previous);
        if settles {
            self.announced_total = self.total();
        }
    }

    /// The daily MME of the valid entries, as the core sums it.
    pub fn total(&self) -> Option<Decimal> {
        crate::assessment::mme::total(&self.input().medications).per_day
    }

    fn apply_action(&mut self, action: Action, previous: State) {
        let next = self;
        // Any change other than undo itself makes the undo stale.
        if !matches!(
            action,
            Action::UndoClear | Action::FocusDone | Action::SetRemember(_) | Action::UndoExpired
        ) {
            next.before_clear = None;
        }
        match action {
            Action::Answer(id, value) => {
                // Only allowed values reach here (radio buttons from the table).
                let _ = next.answers.set(id, value);
                next.to_confirm.retain(|(q, _)| *q != id);
            }
            Action::ClearAnswer(id) => {
                next.answers.clear(id);
                next.to_confirm.retain(|(q, _)| *q != id);
            }
            Action::AddMedicine => {
                if next.medicines.len() < MAX_MEDICATIONS {
                    let key = next.new_key();
                    next.medicines.push(MedicineEntry::new(key));
                    next.focus = Some(ids::find(key));
                }
            }
            Action::RemoveMedicine(key) => {
                next.medicines.retain(|m| m.key != key);
                next.focus = Some(ids::ADD_MEDICINE.to_string());
            }
            Action::SetDrug(key, value) => {
                if let Some(entry) = next.entry(key) {
                    // What was typed for another drug meant something else:
                    // it is cleared, not reinterpreted, and never kept
                    // hidden to come back (`MedicineEntry::choose`).
                    entry.choose(&value);
                }
            }
            Action::SetStrength(key, label) => {
                if let Some(entry) = next.entry(key) {
                    entry.strength = label;
                    entry.amount_touched = true;
                    entry.cleared = None;
                }
            }
            Action::SetAmount(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.amount = text;
                    entry.cleared = None;
                }
            }
            Action::PickAmount(key, number) => {
                if let Some(entry) = next.entry(key) {
                    entry.amount = number;
                    entry.amount_touched = true;
                    entry.cleared = None;
                    // The buttons that asked go; the amount field keeps the focus.
                    next.focus = Some(ids::amount(key));
                }
            }
            Action::SetPerDose(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.per_dose = text;
                    entry.cleared = None;
                }
            }
            Action::SetTimes(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.times = text;
                    entry.times_touched = true;
                    entry.cleared = None;
                }
            }
            Action::SetPurpose(key, purpose) => {
                if let Some(entry) = next.entry(key) {
                    entry.purpose = Some(purpose);
                }
            }
            Action::TouchAmount(key) => {
                if let Some(entry) = next.entry(key) {
                    entry.amount_touched = true;
                }
            }
            Action::TouchTimes(key) => {
                if let Some(entry) = next.entry(key) {
                    entry.times_touched = true;
                }
            }
            Action::SetFilter(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.filter = text;
                }
            }
            Action::ClearAll => {
                let remember = next.remember;
                let mut cleared = State {
                    remember,
                    next_key: next.next_key,
                    ..State::default()
                };
                if !previous.is_empty() {
                    let mut saved = previous;
                    saved.before_clear = None;
                    saved.focus = None;
                    cleared.before_clear = Some(Box::new(saved));
                    cleared.focus = Some(ids::UNDO.to_string());
                }
                *next = cleared;
            }
            Action::UndoExpired => next.before_clear = None,
            Action::UndoClear => {
                if let Some(saved) = next.before_clear.take() {
                    let remember = next.remember;
                    *next = *saved;
                    next.remember = remember;
                    next.focus = Some(ids::CLEAR_ALL.to_string());
                }
            }
            Action::SetRemember(on) => {
                next.remember = on;
                if !on {
                    next.restored_at = None;
                }
            }
            Action::StartFresh => {
                *next = State {
                    next_key: next.next_key,
                    ..State::default()
                };
                next.focus = Some(ids::FIRST_QUESTION.to_string());
            }
            Action::FocusOn(id) => next.focus = Some(id),
            Action::FocusDone => next.focus = None,
        }
    }
}

/// What is kept in the browser when the user opts in: answers by id,
/// medicine entries as typed, and when they were saved, as key/value pairs
/// (the browser encodes them). No identifiers.
pub mod saved {
    use super::{SavedMedicine, State};
    use crate::assessment::Answers;
    use crate::content::questions::QuestionId;

    pub const STORAGE_KEY: &str = "oih-checklist:v1";
    /// Restored answers tied to a time window are asked again when the copy
    /// is older than this (a day).
    pub const CONFIRM_AFTER_MS: u64 = 24 * 60 * 60 * 1000;
    /// The answers about a time window: any seizure answer (the last 4
    /// weeks), and `opioid_use` when it is a recent stop (the last 4 weeks).
    const TIME_WINDOW_ANSWERS: [(QuestionId, Option<&str>); 2] = [
        (QuestionId::Seizure, None),
        (
            QuestionId::OpioidUse,
            Some(crate::content::questions::STOPPED_RECENTLY),
        ),
    ];
    /// A saved copy older than this is erased, not restored (30 days).
    pub const MAX_AGE_MS: u64 = 30 * 24 * 60 * 60 * 1000;
    /// A copy "saved" more than a day ahead of this device's clock is not
    /// trusted either (the clock was changed).
    const FUTURE_SLACK_MS: u64 = 24 * 60 * 60 * 1000;
    const SAVED_AT: &str = "saved";

    /// Answers and medicines, without the time (to tell whether anything
    /// changed since the last save).
    pub fn to_pairs(state: &State) -> Vec<(String, String)> {
        let mut pairs: Vec<(String, String)> = QuestionId::ALL
            .iter()
            .filter_map(|id| {
                state
                    .answers
                    .raw(*id)
                    .map(|a| (id.key().to_string(), a.to_string()))
            })
            .collect();
        for m in &state.medicines {
            pairs.push(("medicine".into(), m.choice()));
            if !m.strength.is_empty() {
                pairs.push(("strength".into(), m.strength.clone()));
            }
            pairs.push(("amount".into(), m.amount.clone()));
            if m.per_dose != "1" {
                pairs.push(("per_dose".into(), m.per_dose.clone()));
            }
            pairs.push(("times".into(), m.times.clone()));
            if let Some(purpose) = m.purpose {
                pairs.push(("purpose".into(), purpose.id().into()));
            }
        }
        pairs
    }

    /// [`to_pairs`] with the time of saving, `now` in ms since 1970.
    pub fn to_saved_pairs(state: &State, now: u64) -> Vec<(String, String)> {
        let mut pairs = to_pairs(state);
        pairs.push((SAVED_AT.into(), now.to_string()));
        pairs
    }

    /// The state another language's widget hands over on a language switch
    /// (`to_pairs` of its state, and whether it was remembering): the same
    /// answers and medicines, remembered as before, with no "restored"
    /// notice and nothing to confirm again (no time has passed).
    pub fn handed_over(pairs: Vec<(String, String)>, remember: bool, now: u64) -> State {
        let mut pairs = pairs;
        pairs.push((SAVED_AT.into(), now.to_string()));
        let mut state = restore(pairs, now).unwrap_or_default();
        state.restored_at = None;
        state.remember = remember;
        state
    }

    /// Reads what [`to_saved_pairs`] wrote, if it is at most [`MAX_AGE_MS`]
    /// old at `now`; `None` means the copy is to be erased (too old, no
    /// time, or saved in the future). Anything unknown is skipped, never a
    /// reason to fail: storage can hold a damaged copy.
    pub fn restore(pairs: impl IntoIterator<Item = (String, String)>, now: u64) -> Option<State> {
        let mut answers = Answers::default();
        let mut medicines: Vec<SavedMedicine> = Vec::new();
        let mut saved_at = None;
        for (key, value) in pairs {
            match (key.as_str(), medicines.last_mut()) {
                ("medicine", _) => medicines.push(SavedMedicine {
                    choice: value,
                    ..SavedMedicine::default()
                }),
                ("strength", Some(last)) => last.strength = value,
                ("amount", Some(last)) => last.amount = value,
                ("per_dose", Some(last)) => last.per_dose = value,
                ("times", Some(last)) => last.times = value,
                ("purpose", Some(last)) => last.purpose = value,
                (SAVED_AT, _) => saved_at = value.parse::<u64>().ok(),
                _ => {
                    if let Some(id) = QuestionId::from_key(&key) {
                        let _ = answers.set(id, &value);
                    }
                }
            }
        }
        let saved_at = saved_at?;
        let age = now.saturating_sub(saved_at);
        let fresh = saved_at <= now.saturating_add(FUTURE_SLACK_MS) && age <= MAX_AGE_MS;
        if !fresh {
            return None;
        }
        // Answers about the last 4 weeks may no longer be true a day later:
        // held aside until answered again, so the result (its emergency
        // headline above all) never rests on an unconfirmed old answer.
        let mut to_confirm = Vec::new();
        if age > CONFIRM_AFTER_MS {
            for (id, window) in TIME_WINDOW_ANSWERS {
                if let Some(value) = answers.raw(id).filter(|v| window.is_none_or(|w| w == *v)) {
                    to_confirm.push((id, value));
                    answers.clear(id);
                }
            }
        }
        Some(State {
            restored_at: Some(saved_at),
            to_confirm,
            focus: Some(super::ids::RESTORED.into()),
            ..State::restored(answers, medicines)
        })
    }
}

/// How long "Undo" stays after "Clear all answers": on a shared device the
/// next person must not bring the first person's answers back.
pub const UNDO_FOR_MS: u32 = 20_000;

/// One medicine as saved: the drug list's value, the strength chosen,
/// amount, how many at a time, doses as typed, and the purpose's id.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedMedicine {
    pub choice: String,
    pub strength: String,
    pub amount: String,
    pub per_dose: String,
    pub times: String,
    pub purpose: String,
}

#[cfg(test)]
mod tests {
    use super::saved::{restore, to_pairs, to_saved_pairs, MAX_AGE_MS};
    use super::*;
    use crate::assessment::{MedicationField, Problem};
    use crate::content::drugs::{Drug, Unit};

    fn with_medicine(drug: &str, amount: &str, times: &str) -> (State, u32) {
        let mut state = State::default();
        state.apply(Action::AddMedicine);
        let key = state.medicines.last().unwrap().key;
        state.apply(Action::SetDrug(key, drug.into()));
        state.apply(Action::SetAmount(key, amount.into()));
        state.apply(Action::SetTimes(key, times.into()));
        (state, key)
    }

    #[test]
    fn a_valid_entry_counts_and_an_invalid_one_is_kept_but_not_counted() {
        let (mut state, _) = with_medicine("oxycodone", "10", "2");
        state.apply(Action::AddMedicine);
        let bad = state.medicines[1].key;
        state.apply(Action::SetDrug(bad, "morphine".into()));
        state.apply(Action::SetAmount(bad, "lots".into()));
        assert_eq!(state.medicines.len(), 2);
        assert_eq!(state.medicines[1].amount, "lots");
        assert_eq!(state.input().medications.len(), 1);
        assert_eq!(state.invalid_medicines(), 1);
        assert_eq!(
            state.medicines[1].check(),
            EntryCheck::Invalid(
                MedicationField::Amount,
                Message::Problem(Problem::NotANumber)
            )
        );
    }

    #[test]
    fn the_filter_belongs_to_its_own_row_and_changes_nothing_else() {
        let (mut state, first) = with_medicine("oxycodone", "10", "2");
        state.apply(Action::AddMedicine);
        let second = state.medicines[1].key;
        let input = state.input();
        state.apply(Action::SetFilter(second, "oxy".into()));
        assert_eq!(state.medicines[1].filter, "oxy");
        assert_eq!(state.medicines[0].filter, "");
        assert_eq!(state.input(), input, "the filter is not an answer");
        state.apply(Action::SetFilter(first, "mor".into()));
        assert_eq!(
            (
                state.medicines[0].filter.as_str(),
                state.medicines[1].filter.as_str()
            ),
            ("mor", "oxy")
        );
        // A filter for a row that has gone changes nothing.
        let before = state.clone();
        state.apply(Action::SetFilter(999, "x".into()));
        assert_eq!(state, before);
    }

    #[test]
    fn problems_show_only_once_a_field_was_touched_or_typed_in() {
        let (mut state, key) = with_medicine("morphine", "", "");
        let entry = &state.medicines[0];
        assert_eq!(
            entry.visible_message(MedicationField::Amount),
            None,
            "not yet touched"
        );
        state.apply(Action::TouchAmount(key));
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::Amount),
            Some(Message::Problem(Problem::Missing))
        );
    }

    #[test]
    fn a_change_to_a_drug_in_another_unit_clears_amount_and_doses_and_says_so() {
        // The case: oxycodone 20 mg x 3 switched to the patch must
        // not silently become 20 mcg/hr.
        let (mut state, key) = with_medicine("oxycodone", "20", "3");
        state.apply(Action::TouchAmount(key));
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        let entry = &state.medicines[0];
        assert_eq!((entry.amount.as_str(), entry.times.as_str()), ("", ""));
        assert_eq!(entry.cleared, Some(Cleared::Unit(Unit::McgPerHour)));
        assert!(!entry.amount_touched, "no 'required' message straight away");
        assert_eq!(state.input().medications.len(), 0);
        // Switching back does not bring the hidden "3 doses a day" back.
        state.apply(Action::SetAmount(key, "25".into()));
        assert_eq!(state.medicines[0].cleared, None, "typing ends the notice");
        state.apply(Action::SetDrug(key, "oxycodone".into()));
        assert_eq!(state.medicines[0].times, "");
        assert_eq!(state.medicines[0].amount, "");
        // The walkthrough's case: morphine 30 mg x 2 switched to
        // hydromorphone (same unit, a factor 5 times higher) must not keep
        // 30 mg silently: the amount is cleared and the row says so; the
        // doses a day stay (they do not depend on the drug).
        let (mut state, key) = with_medicine("morphine", "30", "2");
        state.apply(Action::SetDrug(key, "hydromorphone".into()));
        assert_eq!(state.medicines[0].amount, "");
        assert_eq!(state.medicines[0].times, "2");
        assert_eq!(state.medicines[0].cleared, Some(Cleared::Amount));
        assert_eq!(state.input().medications.len(), 0, "nothing counted yet");
        state.apply(Action::SetAmount(key, "2".into()));
        assert_eq!(state.total().map(|d| d.to_string()), Some("20.0".into()));
        // A drug with no factor asks for nothing: cleared, with no notice
        // (its own note says it is not counted); buprenorphine asks what it
        // is taken for, and is valid once answered.
        state.apply(Action::SetDrug(key, "buprenorphine".into()));
        assert_eq!(state.medicines[0].amount, "");
        assert_eq!(state.medicines[0].cleared, None);
        assert_eq!(
            state.medicines[0].check(),
            EntryCheck::Invalid(MedicationField::Purpose, Message::Problem(Problem::Missing))
        );
        state.apply(Action::SetPurpose(key, Purpose::Pain));
        let EntryCheck::Valid(other) = state.medicines[0].check() else {
            panic!("unconverted is valid")
        };
        assert_eq!(other.mme_per_day(), None);
        // Nothing typed: nothing to clear, nothing to say.
        let (mut state, key) = with_medicine("oxycodone", "", "");
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert_eq!(state.medicines[0].cleared, None);
    }

    fn amount_check(drug: &str, typed: &str) -> EntryCheck {
        with_medicine(drug, typed, "2").0.medicines[0].check()
    }

    fn mme(drug: &str, typed: &str) -> String {
        match amount_check(drug, typed) {
            EntryCheck::Valid(m) => m.mme_per_day().unwrap().to_string(),
            other => panic!("{typed}: {other:?}"),
        }
    }

    #[test]
    fn an_amount_may_carry_the_drugs_own_unit() {
        for typed in [
            "10mg",
            "10 mg",
            " 10 MG ",
            "10 mgs",
            "10 milligrams",
            "10mg.",
        ] {
            assert_eq!(mme("oxycodone", typed), "30.0", "{typed}");
        }
        for typed in [
            "25 mcg/hr",
            "25mcg/h",
            "25 µg/h",
            "25 ug/hr",
            "25 micrograms/hour",
            "25 mcg per hour",
            "25 mcg",
        ] {
            assert_eq!(mme("fentanyl_patch", typed), "60.0", "{typed}");
        }
        // Another unit is never converted, it is named.
        assert_eq!(
            amount_check("fentanyl_patch", "25 mg"),
            EntryCheck::Invalid(MedicationField::Amount, Message::OtherUnit(Unit::Mg))
        );
        assert_eq!(
            amount_check("morphine", "25 mcg/hr"),
            EntryCheck::Invalid(
                MedicationField::Amount,
                Message::OtherUnit(Unit::McgPerHour)
            )
        );
        // Letters that are no unit are the core's "not a number".
        for typed in ["10 tablets", "mg", "ten mg", "1e309"] {
            assert_eq!(
                amount_check("morphine", typed),
                EntryCheck::Invalid(
                    MedicationField::Amount,
                    Message::Problem(Problem::NotANumber)
                ),
                "{typed}"
            );
        }
        // The core's range checks apply to the number.
        assert_eq!(
            amount_check("morphine", "0 mg"),
            EntryCheck::Invalid(
                MedicationField::Amount,
                Message::Problem(Problem::AmountOutOfRange(Unit::Mg))
            )
        );
    }

    #[test]
    fn a_combination_label_asks_for_the_opioid_part() {
        for (typed, first, second) in [
            ("5/325", "5", "325"),
            ("5 / 325", "5", "325"),
            ("7.5/325 mg", "7.5", "325"),
            ("5mg/325mg", "5", "325"),
            ("10/5", "10", "5"),
        ] {
            assert_eq!(
                amount_check("oxycodone", typed),
                EntryCheck::Invalid(
                    MedicationField::Amount,
                    Message::Combination(first.into(), second.into())
                ),
                "{typed}"
            );
        }
        // Choosing one of the two numbers makes it the amount, and the
        // amount field gets the focus back from the button.
        let (mut state, key) = with_medicine("oxycodone", "5/325", "6");
        state.apply(Action::SetPerDose(key, "2".into()));
        state.apply(Action::PickAmount(key, "5".into()));
        assert_eq!(state.medicines[0].amount, "5");
        assert_eq!(state.focus, Some(ids::amount(key)));
        assert_eq!(state.total().map(|d| d.to_string()), Some("90.0".into()));
        assert_eq!(mme("oxycodone", "5"), "15.0");
        // A slash needs a number on each side to be a combination label.
        for not_a_label in ["abc/5", "5/", "5/mg"] {
            assert!(
                !matches!(
                    amount_check("oxycodone", not_a_label),
                    EntryCheck::Invalid(_, Message::Combination(..))
                ),
                "{not_a_label}"
            );
        }
    }

    #[test]
    fn a_message_shows_next_to_its_own_field_only_and_as_soon_as_junk_is_typed() {
        // Typed, not yet left: junk that is no unit shows its message now.
        let (state, _) = with_medicine("morphine", "lots", "2");
        let entry = &state.medicines[0];
        assert!(!entry.amount_touched);
        assert_eq!(
            entry.visible_message(MedicationField::Amount),
            Some(Message::Problem(Problem::NotANumber))
        );
        assert_eq!(entry.visible_message(MedicationField::TimesPerDay), None);
        assert_eq!(entry.visible_message(MedicationField::Drug), None);
        // No medicine chosen: said once either field next to it was left.
        for touch in [Action::TouchAmount, Action::TouchTimes] {
            let mut state = State::default();
            state.apply(Action::AddMedicine);
            let key = state.medicines[0].key;
            assert_eq!(
                state.medicines[0].visible_message(MedicationField::Drug),
                None
            );
            state.apply(touch(key));
            assert_eq!(
                state.medicines[0].visible_message(MedicationField::Drug),
                Some(Message::Problem(Problem::Missing))
            );
        }
    }

    #[test]
    fn messages_wait_while_a_unit_is_being_typed_and_show_after_leaving_the_field() {
        let (mut state, key) = with_medicine("morphine", "10 m", "2");
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::Amount),
            None
        );
        state.apply(Action::SetAmount(key, "10 mcg/".into()));
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::Amount),
            None
        );
        state.apply(Action::TouchAmount(key));
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::Amount),
            Some(Message::Problem(Problem::NotANumber))
        );
        // Junk shows while typing, as before; so does the combination hint.
        let (state, _) = with_medicine("morphine", "10 x", "2");
        assert!(state.medicines[0]
            .visible_message(MedicationField::Amount)
            .is_some());
        let (state, _) = with_medicine("morphine", "5/325", "2");
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::Amount),
            Some(Message::Combination("5".into(), "325".into()))
        );
        // Doses a day: nothing before they were chosen or left.
        let mut state = State::default();
        state.apply(Action::AddMedicine);
        let key = state.medicines[0].key;
        state.apply(Action::SetDrug(key, "morphine".into()));
        state.apply(Action::SetAmount(key, "10".into()));
        let entry = &state.medicines[0];
        assert_eq!(entry.visible_message(MedicationField::TimesPerDay), None);
        state.apply(Action::TouchTimes(key));
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::TimesPerDay),
            Some(Message::Problem(Problem::Missing))
        );
    }

    #[test]
    fn above_1000_mme_a_day_for_one_medicine_asks_to_check_the_label_and_still_counts() {
        let (state, _) = with_medicine("morphine", "2000", "24");
        assert!(state.medicines[0].check_label());
        assert_eq!(state.input().medications.len(), 1, "it still counts");
        let (state, _) = with_medicine("morphine", "1000", "1");
        assert!(
            !state.medicines[0].check_label(),
            "exactly 1000 is not above"
        );
        let (state, _) = with_medicine("oxycodone", "667", "1");
        assert!(state.medicines[0].check_label(), "1000.5");
        let (state, _) = with_medicine("morphine", "abc", "1");
        assert!(!state.medicines[0].check_label());
    }

    #[test]
    fn a_brand_is_its_generic_with_the_generics_factor() {
        use crate::content::brands::BRANDS;
        for brand in BRANDS {
            let mut state = State::default();
            state.apply(Action::AddMedicine);
            let key = state.medicines[0].key;
            state.apply(Action::SetDrug(key, BRAND_PREFIX.to_string() + brand.name));
            let entry = &state.medicines[0];
            assert_eq!(entry.brand, Some(brand));
            assert_eq!(entry.drug, Drug::from_id(brand.drug), "{}", brand.name);
            assert_eq!(entry.choice(), BRAND_PREFIX.to_string() + brand.name);
            let generic = Drug::from_id(brand.drug).unwrap();
            if generic.takes_purpose() {
                state.apply(Action::SetPurpose(key, Purpose::Pain));
            }
            if generic.factor.is_some() {
                // Every strength of the box counts as its amount of the
                // generic, with the generic's factor.
                for strength in brand.strengths {
                    state.apply(Action::SetStrength(key, strength.label.into()));
                    let liquid = brand.form_of(strength) == crate::content::brands::Form::Liquid;
                    if liquid {
                        state.apply(Action::SetAmount(key, "10".into()));
                    }
                    state.apply(Action::SetTimes(key, "2".into()));
                    let EntryCheck::Valid(m) = state.medicines[0].check() else {
                        panic!("{} {}", brand.name, strength.label)
                    };
                    let counted = if liquid {
                        Decimal::from_int(10)
                    } else {
                        strength.amount()
                    };
                    assert_eq!(m.amount, Some(counted), "{}", brand.name);
                    let plain = crate::assessment::Medication { drug: generic, ..m };
                    assert_eq!(m.mme_per_day(), plain.mme_per_day(), "{}", brand.name);
                }
            }
        }
        assert_eq!(parse_choice("b:No such brand"), (None, None, None));
        assert_eq!(parse_choice("morphine").0, Drug::from_id("morphine"));
    }

    #[test]
    fn the_total_to_announce_waits_until_the_amount_field_is_left() {
        let (mut state, key) = with_medicine("morphine", "1", "2");
        let announced = |s: &State| s.announced_total.map(|d| d.to_string());
        assert_eq!(announced(&state), Some("2.0".into()));
        state.apply(Action::SetAmount(key, "10".into()));
        assert_eq!(
            announced(&state),
            Some("2.0".into()),
            "typing does not settle it"
        );
        state.apply(Action::TouchAmount(key));
        assert_eq!(
            state.announced_total.map(|d| d.to_string()),
            Some("20.0".into())
        );
        state.apply(Action::SetAmount(key, "15".into()));
        assert_eq!(
            state.announced_total.map(|d| d.to_string()),
            Some("20.0".into())
        );
        state.apply(Action::SetTimes(key, "1".into()));
        assert_eq!(
            state.announced_total.map(|d| d.to_string()),
            Some("15.0".into())
        );
    }

    #[test]
    fn no_more_than_ten_medicines() {
        let mut state = State::default();
        for _ in 0..12 {
            state.apply(Action::AddMedicine);
        }
        assert_eq!(state.medicines.len(), crate::assessment::MAX_MEDICATIONS);
    }

    #[test]
    fn removing_keeps_the_others_and_asks_for_focus_on_add() {
        let (mut state, first) = with_medicine("morphine", "10", "1");
        state.apply(Action::AddMedicine);
        let second = state.medicines[1].key;
        state.apply(Action::RemoveMedicine(first));
        assert_eq!(state.medicines.len(), 1);
        assert_eq!(state.medicines[0].key, second, "the other entry stays");
        assert_eq!(state.focus.as_deref(), Some(ids::ADD_MEDICINE));
    }

    #[test]
    fn element_ids_are_distinct_per_field_and_per_entry() {
        let all = [
            ids::drug(1),
            ids::amount(1),
            ids::times(1),
            ids::find(1),
            ids::strength(1),
            ids::per_dose(1),
            ids::purpose(1),
            ids::drug(2),
            ids::strength(2),
            ids::per_dose(2),
            ids::purpose(2),
        ];
        for (i, a) in all.iter().enumerate() {
            assert!(a.starts_with("oih-") && a.len() > 5, "{a}");
            for b in &all[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }

    #[test]
    fn emptiness_and_the_count_of_entries_to_fix() {
        let mut state = State::default();
        assert!(state.is_empty());
        state.apply(Action::Answer(QuestionId::Kidney, "no"));
        assert!(!state.is_empty(), "an answer");
        let (only_medicine, _) = with_medicine("morphine", "10", "1");
        assert!(!only_medicine.is_empty(), "a medicine");
        assert_eq!(only_medicine.invalid_medicines(), 0);
        let (mut two_bad, _) = with_medicine("morphine", "x", "1");
        two_bad.apply(Action::AddMedicine);
        assert_eq!(
            two_bad.invalid_medicines(),
            2,
            "no drug chosen is also to fix"
        );
    }

    #[test]
    fn clearing_or_starting_fresh_keeps_the_saving_choice_and_never_reuses_a_key() {
        let (mut state, first) = with_medicine("morphine", "10", "1");
        state.apply(Action::SetRemember(true));
        state.apply(Action::ClearAll);
        assert!(state.remember, "clearing answers is not turning saving off");
        state.apply(Action::AddMedicine);
        let after_clear = state.medicines[0].key;
        assert_ne!(after_clear, first, "a new entry never takes an old key");
        state.apply(Action::StartFresh);
        state.apply(Action::AddMedicine);
        assert!(state.medicines[0].key != first && state.medicines[0].key != after_clear);
    }

    #[test]
    fn a_later_change_of_drug_ends_the_cleared_notice() {
        let (mut state, key) = with_medicine("oxycodone", "20", "3");
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert!(state.medicines[0].cleared.is_some());
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert!(
            state.medicines[0].cleared.is_some(),
            "the same drug again changes nothing"
        );
        state.apply(Action::SetDrug(key, "morphine".into()));
        assert_eq!(
            state.medicines[0].cleared, None,
            "nothing typed, nothing cleared"
        );
    }

    #[test]
    fn restored_entries_keep_doses_and_count_as_touched() {
        let pairs = vec![
            ("medicine".to_string(), "morphine".to_string()),
            ("amount".to_string(), String::new()),
            ("times".to_string(), "3".to_string()),
            ("medicine".to_string(), "oxycodone".to_string()),
            ("amount".to_string(), "10".to_string()),
            ("times".to_string(), String::new()),
            ("saved".to_string(), NOW.to_string()),
        ];
        let state = restore(pairs, NOW).unwrap();
        assert_eq!(state.medicines[0].times, "3");
        assert_eq!(
            state.medicines[0].visible_message(MedicationField::Amount),
            Some(Message::Problem(Problem::Missing)),
            "a restored empty amount is flagged at once"
        );
        assert_eq!(
            state.medicines[1].visible_message(MedicationField::TimesPerDay),
            Some(Message::Problem(Problem::Missing))
        );
    }

    #[test]
    fn clear_all_can_be_undone_and_any_other_change_drops_the_undo() {
        let (mut state, _) = with_medicine("morphine", "10", "1");
        state.apply(Action::Answer(QuestionId::OpioidUse, "current"));
        let before = state.clone();
        state.apply(Action::ClearAll);
        assert!(state.medicines.is_empty());
        assert_eq!(state.answers, Answers::default());
        state.apply(Action::UndoClear);
        assert_eq!(state.answers, before.answers);
        assert_eq!(state.medicines, before.medicines);
        state.apply(Action::ClearAll);
        state.apply(Action::Answer(QuestionId::Kidney, "no"));
        assert!(state.before_clear.is_none());
    }

    const DAY: u64 = 24 * 60 * 60 * 1000;
    const NOW: u64 = 1_795_000_000_000;

    #[test]
    fn a_language_switch_hands_over_every_answer_and_medicine_as_they_were() {
        let (mut state, _) = with_medicine("tramadol", "50", "2");
        state.apply(Action::Answer(QuestionId::OpioidUse, "stopped_recently"));
        state.apply(Action::Answer(QuestionId::Seizure, "unsure"));
        for remember in [false, true] {
            let mut pairs = to_pairs(&state);
            pairs.push(("ignored".into(), "x".into()));
            let next = saved::handed_over(pairs, remember, NOW);
            assert_eq!(next.answers, state.answers);
            assert_eq!(next.medicines.len(), 1);
            assert_eq!(next.medicines[0].drug, Drug::from_id("tramadol"));
            assert_eq!(next.medicines[0].amount, "50");
            assert_eq!(next.medicines[0].times, "2");
            assert_eq!(next.remember, remember);
            // Not a restored copy: no notice, and the answers about the
            // last 4 weeks stay answered.
            assert_eq!(next.restored_at, None);
            assert!(next.to_confirm.is_empty());
        }
    }

    #[test]
    fn saved_pairs_round_trip_with_their_time_and_junk_is_skipped() {
        let (mut state, _) = with_medicine("tramadol", "5 0,x", "2");
        state.apply(Action::AddMedicine);
        let key = state.medicines[1].key;
        state.apply(Action::SetDrug(key, "b:Percocet".into()));
        state.apply(Action::Answer(QuestionId::OpioidUse, "stopped_recently"));
        state.apply(Action::Answer(QuestionId::Seizure, "unsure"));
        let restored = restore(to_saved_pairs(&state, NOW), NOW + DAY).unwrap();
        assert_eq!(restored.answers, state.answers);
        assert_eq!(restored.medicines[0].drug, Drug::from_id("tramadol"));
        assert_eq!(restored.medicines[0].amount, "5 0,x");
        assert_eq!(
            restored.medicines[1].brand.map(|b| b.name),
            Some("Percocet")
        );
        assert_eq!(restored.restored_at, Some(NOW));
        assert!(restored.remember);
        let junk = restore(
            vec![
                ("seizure".to_string(), "maybe".to_string()),
                ("amount".to_string(), "1".to_string()),
                ("nope".to_string(), "yes".to_string()),
                ("kidney".to_string(), "yes".to_string()),
                ("saved".to_string(), NOW.to_string()),
            ],
            NOW,
        )
        .unwrap();
        assert_eq!(junk.answers.raw(QuestionId::Seizure), None);
        assert_eq!(junk.answers.raw(QuestionId::Kidney), Some("yes"));
        assert!(junk.medicines.is_empty());
    }

    #[test]
    fn saved_answers_expire_after_30_days_and_a_copy_without_a_time_is_not_restored() {
        let mut state = State::default();
        state.apply(Action::Answer(QuestionId::Kidney, "yes"));
        let pairs = to_saved_pairs(&state, NOW);
        assert!(
            restore(pairs.clone(), NOW + MAX_AGE_MS).is_some(),
            "30 days to the ms"
        );
        assert!(restore(pairs.clone(), NOW + MAX_AGE_MS + 1).is_none());
        assert!(restore(pairs.clone(), NOW + 29 * DAY).is_some(), "29 days");
        assert!(restore(pairs.clone(), NOW + 31 * DAY).is_none(), "31 days");
        assert!(
            restore(pairs.clone(), NOW - 2 * DAY).is_none(),
            "saved in the future"
        );
        assert!(
            restore(pairs.clone(), NOW - DAY / 2).is_some(),
            "a clock a bit behind"
        );
        let untimed: Vec<_> = pairs.into_iter().filter(|(k, _)| k != "saved").collect();
        assert!(
            restore(untimed, NOW).is_none(),
            "an old copy without a time"
        );
    }

    #[test]
    fn start_fresh_drops_everything_and_turning_saving_off_drops_the_notice() {
        let mut state = State::default();
        state.apply(Action::Answer(QuestionId::Kidney, "yes"));
        let mut restored = restore(to_saved_pairs(&state, NOW), NOW).unwrap();
        let mut erased = restored.clone();
        restored.apply(Action::StartFresh);
        assert!(restored.is_empty());
        assert!(!restored.remember, "the stored copy goes too");
        assert_eq!(restored.restored_at, None);
        assert_eq!(restored.focus.as_deref(), Some(ids::FIRST_QUESTION));
        erased.apply(Action::SetRemember(false));
        assert_eq!(erased.restored_at, None);
        assert_eq!(
            erased.answers.raw(QuestionId::Kidney),
            Some("yes"),
            "answers stay on screen"
        );
    }

    #[test]
    fn old_answers_about_the_last_4_weeks_are_asked_again_before_the_result_uses_them() {
        use crate::assessment::{assess, Action as Todo};
        let day = 24 * 60 * 60 * 1000;
        let mut state = State::default();
        state.apply(Action::Answer(QuestionId::Seizure, "yes"));
        state.apply(Action::Answer(QuestionId::OpioidUse, "stopped_recently"));
        state.apply(Action::Answer(QuestionId::Kidney, "yes"));
        let saved = to_saved_pairs(&state, NOW);
        // Two hours later: everything back as it was, the emergency too.
        let fresh = restore(saved.clone(), NOW + day / 12).unwrap();
        assert!(fresh.to_confirm.is_empty());
        assert_eq!(assess(&fresh.input()).action, Todo::EmergencyNow);
        // Two days later: the seizure and the recent stop are held aside;
        // the kidney answer (no time window) comes back.
        let mut old = restore(saved, NOW + 2 * day).unwrap();
        assert_eq!(
            old.to_confirm,
            vec![
                (QuestionId::Seizure, "yes"),
                (QuestionId::OpioidUse, "stopped_recently")
            ]
        );
        assert_eq!(old.answers.raw(QuestionId::Seizure), None);
        assert_eq!(old.answers.raw(QuestionId::Kidney), Some("yes"));
        assert_ne!(assess(&old.input()).action, Todo::EmergencyNow);
        assert_eq!(old.focus.as_deref(), Some(ids::RESTORED));
        // Answering another question leaves them waiting; answering or
        // clearing each one takes it off the list.
        old.apply(Action::Answer(QuestionId::Liver, "no"));
        assert_eq!(old.to_confirm.len(), 2);
        old.apply(Action::Answer(QuestionId::Seizure, "no"));
        assert_eq!(
            old.to_confirm,
            vec![(QuestionId::OpioidUse, "stopped_recently")]
        );
        old.apply(Action::ClearAnswer(QuestionId::OpioidUse));
        assert!(old.to_confirm.is_empty());
        // A current user's answer to opioid_use is not held aside.
        let mut current = State::default();
        current.apply(Action::Answer(QuestionId::OpioidUse, "current"));
        let back = restore(to_saved_pairs(&current, NOW), NOW + 2 * day).unwrap();
        assert!(back.to_confirm.is_empty());
        assert_eq!(back.answers.raw(QuestionId::OpioidUse), Some("current"));
    }

    #[test]
    fn undo_of_clear_all_expires_and_only_then() {
        let (mut state, _) = with_medicine("morphine", "10", "2");
        state.apply(Action::ClearAll);
        assert!(state.before_clear.is_some());
        state.apply(Action::FocusDone);
        assert!(
            state.before_clear.is_some(),
            "moving the focus keeps the undo"
        );
        state.apply(Action::UndoExpired);
        assert!(state.before_clear.is_none());
        state.apply(Action::UndoClear);
        assert!(
            state.medicines.is_empty(),
            "nothing comes back after the limit"
        );
    }

    #[test]
    fn names_as_entered_go_with_the_counted_medicines_in_order() {
        let mut state = State::default();
        for (choice, strength) in [
            ("b:Percocet", "5 mg/325 mg"),
            ("morphine", ""),
            ("n:Co-dydramol", ""),
        ] {
            state.apply(Action::AddMedicine);
            let key = state.medicines.last().unwrap().key;
            state.apply(Action::SetDrug(key, choice.into()));
            if !strength.is_empty() {
                state.apply(Action::SetStrength(key, strength.into()));
            }
            state.apply(Action::SetTimes(key, "2".into()));
        }
        // The morphine row has no amount: not counted, so not named.
        assert_eq!(state.input().medications.len(), 2);
        assert_eq!(state.entered_names(), "Percocet 5 mg/325 mg\nCo-dydramol");
        // A name outside the table comes back from storage as itself.
        let back = restore(to_saved_pairs(&state, NOW), NOW).unwrap();
        assert_eq!(
            back.medicines[2].not_in_table.map(|n| n.name),
            Some("Co-dydramol")
        );
        assert_eq!(back.entered_names(), state.entered_names());
    }
}
