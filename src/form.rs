//! The form's state and the actions that change it: plain Rust, tested
//! natively; `web::state` only makes it a Yew `Reducible`.
//!
//! Medicine entries keep exactly what the user typed; they are checked by the
//! core (`Medication::check`) each time the input is built, so an invalid
//! entry stays on screen with its message and never removes another.

use crate::assessment::input::{number_problem, MedicationField};
use crate::assessment::{Answers, Input, Medication, Problem, MAX_MEDICATIONS};
use crate::content::brands::Brand;
use crate::content::drugs::{Drug, Purpose, Unit};
use crate::content::questions::QuestionId;
use crate::decimal::Decimal;

/// One medicine row as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MedicineEntry {
    /// Stable key for rendering and for element ids.
    pub key: u32,
    pub drug: Option<&'static Drug>,
    /// The brand it was chosen by, if any (its `drug` is the brand's opioid).
    pub brand: Option<&'static Brand>,
    pub amount: String,
    pub times: String,
    /// Set once the user has left the field, so an empty field is only
    /// flagged after they had a chance to fill it.
    pub amount_touched: bool,
    pub times_touched: bool,
    /// A change of drug to one measured in another unit cleared the amount
    /// and doses; says so until the user types again.
    pub unit_cleared: bool,
    /// What was typed in the picker's filter field (not saved).
    pub filter: String,
}

/// What to say about a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// What the core found wrong (the contract says the same).
    Problem(Problem),
    /// A unit typed with the amount that is not the drug's own, like "mg"
    /// for a patch: the number is not guessed into the other unit.
    OtherUnit(Unit),
    /// Two numbers, like "5/325": a combination tablet's label. Only the
    /// opioid part counts, and which number that is is the user's to say.
    Combination,
}

/// What checking one entry found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryCheck {
    Valid(Medication),
    Invalid(MedicationField, Message),
}

/// Above this many MME a day for one medicine, the form asks to check the
/// label (a soft warning: the entry still counts).
pub const CHECK_LABEL_ABOVE: Decimal = Decimal::from_int(1000);

/// Units a person may type after the amount, compared after [`unit_key`].
const MG_SPELLINGS: &[&str] = &["mg", "mgs", "milligram", "milligrams"];
const MCG_HR_SPELLINGS: &[&str] = &[
    "mcg/hr",
    "mcg/h",
    "mcg/hour",
    "mcg",
    "mcghr",
    "ug/hr",
    "ug/h",
    "microgram/hour",
    "micrograms/hour",
    "microgram/hr",
    "micrograms/hr",
    "micrograms",
];

/// A typed unit in one spelling: lower case, no spaces or dots, "µg" as
/// "ug", "per" as "/".
fn unit_key(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .map(|c| match c {
            'µ' | 'μ' => 'u',
            c => c.to_ascii_lowercase(),
        })
        .collect::<String>()
        .replace("per", "/")
}

fn spellings(unit: Unit) -> &'static [&'static str] {
    match unit {
        Unit::Mg => MG_SPELLINGS,
        Unit::McgPerHour => MCG_HR_SPELLINGS,
    }
}

/// What an amount as typed says: the number, and any unit after it.
#[derive(Debug, PartialEq, Eq)]
enum Typed<'a> {
    /// A number in the drug's own unit (written or not).
    Amount(&'a str),
    Other(Unit),
    Combination,
    /// Letters that may still become a unit ("10 m", "25 mcg/").
    Unfinished,
    /// Letters that are no unit: the core names the problem.
    Junk,
}

fn read_amount(text: &str, unit: Unit) -> Typed<'_> {
    if let Some((before, after)) = text.split_once('/') {
        if Decimal::parse_text(before).is_ok()
            && after.trim_start().starts_with(|c: char| c.is_ascii_digit())
        {
            return Typed::Combination;
        }
    }
    let Some(at) = text.find(|c: char| c.is_ascii_alphabetic() || c == 'µ' || c == 'μ') else {
        return Typed::Amount(text);
    };
    let (number, written) = (&text[..at], unit_key(&text[at..]));
    if number.trim().is_empty() {
        return Typed::Junk;
    }
    if spellings(unit).contains(&written.as_str()) {
        return Typed::Amount(number);
    }
    for other in [Unit::Mg, Unit::McgPerHour] {
        if other != unit && spellings(other).contains(&written.as_str()) {
            return Typed::Other(other);
        }
    }
    let all = MG_SPELLINGS.iter().chain(MCG_HR_SPELLINGS);
    if all.clone().any(|s| s.starts_with(written.as_str())) {
        Typed::Unfinished
    } else {
        Typed::Junk
    }
}

/// The fields a drug asks for: an amount in its unit, or nothing when it
/// has no MME factor.
fn asks(drug: Option<&'static Drug>) -> Option<Unit> {
    drug.filter(|d| d.factor.is_some()).map(|d| d.unit)
}

impl MedicineEntry {
    fn new(key: u32) -> MedicineEntry {
        MedicineEntry {
            key,
            drug: None,
            brand: None,
            amount: String::new(),
            times: String::new(),
            amount_touched: false,
            times_touched: false,
            unit_cleared: false,
            filter: String::new(),
        }
    }

    pub fn check(&self) -> EntryCheck {
        let Some(drug) = self.drug else {
            return EntryCheck::Invalid(MedicationField::Drug, Message::Problem(Problem::Missing));
        };
        // The form asks amount and doses only for drugs it can convert.
        if drug.factor.is_none() {
            return EntryCheck::Valid(Medication {
                drug,
                amount: None,
                per_dose: 1,
                times_per_day: None,
                purpose: Purpose::Pain,
            });
        }
        let amount_text = match read_amount(&self.amount, drug.unit) {
            Typed::Amount(number) => number,
            Typed::Other(unit) => {
                return EntryCheck::Invalid(MedicationField::Amount, Message::OtherUnit(unit))
            }
            Typed::Combination => {
                return EntryCheck::Invalid(MedicationField::Amount, Message::Combination)
            }
            Typed::Unfinished | Typed::Junk => "?",
        };
        let number =
            |text: &str, unit: Unit| Decimal::parse_text(text).map_err(|e| number_problem(e, unit));
        let amount = Some(number(amount_text, drug.unit));
        let times = drug
            .takes_doses_per_day()
            .then(|| number(&self.times, Unit::Mg));
        // How many at a time and the purpose are not asked yet: 1, for pain.
        match Medication::check(drug, amount, None, times, None) {
            Ok(medication) => EntryCheck::Valid(medication),
            Err((field, problem)) => EntryCheck::Invalid(field, Message::Problem(problem)),
        }
    }

    /// The message to show next to `field`, if it should be shown now: only
    /// once the user typed in the field or left it, and not while a unit is
    /// still being typed ("10 m" on the way to "10 mg").
    pub fn visible_message(&self, field: MedicationField) -> Option<Message> {
        match self.check() {
            EntryCheck::Invalid(f, message) if f == field => {
                let shown = match field {
                    MedicationField::Drug => self.amount_touched || self.times_touched,
                    MedicationField::Amount => {
                        self.amount_touched
                            || (!self.amount.trim().is_empty()
                                && self.drug.is_some_and(|d| {
                                    read_amount(&self.amount, d.unit) != Typed::Unfinished
                                }))
                    }
                    MedicationField::TimesPerDay => self.times_touched,
                    // Not asked by this form yet (always valid from it).
                    MedicationField::PerDose | MedicationField::Purpose => true,
                };
                shown.then_some(message)
            }
            _ => None,
        }
    }

    /// A valid entry above [`CHECK_LABEL_ABOVE`] MME a day: worth a second
    /// look at the label, though it still counts.
    pub fn check_label(&self) -> bool {
        match self.check() {
            EntryCheck::Valid(m) => m.mme_per_day().is_some_and(|mme| mme > CHECK_LABEL_ABOVE),
            EntryCheck::Invalid(..) => false,
        }
    }

    /// The value of this entry's choice in the drug list: `b:` and the
    /// brand's name for a brand, else the drug id (empty for none).
    pub fn choice(&self) -> String {
        match (self.brand, self.drug) {
            (Some(brand), _) => BRAND_PREFIX.to_string() + brand.name,
            (None, Some(drug)) => drug.id.to_string(),
            (None, None) => String::new(),
        }
    }
}

/// Marks a brand in the drug list's values (drug ids have no colon).
pub const BRAND_PREFIX: &str = "b:";

/// A choice from the drug list: a drug id, or [`BRAND_PREFIX`] and a brand.
pub fn parse_choice(value: &str) -> (Option<&'static Drug>, Option<&'static Brand>) {
    match value.strip_prefix(BRAND_PREFIX) {
        Some(name) => {
            let brand = Brand::from_name(name);
            (brand.and_then(Brand::generic), brand)
        }
        None => (Drug::from_id(value), None),
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
    /// When the answers on screen were brought back from storage: the time
    /// (ms since 1970) that copy was saved. Shown until the user starts
    /// fresh or erases it.
    pub restored_at: Option<u64>,
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
    SetAmount(u32, String),
    SetTimes(u32, String),
    /// Narrows the picker's list to names with this text.
    SetFilter(u32, String),
    TouchAmount(u32),
    TouchTimes(u32),
    ClearAll,
    UndoClear,
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
            let (drug, brand) = parse_choice(&saved.choice);
            state.medicines.push(MedicineEntry {
                drug,
                brand,
                amount: saved.amount,
                times: saved.times,
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
                    let (drug, brand) = parse_choice(&value);
                    // Another unit (or no amount at all): what was typed
                    // meant something else, so it is cleared, not
                    // reinterpreted, and never kept hidden to come back.
                    let typed = !entry.amount.trim().is_empty() || !entry.times.trim().is_empty();
                    if asks(entry.drug) != asks(drug) && typed {
                        entry.amount.clear();
                        entry.times.clear();
                        entry.amount_touched = false;
                        entry.times_touched = false;
                        entry.unit_cleared = asks(drug).is_some();
                    } else if drug != entry.drug {
                        entry.unit_cleared = false;
                    }
                    entry.drug = drug;
                    entry.brand = brand;
                }
            }
            Action::SetAmount(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.amount = text;
                    entry.unit_cleared = false;
                }
            }
            Action::SetTimes(key, text) => {
                if let Some(entry) = next.entry(key) {
                    entry.times = text;
                    entry.times_touched = true;
                    entry.unit_cleared = false;
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
            pairs.push(("amount".into(), m.amount.clone()));
            pairs.push(("times".into(), m.times.clone()));
        }
        pairs
    }

    /// [`to_pairs`] with the time of saving, `now` in ms since 1970.
    pub fn to_saved_pairs(state: &State, now: u64) -> Vec<(String, String)> {
        let mut pairs = to_pairs(state);
        pairs.push((SAVED_AT.into(), now.to_string()));
        pairs
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
                ("amount", Some(last)) => last.amount = value,
                ("times", Some(last)) => last.times = value,
                (SAVED_AT, _) => saved_at = value.parse::<u64>().ok(),
                _ => {
                    if let Some(id) = QuestionId::from_key(&key) {
                        let _ = answers.set(id, &value);
                    }
                }
            }
        }
        let saved_at = saved_at?;
        let fresh = saved_at <= now.saturating_add(FUTURE_SLACK_MS)
            && now.saturating_sub(saved_at) <= MAX_AGE_MS;
        fresh.then(|| State {
            restored_at: Some(saved_at),
            ..State::restored(answers, medicines)
        })
    }
}

/// One medicine as saved: the drug list's value, amount and doses as typed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SavedMedicine {
    pub choice: String,
    pub amount: String,
    pub times: String,
}

#[cfg(test)]
mod tests {
    use super::saved::{restore, to_saved_pairs, MAX_AGE_MS};
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
        assert!(entry.unit_cleared);
        assert!(!entry.amount_touched, "no 'required' message straight away");
        assert_eq!(state.input().medications.len(), 0);
        // Switching back does not bring the hidden "3 doses a day" back.
        state.apply(Action::SetAmount(key, "25".into()));
        assert!(!state.medicines[0].unit_cleared, "typing ends the notice");
        state.apply(Action::SetDrug(key, "oxycodone".into()));
        assert_eq!(state.medicines[0].times, "");
        assert_eq!(state.medicines[0].amount, "");
        // The same unit keeps what was typed (a wrong pick corrected).
        let (mut state, key) = with_medicine("oxycodone", "20", "3");
        state.apply(Action::SetDrug(key, "morphine".into()));
        assert_eq!(state.medicines[0].amount, "20");
        assert!(!state.medicines[0].unit_cleared);
        // A drug with no factor asks for nothing: cleared, with no notice
        // (its own note says it is not counted).
        state.apply(Action::SetDrug(key, "buprenorphine".into()));
        assert_eq!(state.medicines[0].amount, "");
        assert!(!state.medicines[0].unit_cleared);
        let EntryCheck::Valid(other) = state.medicines[0].check() else {
            panic!("unconverted is valid")
        };
        assert_eq!(other.mme_per_day(), None);
        // Nothing typed: nothing to clear, nothing to say.
        let (mut state, key) = with_medicine("oxycodone", "", "");
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert!(!state.medicines[0].unit_cleared);
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
        for typed in ["5/325", "5 / 325", "7.5/325 mg", "10/5"] {
            assert_eq!(
                amount_check("oxycodone", typed),
                EntryCheck::Invalid(MedicationField::Amount, Message::Combination),
                "{typed}"
            );
        }
        assert_eq!(mme("oxycodone", "5"), "15.0");
        // A slash needs a number on each side to be a combination label.
        for not_a_label in ["abc/5", "5/", "5/mg"] {
            assert_ne!(
                amount_check("oxycodone", not_a_label),
                EntryCheck::Invalid(MedicationField::Amount, Message::Combination),
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
            Some(Message::Combination)
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
            if generic.factor.is_some() {
                let amount = if generic.takes_doses_per_day() {
                    "10"
                } else {
                    "25"
                };
                state.apply(Action::SetAmount(key, amount.into()));
                state.apply(Action::SetTimes(key, "2".into()));
                let EntryCheck::Valid(m) = state.medicines[0].check() else {
                    panic!("{}", brand.name)
                };
                let plain = Medication { drug: generic, ..m };
                assert_eq!(m.mme_per_day(), plain.mme_per_day(), "{}", brand.name);
            }
        }
        assert_eq!(parse_choice("b:No such brand"), (None, None));
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
            ids::drug(2),
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
        assert!(state.medicines[0].unit_cleared);
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert!(
            state.medicines[0].unit_cleared,
            "the same drug again changes nothing"
        );
        state.apply(Action::SetDrug(key, "morphine".into()));
        assert!(
            !state.medicines[0].unit_cleared,
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
}
