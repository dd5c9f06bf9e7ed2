//! The form's state and the actions that change it: plain Rust, tested
//! natively; `web::state` only makes it a Yew `Reducible`.
//!
//! Medicine entries keep exactly what the user typed; they are checked by the
//! core (`Medication::check`) each time the input is built, so an invalid
//! entry stays on screen with its message and never removes another.

use crate::assessment::decimal::Decimal;
use crate::assessment::input::{number_problem, MedicationField};
use crate::assessment::{Answers, Input, Medication, Problem, MAX_MEDICATIONS};
use crate::content::drugs::{Drug, Unit};
use crate::content::questions::QuestionId;

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
    pub const FIRST_QUESTION: &str = "oih-q-opioid_use-0";
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
