//! One medicine row of the form, as typed and chosen: plain Rust, tested
//! natively (here and in `form.rs`). The row holds exactly what the person
//! chose or typed; [`MedicineEntry::check`] turns it into a core
//! [`Medication`] through `Medication::check`, so an invalid row stays on
//! screen with its message and never removes another.
//!
//! Clinical content version 3: a brand offers its strengths as printed on
//! the box (`content::brands`), and the strength chosen gives the opioid
//! amount that counts; a generic takes a typed strength; every medicine
//! asks how many are taken at a time (not a liquid: its mg each time is
//! typed); methadone and buprenorphine ask what they are taken for. Two
//! numbers typed ("5/325") are never guessed: the row asks which one is the
//! opioid.

use crate::assessment::input::{number_problem, MedicationField};
use crate::assessment::{Medication, Problem};
use crate::content::brands::{Brand, Form, NotInTable, Strength, NOT_IN_TABLE};
use crate::content::drugs::{Drug, Purpose, Unit};
use crate::decimal::Decimal;

/// One medicine row as typed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MedicineEntry {
    /// Stable key for rendering and for element ids.
    pub key: u32,
    pub drug: Option<&'static Drug>,
    /// The brand it was chosen by, if any (its `drug` is the brand's opioid).
    pub brand: Option<&'static Brand>,
    /// A name the CDC table has no factor for (co-dydramol, pethidine...),
    /// taken as "Another opioid"; the row says why.
    pub not_in_table: Option<&'static NotInTable>,
    /// The brand's strength chosen, by its label as printed; empty when
    /// none is chosen yet; [`TYPED_STRENGTH`] when the person types it.
    pub strength: String,
    /// The strength typed (a generic, a liquid's mg each time, or a
    /// strength not in the brand's list).
    pub amount: String,
    /// How many tablets, capsules or patches at a time ("1" to "10").
    pub per_dose: String,
    pub times: String,
    /// What methadone or buprenorphine is taken for; asked, never assumed.
    pub purpose: Option<Purpose>,
    /// Set once the user has left the field, so an empty field is only
    /// flagged after they had a chance to fill it.
    pub amount_touched: bool,
    pub times_touched: bool,
    /// A change of drug cleared what was typed; says so until the user
    /// types again.
    pub cleared: Option<Cleared>,
    /// What was typed in the picker's filter field (not saved).
    pub filter: String,
}

/// Why a change of drug cleared what was typed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cleared {
    /// The new drug is measured in another unit: amount and doses cleared.
    Unit(Unit),
    /// Same unit, another drug (morphine to hydromorphone): its strengths
    /// and factor differ, so the amount was cleared; doses a day kept.
    Amount,
}

/// The strength select's value for "another strength: type it".
pub const TYPED_STRENGTH: &str = "typed";

/// What to say about a field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// What the core found wrong (the contract says the same).
    Problem(Problem),
    /// A unit typed with the amount that is not the drug's own, like "mg"
    /// for a patch: the number is not guessed into the other unit.
    OtherUnit(Unit),
    /// Two numbers, like "5/325": a combination tablet's label. Which one
    /// is the opioid is the person's to say; both numbers, as typed.
    Combination(String, String),
    /// A brand with strengths, and none chosen yet.
    ChooseStrength,
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

/// At most this many tablets, capsules or patches at a time (the contract's
/// `per_dose` range).
pub const MAX_PER_DOSE: u32 = 10;

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
pub(crate) enum Typed<'a> {
    /// A number in the drug's own unit (written or not).
    Amount(&'a str),
    Other(Unit),
    /// Two numbers, as typed before and after the slash.
    Combination(&'a str, &'a str),
    /// Letters that may still become a unit ("10 m", "25 mcg/").
    Unfinished,
    /// Letters that are no unit: the core names the problem.
    Junk,
}

/// The number at the start of `text` (digits and one point or comma), if
/// any.
fn leading_number(text: &str) -> Option<&str> {
    let text = text.trim();
    let end = text
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(text.len());
    let number = &text[..end];
    Decimal::parse_text(number).is_ok().then_some(number)
}

pub(crate) fn read_amount(text: &str, unit: Unit) -> Typed<'_> {
    if let Some((before, after)) = text.split_once('/') {
        if let (Some(first), Some(second)) = (leading_number(before), leading_number(after)) {
            if before.trim() == first || unit_key(&before.trim()[first.len()..]) == "mg" {
                return Typed::Combination(first, second);
            }
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
pub(crate) fn asks(drug: Option<&'static Drug>) -> Option<Unit> {
    drug.filter(|d| d.factor.is_some()).map(|d| d.unit)
}

/// Where the amount that counts comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountFrom {
    /// A strength of the brand's list (a liquid's is shown, its mg typed).
    Strength(&'static Strength),
    /// Typed: a generic, or a strength the list lacks.
    Typed,
    /// A brand with strengths, none chosen yet.
    NotChosen,
}

impl MedicineEntry {
    pub fn new(key: u32) -> MedicineEntry {
        MedicineEntry {
            key,
            drug: None,
            brand: None,
            not_in_table: None,
            strength: String::new(),
            amount: String::new(),
            per_dose: "1".into(),
            times: String::new(),
            purpose: None,
            amount_touched: false,
            times_touched: false,
            cleared: None,
            filter: String::new(),
        }
    }

    /// The brand's strength chosen, if one of its list is.
    pub fn chosen_strength(&self) -> Option<&'static Strength> {
        let brand = self.brand?;
        brand.strengths.iter().find(|s| s.label == self.strength)
    }

    pub fn amount_from(&self) -> AmountFrom {
        match self.brand {
            Some(brand) if !brand.strengths.is_empty() && self.strength != TYPED_STRENGTH => {
                match self.chosen_strength() {
                    Some(strength) => AmountFrom::Strength(strength),
                    None => AmountFrom::NotChosen,
                }
            }
            _ => AmountFrom::Typed,
        }
    }

    /// What one unit is: the chosen strength's form, else the brand's,
    /// else a patch for the fentanyl patch; `None` for a generic taken by
    /// mouth (a tablet or a capsule).
    pub fn form(&self) -> Option<Form> {
        match (self.chosen_strength(), self.brand) {
            (Some(strength), Some(brand)) => Some(brand.form_of(strength)),
            (None, Some(brand)) => Some(brand.form),
            _ if self.drug.is_some_and(|d| d.unit == Unit::McgPerHour) => Some(Form::Patch),
            _ => None,
        }
    }

    /// The amount field is shown: a strength to type, or a liquid's mg.
    pub fn types_amount(&self) -> bool {
        asks(self.drug).is_some()
            && match self.amount_from() {
                AmountFrom::Typed => true,
                AmountFrom::Strength(_) => self.form().is_some_and(Form::amount_is_typed),
                AmountFrom::NotChosen => false,
            }
    }

    /// "How many at a time" is asked: for everything counted but a liquid.
    pub fn asks_per_dose(&self) -> bool {
        asks(self.drug).is_some() && !self.form().is_some_and(Form::amount_is_typed)
    }

    pub fn check(&self) -> EntryCheck {
        let Some(drug) = self.drug else {
            return EntryCheck::Invalid(MedicationField::Drug, Message::Problem(Problem::Missing));
        };
        let purpose = match (drug.takes_purpose(), self.purpose) {
            (false, _) => None,
            (true, Some(purpose)) => Some(Ok(purpose)),
            (true, None) => {
                return EntryCheck::Invalid(
                    MedicationField::Purpose,
                    Message::Problem(Problem::Missing),
                )
            }
        };
        // The form asks amount and doses only for drugs it can convert.
        if drug.factor.is_none() {
            return match Medication::check(drug, None, None, None, purpose) {
                Ok(medication) => EntryCheck::Valid(medication),
                Err((field, problem)) => EntryCheck::Invalid(field, Message::Problem(problem)),
            };
        }
        let number =
            |text: &str, unit: Unit| Decimal::parse_text(text).map_err(|e| number_problem(e, unit));
        let amount = if self.types_amount() {
            let text = match read_amount(&self.amount, drug.unit) {
                Typed::Amount(number) => number,
                Typed::Other(unit) => {
                    return EntryCheck::Invalid(MedicationField::Amount, Message::OtherUnit(unit))
                }
                Typed::Combination(first, second) => {
                    return EntryCheck::Invalid(
                        MedicationField::Amount,
                        Message::Combination(first.into(), second.into()),
                    )
                }
                Typed::Unfinished | Typed::Junk => "?",
            };
            number(text, drug.unit)
        } else {
            match self.amount_from() {
                AmountFrom::Strength(strength) => Ok(strength.amount()),
                _ => return EntryCheck::Invalid(MedicationField::Amount, Message::ChooseStrength),
            }
        };
        let per_dose = self
            .asks_per_dose()
            .then(|| number(&self.per_dose, Unit::Mg));
        let times = drug
            .takes_doses_per_day()
            .then(|| number(&self.times, Unit::Mg));
        match Medication::check(drug, Some(amount), per_dose, times, purpose) {
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
                    MedicationField::Drug | MedicationField::Purpose => {
                        self.amount_touched || self.times_touched
                    }
                    MedicationField::Amount => {
                        self.amount_touched
                            || (!self.amount.trim().is_empty()
                                && self.drug.is_some_and(|d| {
                                    read_amount(&self.amount, d.unit) != Typed::Unfinished
                                }))
                    }
                    MedicationField::TimesPerDay => self.times_touched,
                    // A select of 1 to 10: only junk restored from storage.
                    MedicationField::PerDose => true,
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
    /// brand's name for a brand, `n:` and the name for a name outside the
    /// CDC table, else the drug id (empty for none).
    pub fn choice(&self) -> String {
        match (self.brand, self.not_in_table, self.drug) {
            (Some(brand), _, _) => BRAND_PREFIX.to_string() + brand.name,
            (None, Some(name), _) => NOT_IN_TABLE_PREFIX.to_string() + name.name,
            (None, None, Some(drug)) => drug.id.to_string(),
            (None, None, None) => String::new(),
        }
    }

    /// The medicine as the person knows it, for the summary: the brand and
    /// the strength as printed ("Percocet 5 mg/325 mg"), a name outside the
    /// table, or nothing for a generic (the summary names the drug).
    pub fn name_as_entered(&self) -> Option<String> {
        match (self.brand, self.chosen_strength(), self.not_in_table) {
            (Some(brand), Some(strength), _) => Some(brand.name.to_string() + " " + strength.label),
            (Some(brand), None, _) => Some(brand.name.to_string()),
            (None, _, Some(name)) => Some(name.name.to_string()),
            (None, _, None) => None,
        }
    }

    /// Applies a new choice from the drug list. A choice measured in
    /// another unit (or with no amount at all) clears amount and doses; a
    /// different drug in the same unit clears the amount (its strengths and
    /// factor differ); each says so until the person types again.
    pub fn choose(&mut self, value: &str) {
        let (drug, brand, not_in_table) = parse_choice(value);
        let typed = !self.amount.trim().is_empty() || !self.strength.is_empty();
        // (By address: a brand is one row of the table, and comparing its
        // fields costs wasm for nothing.)
        let same_brand = match (brand, self.brand) {
            (Some(a), Some(b)) => core::ptr::eq(a, b),
            (None, None) => true,
            _ => false,
        };
        let same = drug == self.drug && same_brand;
        if asks(self.drug) != asks(drug) && (typed || !self.times.trim().is_empty()) {
            self.amount.clear();
            self.times.clear();
            self.amount_touched = false;
            self.times_touched = false;
            self.cleared = asks(drug).map(Cleared::Unit);
        } else if !same && typed && asks(drug).is_some() {
            self.amount.clear();
            self.amount_touched = false;
            self.cleared = Some(Cleared::Amount);
        } else if !same {
            self.cleared = None;
        }
        if !same {
            self.strength.clear();
            self.per_dose = "1".into();
            if drug != self.drug {
                self.purpose = None;
            }
        }
        self.drug = drug;
        self.brand = brand;
        self.not_in_table = not_in_table;
    }
}

/// Marks a brand in the drug list's values (drug ids have no colon).
pub const BRAND_PREFIX: &str = "b:";
/// Marks a name outside the CDC table in the drug list's values.
pub const NOT_IN_TABLE_PREFIX: &str = "n:";

/// A choice from the drug list: a drug id, [`BRAND_PREFIX`] and a brand,
/// or [`NOT_IN_TABLE_PREFIX`] and a name taken as "Another opioid".
pub fn parse_choice(
    value: &str,
) -> (
    Option<&'static Drug>,
    Option<&'static Brand>,
    Option<&'static NotInTable>,
) {
    if let Some(name) = value.strip_prefix(BRAND_PREFIX) {
        let brand = Brand::from_name(name);
        (brand.and_then(Brand::generic), brand, None)
    } else if let Some(name) = value.strip_prefix(NOT_IN_TABLE_PREFIX) {
        let found = NOT_IN_TABLE.iter().find(|n| n.name == name);
        (found.and(Drug::from_id("other")), None, found)
    } else {
        (Drug::from_id(value), None, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{assess, mme};
    use crate::form::{saved, Action, State};

    /// One row made as a person makes it: the choice, then each field.
    fn row(choice: &str, steps: &[Action]) -> State {
        let mut state = State::default();
        state.apply(Action::AddMedicine);
        let key = state.medicines[0].key;
        state.apply(Action::SetDrug(key, choice.into()));
        for step in steps {
            let step = match step {
                Action::SetStrength(_, v) => Action::SetStrength(key, v.clone()),
                Action::SetAmount(_, v) => Action::SetAmount(key, v.clone()),
                Action::SetPerDose(_, v) => Action::SetPerDose(key, v.clone()),
                Action::SetTimes(_, v) => Action::SetTimes(key, v.clone()),
                Action::SetPurpose(_, p) => Action::SetPurpose(key, *p),
                _ => unreachable!(),
            };
            state.apply(step);
        }
        state
    }

    fn total(state: &State) -> Option<String> {
        state.total().map(|d| d.to_string())
    }

    #[test]
    fn the_clinical_reviews_cases_give_the_doses_of_the_box() {
        use Action::*;
        // Tylenol #3 (300 mg acetaminophen/30 mg codeine), 2 tablets 4
        // times a day: 240 mg codeine, 36 MME (not 360 from the 300).
        let t3 = row(
            "b:Tylenol #3",
            &[
                SetStrength(0, "300 mg/30 mg".into()),
                SetPerDose(0, "2".into()),
                SetTimes(0, "4".into()),
            ],
        );
        assert_eq!(total(&t3), Some("36.0".into()));
        assert_eq!(
            t3.medicines[0].name_as_entered().as_deref(),
            Some("Tylenol #3 300 mg/30 mg")
        );
        // Percocet 5/325, 2 tablets 6 times a day: 90 MME, the high band.
        let percocet = row(
            "b:Percocet",
            &[
                SetStrength(0, "5 mg/325 mg".into()),
                SetPerDose(0, "2".into()),
                SetTimes(0, "6".into()),
            ],
        );
        assert_eq!(total(&percocet), Some("90.0".into()));
        let mut input = percocet.input();
        input
            .answers
            .set(crate::content::questions::QuestionId::OpioidUse, "current")
            .unwrap();
        let a = assess(&input);
        assert_eq!(a.dose_band.id(), "90_or_more");
        assert!(a.risk_factors.iter().any(|r| r.id() == "high_dose"));
        // Two 25 mcg/hr patches worn together: 120.
        let patches = row(
            "fentanyl_patch",
            &[SetAmount(0, "25".into()), SetPerDose(0, "2".into())],
        );
        assert_eq!(total(&patches), Some("120.0".into()));
        // Methadone 80 mg for opioid dependence: valid, not counted, listed.
        let methadone = row(
            "methadone",
            &[
                SetAmount(0, "80".into()),
                SetTimes(0, "1".into()),
                SetPurpose(0, Purpose::OpioidUseDisorder),
            ],
        );
        assert_eq!(methadone.input().medications.len(), 1);
        assert_eq!(total(&methadone), None);
        assert_eq!(
            mme::total(&methadone.input().medications).excluded,
            vec!["methadone"]
        );
        // Xtampza ER 36 mg (oxycodone base) twice a day: 40 mg oxycodone
        // HCl each time, 120 MME.
        let xtampza = row(
            "b:Xtampza ER",
            &[SetStrength(0, "36 mg".into()), SetTimes(0, "2".into())],
        );
        assert_eq!(total(&xtampza), Some("120.0".into()));
    }

    #[test]
    fn a_brand_asks_for_its_strength_and_methadone_for_its_purpose() {
        let mut state = row("b:Percocet", &[Action::SetTimes(0, "2".into())]);
        let key = state.medicines[0].key;
        assert_eq!(
            state.medicines[0].check(),
            EntryCheck::Invalid(MedicationField::Amount, Message::ChooseStrength)
        );
        assert!(!state.medicines[0].types_amount(), "no amount field yet");
        // A strength the list lacks can be typed.
        state.apply(Action::SetStrength(key, TYPED_STRENGTH.into()));
        assert!(state.medicines[0].types_amount());
        state.apply(Action::SetAmount(key, "5".into()));
        assert_eq!(total(&state), Some("15.0".into()));
        // Methadone is not counted until its purpose is said: never assumed.
        let state = row(
            "methadone",
            &[
                Action::SetAmount(0, "10".into()),
                Action::SetTimes(0, "2".into()),
            ],
        );
        assert_eq!(
            state.medicines[0].check(),
            EntryCheck::Invalid(MedicationField::Purpose, Message::Problem(Problem::Missing))
        );
        // A liquid: the mg each time is typed, one at a time.
        let oramorph = row(
            "b:Oramorph",
            &[
                Action::SetStrength(0, "10 mg in 5 mL".into()),
                Action::SetAmount(0, "5".into()),
                Action::SetPerDose(0, "3".into()),
                Action::SetTimes(0, "4".into()),
            ],
        );
        assert!(oramorph.medicines[0].types_amount());
        assert!(!oramorph.medicines[0].asks_per_dose());
        assert_eq!(total(&oramorph), Some("20.0".into()));
    }

    #[test]
    fn a_generic_changed_to_its_own_brand_clears_the_typed_amount() {
        // Oxycodone typed as 10 mg, then Endone (oxycodone): the brand offers
        // its strengths, so the typed 10 is cleared, not kept hidden.
        let mut state = row(
            "oxycodone",
            &[
                Action::SetAmount(0, "10".into()),
                Action::SetTimes(0, "2".into()),
            ],
        );
        let key = state.medicines[0].key;
        state.apply(Action::SetDrug(key, "b:Endone".into()));
        let entry = &state.medicines[0];
        assert_eq!(entry.amount, "");
        assert_eq!(entry.cleared, Some(Cleared::Amount));
        assert_eq!(entry.times, "2", "doses a day stay");
        // And back from the brand to the generic: its strength goes.
        state.apply(Action::SetStrength(key, "5 mg".into()));
        state.apply(Action::SetDrug(key, "oxycodone".into()));
        assert_eq!(state.medicines[0].strength, "");
        assert_eq!(state.medicines[0].cleared, Some(Cleared::Amount));
    }

    #[test]
    fn choosing_again_keeps_what_belongs_to_the_same_medicine() {
        // The same brand chosen again: strength and count stay.
        let mut state = row(
            "b:Percocet",
            &[
                Action::SetStrength(0, "5 mg/325 mg".into()),
                Action::SetPerDose(0, "2".into()),
            ],
        );
        let key = state.medicines[0].key;
        state.apply(Action::SetDrug(key, "b:Percocet".into()));
        assert_eq!(state.medicines[0].strength, "5 mg/325 mg");
        assert_eq!(state.medicines[0].per_dose, "2");
        // Another drug: the count goes back to 1.
        state.apply(Action::SetDrug(key, "b:Endone".into()));
        assert_eq!(state.medicines[0].per_dose, "1");
        // Methadone's purpose stays with a methadone brand, goes with
        // another drug.
        let mut state = row(
            "methadone",
            &[Action::SetPurpose(0, Purpose::OpioidUseDisorder)],
        );
        let key = state.medicines[0].key;
        state.apply(Action::SetDrug(key, "b:Methadose".into()));
        assert_eq!(state.medicines[0].purpose, Some(Purpose::OpioidUseDisorder));
        state.apply(Action::SetDrug(key, "buprenorphine".into()));
        assert_eq!(
            state.medicines[0].purpose, None,
            "asked again, never carried over"
        );
        // Only doses a day typed, then a patch: they are cleared, and said.
        let mut state = row("morphine", &[Action::SetTimes(0, "3".into())]);
        let key = state.medicines[0].key;
        state.apply(Action::SetDrug(key, "fentanyl_patch".into()));
        assert_eq!(state.medicines[0].times, "");
        assert_eq!(
            state.medicines[0].cleared,
            Some(Cleared::Unit(Unit::McgPerHour))
        );
    }

    #[test]
    fn what_one_unit_is_comes_from_the_strength_the_brand_or_the_patch() {
        use crate::content::brands::Form;
        let form = |choice: &str, strength: &str| {
            let mut state = row(choice, &[]);
            if !strength.is_empty() {
                let key = state.medicines[0].key;
                state.apply(Action::SetStrength(key, strength.into()));
            }
            state.medicines[0].form()
        };
        assert_eq!(
            form("morphine", ""),
            None,
            "a generic by mouth: tablet or capsule"
        );
        assert_eq!(form("fentanyl_patch", ""), Some(Form::Patch));
        assert_eq!(
            form("b:Oramorph", ""),
            Some(Form::Liquid),
            "the brand's form before a strength"
        );
        assert_eq!(form("b:Durogesic", ""), Some(Form::Patch));
        assert_eq!(
            form("b:Methadose", "10 mg"),
            Some(Form::Tablet),
            "a strength of another form"
        );
        // A liquid asks for no "how many at a time", from the start.
        assert!(!row("b:Oramorph", &[]).medicines[0].asks_per_dose());
        assert!(row("b:Percocet", &[]).medicines[0].asks_per_dose());
    }

    #[test]
    fn a_name_outside_the_cdc_table_is_another_opioid_and_not_counted() {
        let state = row("n:Co-dydramol", &[]);
        let entry = &state.medicines[0];
        assert_eq!(entry.drug.map(|d| d.id), Some("other"));
        assert_eq!(
            entry.not_in_table.map(|n| n.opioid()),
            Some("dihydrocodeine")
        );
        assert_eq!(entry.choice(), "n:Co-dydramol");
        assert_eq!(total(&state), None);
        assert_eq!(
            mme::total(&state.input().medications).unconverted,
            vec!["other"]
        );
    }

    #[test]
    fn strength_count_and_purpose_are_saved_and_come_back() {
        let mut state = row(
            "b:Percocet",
            &[
                Action::SetStrength(0, "5 mg/325 mg".into()),
                Action::SetPerDose(0, "2".into()),
                Action::SetTimes(0, "6".into()),
            ],
        );
        state.apply(Action::AddMedicine);
        let key = state.medicines[1].key;
        state.apply(Action::SetDrug(key, "methadone".into()));
        state.apply(Action::SetAmount(key, "80".into()));
        state.apply(Action::SetTimes(key, "1".into()));
        state.apply(Action::SetPurpose(key, Purpose::OpioidUseDisorder));
        let now = 1_800_000_000_000;
        let back = saved::restore(saved::to_saved_pairs(&state, now), now).unwrap();
        assert_eq!(back.input(), state.input());
        assert_eq!(back.medicines[0].strength, "5 mg/325 mg");
        assert_eq!(back.medicines[0].per_dose, "2");
        assert_eq!(back.medicines[1].purpose, Some(Purpose::OpioidUseDisorder));
    }
}

/// The generics one of whose `names` matches what was typed, compared by
/// `search_key`: names that start with it first, then names that contain
/// it, each in the drug table's order ("morph" lists Morphine before
/// Hydromorphone). Nothing typed: all. The widget passes the name in its
/// language and the English one printed on a US, UK, Canadian or
/// Australian box, so "Morphine" and "morfina" both find morphine.
pub fn generic_matches(text: &str, names: &[fn(&str) -> &'static str]) -> Vec<&'static Drug> {
    use crate::content::brands::search_key;
    use crate::content::drugs::DRUGS;
    let query = search_key(text);
    let starts = |d: &Drug| {
        names
            .iter()
            .any(|n| search_key(n(d.id)).starts_with(&query))
    };
    let contains = |d: &Drug| names.iter().any(|n| search_key(n(d.id)).contains(&query));
    let first = DRUGS.iter().filter(|d| starts(d));
    let then = DRUGS.iter().filter(|d| !starts(d) && contains(d));
    first.chain(then).collect()
}

#[cfg(test)]
mod search_tests {
    use super::generic_matches;
    use crate::content::brands::{search, Match};
    use crate::texts::en::drug_name;

    fn generics(text: &str) -> Vec<&'static str> {
        generic_matches(text, &[drug_name])
            .into_iter()
            .map(|d| d.id)
            .collect()
    }

    #[test]
    fn accents_and_capitals_are_one_search() {
        use crate::content::brands::search_key;
        assert_eq!(search_key("CODEÍNA"), "codeina");
        assert_eq!(search_key("codeína"), search_key("Codeina"));
        assert_eq!(search_key("Tylenol #3"), "tylenol3");
        assert_eq!(search_key("Ñandú 5 mg"), "nandu5mg");
        // Letters of other scripts are left out, as before.
        assert_eq!(search_key("мορφίνη"), "");
    }

    #[cfg(feature = "lang-es")]
    #[test]
    fn in_spanish_the_name_on_the_box_and_the_spanish_name_both_find_a_generic() {
        let es = crate::texts::es::drug_name;
        let found = |text: &str| -> Vec<&str> {
            generic_matches(text, &[es, drug_name])
                .into_iter()
                .map(|d| d.id)
                .collect()
        };
        assert_eq!(found("morfina"), ["morphine"]);
        assert_eq!(found("Morphine"), ["morphine"]);
        // (Hidromorfona and oximorfona contain it, as "morph" in English.)
        assert_eq!(found("morf"), ["morphine", "hydromorphone", "oxymorphone"]);
        assert_eq!(found("codeina"), ["codeine"]);
        assert_eq!(found("Codeína"), ["codeine"]);
        assert_eq!(found("oxicodona"), ["oxycodone"]);
        assert_eq!(found("heroina"), ["heroin"]);
        // Starts-with first, in either language.
        assert_eq!(found("morph"), ["morphine", "hydromorphone", "oxymorphone"]);
        // The Spanish name alone would not find the box's English (the
        // picker shows both: medicine_row.rs).
        assert!(generic_matches("Morphine", &[es]).is_empty());
        assert_eq!(found("Hydromorphone"), ["hydromorphone"]);
    }

    #[test]
    fn a_name_that_starts_with_the_text_comes_first() {
        // The walkthrough's case: "morph" put Hydromorphone first, and the
        // Down arrow picked it (30 mg x 2 read 300 MME instead of 60).
        assert_eq!(
            generics("morph"),
            ["morphine", "hydromorphone", "oxymorphone"]
        );
        assert_eq!(generics("Morphine")[0], "morphine");
        assert_eq!(generics("codone"), ["hydrocodone", "oxycodone"]);
        assert_eq!(generics("").len(), crate::content::drugs::DRUGS.len());
        assert!(generics("zzz").is_empty());
    }

    #[test]
    fn searches_that_found_nothing_find_their_medicines() {
        let names = |text: &str| -> Vec<&'static str> {
            search(text).into_iter().map(Match::name).collect()
        };
        assert!(names("t3").iter().any(|n| n.starts_with("Tylenol")));
        assert!(names("Tylenol 3").contains(&"Tylenol #3"));
        assert_eq!(names("Perc")[0], "Percocet");
        assert_eq!(names("Oramorph")[0], "Oramorph");
        for ingredient in ["paracetamol", "acetaminophen"] {
            let found = names(ingredient);
            for brand in ["Percocet", "Tylenol #3", "Panadeine Forte", "Co-codamol"] {
                assert!(found.contains(&brand), "{ingredient}: {brand}");
            }
        }
        assert!(names("ibuprofen").contains(&"Nurofen Plus"));
        assert!(names("co-dydramol").contains(&"Co-dydramol"));
    }
}
