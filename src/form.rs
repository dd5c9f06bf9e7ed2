//! The form's state and the actions that change it: plain Rust, tested
//! natively; `web::state` only makes it a Yew `Reducible`.
//!
//! Medicine entries keep exactly what the user typed; they are checked by the
//! core (`Medication::check`) each time the input is built, so an invalid
//! entry stays on screen with its message and never removes another.

use crate::assessment::input::{number_problem, MedicationField};
use crate::assessment::{Answers, Input, Medication, Problem, MAX_MEDICATIONS};
use crate::content::drugs::{Drug, Unit};
use crate::content::questions::QuestionId;
use crate::decimal::Decimal;

/// One medicine row as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MedicineEntry {
    /// Stable key for rendering and for element ids.
    pub key: u32,
    pub drug: Option<&'static Drug>,
    pub amount: String,
    pub times: String,
    /// Set once the user has left the field, so an empty field is only
    /// flagged after they had a chance to fill it.
    pub amount_touched: bool,
    pub times_touched: bool,
}

/// What checking one entry found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryCheck {
    Valid(Medication),
    Invalid(MedicationField, Problem),
}

impl MedicineEntry {
    pub fn check(&self) -> EntryCheck {
        let Some(drug) = self.drug else {
            return EntryCheck::Invalid(MedicationField::Drug, Problem::Missing);
        };
        let number =
            |text: &str, unit: Unit| Decimal::parse_text(text).map_err(|e| number_problem(e, unit));
        // The form asks amount and doses only for drugs it can convert; text
        // left from another choice of drug is kept but not checked.
        if drug.factor.is_none() {
            return EntryCheck::Valid(Medication {
                drug,
                amount: None,
                times_per_day: None,
            });
        }
        let amount = Some(number(&self.amount, drug.unit));
        let times = drug
            .takes_doses_per_day()
            .then(|| number(&self.times, Unit::Mg));
        match Medication::check(drug, amount, times) {
            Ok(medication) => EntryCheck::Valid(medication),
            Err((field, problem)) => EntryCheck::Invalid(field, problem),
        }
    }

    /// The problem to show next to `field`, if it should be shown now.
    pub fn visible_problem(&self, field: MedicationField) -> Option<Problem> {
        match self.check() {
            EntryCheck::Invalid(f, problem) if f == field => {
                let touched = match field {
                    MedicationField::Drug => self.amount_touched || self.times_touched,
                    MedicationField::Amount => {
                        self.amount_touched || !self.amount.trim().is_empty()
                    }
                    MedicationField::TimesPerDay => self.times_touched,
                };
                touched.then_some(problem)
            }
            _ => None,
        }
    }
}

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
}

pub enum Action {
    Answer(QuestionId, &'static str),
    ClearAnswer(QuestionId),
    AddMedicine,
    RemoveMedicine(u32),
    SetDrug(u32, String),
    SetAmount(u32, String),
    SetTimes(u32, String),
    TouchAmount(u32),
    TouchTimes(u32),
    ClearAll,
    UndoClear,
    SetRemember(bool),
    /// Move focus to the element with this id after the next render.
    FocusOn(String),
    FocusDone,
}

impl State {
    /// Restores answers and medicine entries (from storage).
    pub fn restored(
        answers: Answers,
        medicines: Vec<(Option<&'static Drug>, String, String)>,
    ) -> State {
        let mut state = State {
            answers,
            remember: true,
            ..State::default()
        };
        for (drug, amount, times) in medicines.into_iter().take(MAX_MEDICATIONS) {
            let key = state.new_key();
            state.medicines.push(MedicineEntry {
                key,
                drug,
                amount,
                times,
                amount_touched: true,
                times_touched: true,
            });
        }
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
        format!("oih-drug-{key}")
    }
    pub fn amount(key: u32) -> String {
        format!("oih-amount-{key}")
    }
    pub fn times(key: u32) -> String {
        format!("oih-times-{key}")
    }
    pub const ADD_MEDICINE: &str = "oih-add-medicine";
    pub const CLEAR_ALL: &str = "oih-clear-all";
    pub const UNDO: &str = "oih-undo";
    pub const RESULT_TITLE: &str = "oih-result-title";
}

impl State {
    /// Applies one action.
    pub fn apply(&mut self, action: Action) {
        let previous = self.clone();
        let next = self;
        // Any change other than undo itself makes the undo stale.
        if !matches!(
            action,
            Action::UndoClear | Action::FocusDone | Action::SetRemember(_)
        ) {
            next.before_clear = None;
        }
        match action {
            Action::Answer(id, value) => {
                // Only allowed values reach here (radio buttons from the table).
                let _ = next.answers.set(id, value);
            }
            Action::ClearAnswer(id) => next.answers.clear(id),
            Action::AddMedicine => {
                if next.medicines.len() < MAX_MEDICATIONS {
                    let key = next.new_key();
                    next.medicines.push(MedicineEntry {
                        key,
                        drug: None,
                        amount: String::new(),
                        times: String::new(),
                        amount_touched: false,
                        times_touched: false,
                    });
                    next.focus = Some(ids::drug(key));
                }
            }
            Action::RemoveMedicine(key) => {
                next.medicines.retain(|m| m.key != key);
                next.focus = Some(ids::ADD_MEDICINE.to_string());
            }
            Action::SetDrug(key, id) => {
                if let Some(entry) = next.entry(key) {
                    entry.drug = Drug::from_id(&id);
                }
            }
            Action::SetAmount(key, text) => {
                #[cfg(feature = "crash-test")]
                if text == "__panic__" {
                    panic!("deliberate panic (crash-test build)");
                }
                if let Some(entry) = next.entry(key) {
                    entry.amount = text;
                }
            }
            Action::SetTimes(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.times = text;
                    entry.times_touched = true;
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
            Action::UndoClear => {
                if let Some(saved) = next.before_clear.take() {
                    let remember = next.remember;
                    *next = *saved;
                    next.remember = remember;
                    next.focus = Some(ids::CLEAR_ALL.to_string());
                }
            }
            Action::SetRemember(on) => next.remember = on,
            Action::FocusOn(id) => next.focus = Some(id),
            Action::FocusDone => next.focus = None,
        }
    }
}

/// What is kept in the browser when the user opts in: answers by id and
/// medicine entries as typed, as key/value pairs (the browser encodes them).
/// Nothing else: no dates, no identifiers.
pub mod saved {
    use super::State;
    use crate::assessment::Answers;
    use crate::content::drugs::Drug;
    use crate::content::questions::QuestionId;

    pub const STORAGE_KEY: &str = "oih-checklist:v1";

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
            pairs.push(("medicine".into(), m.drug.map(|d| d.id).unwrap_or("").into()));
            pairs.push(("amount".into(), m.amount.clone()));
            pairs.push(("times".into(), m.times.clone()));
        }
        pairs
    }

    /// Reads what [`to_pairs`] wrote. Anything unknown is skipped, never a
    /// reason to fail: storage can hold an older or damaged copy.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, String)>) -> State {
        let mut answers = Answers::default();
        let mut medicines: Vec<(Option<&'static Drug>, String, String)> = Vec::new();
        for (key, value) in pairs {
            match (key.as_str(), medicines.last_mut()) {
                ("medicine", _) => {
                    medicines.push((Drug::from_id(&value), String::new(), String::new()))
                }
                ("amount", Some(last)) => last.1 = value,
                ("times", Some(last)) => last.2 = value,
                _ => {
                    if let Some(id) = QuestionId::from_key(&key) {
                        let _ = answers.set(id, &value);
                    }
                }
            }
        }
        State::restored(answers, medicines)
    }
}

#[cfg(test)]
mod tests {
    use super::saved::{from_pairs, to_pairs};
    use super::*;
    use crate::content::drugs::Drug;

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
            EntryCheck::Invalid(MedicationField::Amount, Problem::NotANumber)
        );
    }

    #[test]
    fn problems_show_only_once_a_field_was_touched_or_typed_in() {
        let (mut state, key) = with_medicine("morphine", "", "");
        let entry = &state.medicines[0];
        assert_eq!(
            entry.visible_problem(MedicationField::Amount),
            None,
            "not yet touched"
        );
        state.apply(Action::TouchAmount(key));
        assert_eq!(
            state.medicines[0].visible_problem(MedicationField::Amount),
            Some(Problem::Missing)
        );
    }

    #[test]
    fn the_patch_ignores_doses_left_from_another_drug_and_unconverted_drugs_need_nothing() {
        let (mut state, key) = with_medicine("oxycodone", "25", "3");
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert_eq!(state.medicines[0].times, "3", "the text is kept");
        let EntryCheck::Valid(patch) = state.medicines[0].check() else {
            panic!("patch is valid")
        };
        assert_eq!(patch.times_per_day, None);
        assert_eq!(patch.mme_per_day().unwrap().to_string(), "60.0");
        state.apply(Action::SetDrug(key, "buprenorphine".into()));
        let EntryCheck::Valid(other) = state.medicines[0].check() else {
            panic!("unconverted is valid")
        };
        assert_eq!(other.mme_per_day(), None);
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
        state.apply(Action::RemoveMedicine(first));
        assert_eq!(state.medicines.len(), 1);
        assert_eq!(state.focus.as_deref(), Some(ids::ADD_MEDICINE));
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

    #[test]
    fn saved_pairs_round_trip_and_junk_is_skipped() {
        let (mut state, _) = with_medicine("tramadol", "5 0,x", "2");
        state.apply(Action::Answer(QuestionId::OpioidUse, "stopped_recently"));
        state.apply(Action::Answer(QuestionId::Seizure, "unsure"));
        let restored = from_pairs(to_pairs(&state));
        assert_eq!(restored.answers, state.answers);
        assert_eq!(restored.medicines[0].drug, Drug::from_id("tramadol"));
        assert_eq!(restored.medicines[0].amount, "5 0,x");
        assert!(restored.remember);
        let junk = from_pairs(vec![
            ("seizure".to_string(), "maybe".to_string()),
            ("amount".to_string(), "1".to_string()),
            ("nope".to_string(), "yes".to_string()),
            ("kidney".to_string(), "yes".to_string()),
        ]);
        assert_eq!(junk.answers.raw(QuestionId::Seizure), None);
        assert_eq!(junk.answers.raw(QuestionId::Kidney), Some("yes"));
        assert!(junk.medicines.is_empty());
    }
}
