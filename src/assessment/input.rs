//! Valid input and the checks that produce it.
//!
//! Both the JSON contract and the UI build an [`Input`] through these checks,
//! so a value the contract rejects is rejected in the form too, with the
//! same [`Problem`].

use crate::content::drugs::{Drug, Purpose, Unit};
use crate::content::questions::{Applies, Question, QuestionId, NOT_TAKING, QUESTIONS};
use crate::decimal::{Decimal, ParseError};

/// What is wrong with one field. The sentence for each lives in
/// `content::en`, so the contract and the form say the same thing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    /// Not one of the question's allowed answers.
    BadAnswer(QuestionId),
    // Problems of JSON input only (`crate::contract`), not built into the
    // widget, whose form cannot make them.
    /// The input is not JSON; the parser's own description.
    #[cfg(feature = "json")]
    NotJson(String),
    #[cfg(feature = "json")]
    NotAnObject,
    #[cfg(feature = "json")]
    NotAList,
    #[cfg(feature = "json")]
    UnknownField,
    /// The same key twice in one object: which one was meant is a guess.
    #[cfg(feature = "json")]
    DuplicateKey,
    #[cfg(feature = "json")]
    UnknownQuestion,
    #[cfg(feature = "json")]
    UnknownDrug,
    #[cfg(feature = "json")]
    TooManyMedicines,
    /// Not one of the purposes (`pain`, `opioid_use_disorder`).
    #[cfg(feature = "json")]
    UnknownPurpose,
    /// Not a number at all (a string, `true`, letters typed in the form).
    NotANumber,
    /// A comma typed where a decimal point belongs.
    Comma,
    /// More digits after the decimal point than the arithmetic keeps exact.
    TooPrecise,
    /// Zero, negative, or above the unit's maximum.
    AmountOutOfRange(Unit),
    /// How many at a time: not a whole number from 1 to 10.
    PerDoseOutOfRange,
    /// Not a whole number from 1 to 24.
    TimesOutOfRange,
    /// Doses per day were given for the patch.
    TimesNotForPatch,
    /// A purpose was given for a drug other than methadone or buprenorphine.
    PurposeNotForDrug,
    // Problems of FHIR input only (`crate::fhir`), not built into the widget.
    /// A fixed value other than the one accepted here (a FHIR
    /// `resourceType`, canonical or code system); holds the accepted value(s),
    /// quoted.
    #[cfg(feature = "json")]
    MustBe(&'static str),
    /// Not a date and time with a time zone.
    #[cfg(feature = "json")]
    NotADateTime,
    /// An item given twice, or out of the questionnaire's order.
    #[cfg(feature = "json")]
    OutOfOrder,
    /// A second answer to a question that takes one.
    #[cfg(feature = "json")]
    OneAnswerOnly,
    /// An answer of the wrong type; holds the element it must be given as.
    #[cfg(feature = "json")]
    WrongValueType(&'static str),
    /// Valid FHIR that this reader cannot act on (a modifier extension).
    #[cfg(feature = "json")]
    Unsupported,
}

/// Answers by question; only allowed values can be stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Answers([Option<&'static str>; 13]);

impl Answers {
    /// The answer given, whether or not the question applies.
    pub fn raw(&self, id: QuestionId) -> Option<&'static str> {
        self.0[id as usize]
    }

    /// The answer, if the question applies; an answer to a question that
    /// does not apply is ignored.
    pub fn get(&self, id: QuestionId) -> Option<&'static str> {
        if self.applies(id) {
            self.raw(id)
        } else {
            None
        }
    }

    /// `true` when the question applies and was answered `value`.
    pub fn is(&self, id: QuestionId, value: &str) -> bool {
        self.get(id) == Some(value)
    }

    /// Whether the question applies to these answers (clinical-content.md:
    /// `never` or `past` leave only `seizure` and `opioid_use`).
    pub fn applies(&self, id: QuestionId) -> bool {
        match id.question().applies {
            Applies::Always => true,
            Applies::OpioidQuestion => !self.opioid_use_is_one_of(&NOT_TAKING),
            Applies::When { question, answer } => self.is(question, answer),
        }
    }

    /// `true` when `opioid_use` was answered with one of `values`.
    pub fn opioid_use_is_one_of(&self, values: &[&str]) -> bool {
        self.raw(QuestionId::OpioidUse)
            .is_some_and(|answer| values.contains(&answer))
    }

    /// Stores `value` if it is one of the question's answers.
    pub fn set(&mut self, id: QuestionId, value: &str) -> Result<(), Problem> {
        let question = id.question();
        let option = question.option(value).ok_or(Problem::BadAnswer(id))?;
        self.0[id as usize] = Some(option);
        Ok(())
    }

    pub fn clear(&mut self, id: QuestionId) {
        self.0[id as usize] = None;
    }

    /// Questions that apply now, in table order.
    pub fn applicable(&self) -> impl Iterator<Item = &'static Question> + '_ {
        QUESTIONS.iter().filter(|q| self.applies(q.id))
    }
}

/// One medicine, checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Medication {
    pub drug: &'static Drug,
    /// Strength of one tablet or capsule, or the mg taken each time of a
    /// liquid (mg), or of one patch (mcg/hr). Always present for drugs with
    /// a factor; optional for those without.
    pub amount: Option<Decimal>,
    /// How many tablets, capsules or patches are taken at a time: 1 to 10,
    /// 1 when not given (so a version 2 input means the same).
    pub per_dose: u32,
    /// Doses a day; present exactly for drugs with a factor taken in doses.
    pub times_per_day: Option<u32>,
    /// Why it is taken. Other than [`Purpose::Pain`] (the default) only for
    /// drugs that [`Drug::takes_purpose`].
    pub purpose: Purpose,
}

/// Which field of a medicine a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MedicationField {
    Drug,
    Amount,
    PerDose,
    TimesPerDay,
    Purpose,
}

impl MedicationField {
    /// The field's key in the contract (and its FHIR `linkId`).
    pub fn key(self) -> &'static str {
        match self {
            MedicationField::Drug => "drug",
            MedicationField::Amount => "amount",
            MedicationField::PerDose => "per_dose",
            MedicationField::TimesPerDay => "times_per_day",
            MedicationField::Purpose => "purpose",
        }
    }
}

impl Medication {
    /// Checks a medicine's fields, each already parsed (or failed to), in
    /// the contract's order: amount, per_dose, times_per_day, purpose.
    /// `None` means the field was left out: `per_dose` is then 1 and
    /// `purpose` is pain.
    pub fn check(
        drug: &'static Drug,
        amount: Option<Result<Decimal, Problem>>,
        per_dose: Option<Result<Decimal, Problem>>,
        times_per_day: Option<Result<Decimal, Problem>>,
        purpose: Option<Result<Purpose, Problem>>,
    ) -> Result<Medication, (MedicationField, Problem)> {
        let amount = match amount {
            Some(parsed) => {
                Some(check_amount(drug.unit, parsed).map_err(|p| (MedicationField::Amount, p))?)
            }
            None if drug.factor.is_some() => {
                return Err((MedicationField::Amount, Problem::Missing))
            }
            None => None,
        };
        let per_dose = match per_dose {
            Some(parsed) => check_per_dose(parsed).map_err(|p| (MedicationField::PerDose, p))?,
            None => 1,
        };
        let times_per_day = match times_per_day {
            Some(_) if !drug.takes_doses_per_day() => {
                return Err((MedicationField::TimesPerDay, Problem::TimesNotForPatch))
            }
            Some(parsed) => {
                Some(check_times(parsed).map_err(|p| (MedicationField::TimesPerDay, p))?)
            }
            None if drug.factor.is_some() && drug.takes_doses_per_day() => {
                return Err((MedicationField::TimesPerDay, Problem::Missing))
            }
            None => None,
        };
        let purpose = match purpose {
            Some(_) if !drug.takes_purpose() => {
                return Err((MedicationField::Purpose, Problem::PurposeNotForDrug))
            }
            Some(parsed) => parsed.map_err(|p| (MedicationField::Purpose, p))?,
            None => Purpose::Pain,
        };
        Ok(Medication {
            drug,
            amount,
            per_dose,
            times_per_day,
            purpose,
        })
    }

    /// Taken for opioid use disorder: not counted toward the MME total or
    /// the dose band (C1), listed in `mme_excluded` instead.
    pub fn is_excluded(&self) -> bool {
        self.purpose == Purpose::OpioidUseDisorder
    }

    /// MME a day for this medicine: amount x per_dose x times_per_day x
    /// factor (the patch: amount x per_dose x factor), when it is counted
    /// (it has a factor and is not [excluded](Self::is_excluded)).
    pub fn mme_per_day(&self) -> Option<Decimal> {
        if self.is_excluded() {
            return None;
        }
        let factor = self.drug.factor?;
        let count = Decimal::from_int(self.per_dose.into());
        let each_time = self.amount?.checked_mul(count)?.checked_mul(factor)?;
        match self.times_per_day {
            Some(times) => each_time.checked_mul(Decimal::from_int(times.into())),
            None => Some(each_time),
        }
    }
}

/// Turns a number parse failure into the problem the user should see.
pub fn number_problem(error: ParseError, unit: Unit) -> Problem {
    match error {
        ParseError::Empty => Problem::Missing,
        ParseError::NotANumber => Problem::NotANumber,
        ParseError::Comma => Problem::Comma,
        ParseError::TooPrecise => Problem::TooPrecise,
        ParseError::Negative | ParseError::TooLarge => Problem::AmountOutOfRange(unit),
    }
}

fn check_amount(unit: Unit, parsed: Result<Decimal, Problem>) -> Result<Decimal, Problem> {
    let amount = parsed?;
    if amount.is_zero() || amount > unit.max_amount() {
        return Err(Problem::AmountOutOfRange(unit));
    }
    Ok(amount)
}

fn check_times(parsed: Result<Decimal, Problem>) -> Result<u32, Problem> {
    let times = parsed.map_err(|p| match p {
        Problem::Missing | Problem::NotANumber | Problem::Comma => p,
        _ => Problem::TimesOutOfRange,
    })?;
    match times.to_u32() {
        Some(n @ 1..=24) => Ok(n),
        _ => Err(Problem::TimesOutOfRange),
    }
}

fn check_per_dose(parsed: Result<Decimal, Problem>) -> Result<u32, Problem> {
    let count = parsed.map_err(|p| match p {
        Problem::Missing | Problem::NotANumber | Problem::Comma => p,
        _ => Problem::PerDoseOutOfRange,
    })?;
    match count.to_u32() {
        Some(n @ 1..=10) => Ok(n),
        _ => Err(Problem::PerDoseOutOfRange),
    }
}

/// A whole, valid input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub answers: Answers,
    /// At most [`super::MAX_MEDICATIONS`].
    pub medications: Vec<Medication>,
}

#[cfg(test)]
mod tests {
    use super::{Answers, Medication, MedicationField, Problem};
    use crate::content::drugs::{Drug, Purpose, Unit};
    use crate::content::questions::QuestionId;
    use crate::decimal::Decimal;

    fn n(value: u128) -> Option<Result<Decimal, Problem>> {
        Some(Ok(Decimal::from_int(value)))
    }

    fn drug(id: &str) -> &'static Drug {
        Drug::from_id(id).unwrap()
    }

    #[test]
    fn per_dose_and_purpose_default_to_one_and_pain() {
        let m = Medication::check(drug("methadone"), n(10), None, n(2), None).unwrap();
        assert_eq!((m.per_dose, m.purpose), (1, Purpose::Pain));
        assert_eq!(m.mme_per_day(), Some(Decimal::from_int(94)));
        assert!(!m.is_excluded());
    }

    #[test]
    fn per_dose_is_a_whole_number_from_1_to_10() {
        let oxycodone = drug("oxycodone");
        for ok in [1, 2, 10] {
            let m = Medication::check(oxycodone, n(5), n(ok), n(6), None).unwrap();
            assert_eq!(m.per_dose, ok as u32);
            // 5 x per_dose x 6 x 1.5
            assert_eq!(m.mme_per_day(), Some(Decimal::from_int(45 * ok)));
        }
        for bad in [
            n(0),
            n(11),
            Some(Ok(Decimal::new(25, 1))),
            Some(Err(Problem::AmountOutOfRange(Unit::Mg))),
            Some(Err(Problem::TooPrecise)),
        ] {
            assert_eq!(
                Medication::check(oxycodone, n(5), bad, n(6), None),
                Err((MedicationField::PerDose, Problem::PerDoseOutOfRange))
            );
        }
        assert_eq!(
            Medication::check(oxycodone, n(5), Some(Err(Problem::NotANumber)), n(6), None),
            Err((MedicationField::PerDose, Problem::NotANumber))
        );
        let patch = Medication::check(drug("fentanyl_patch"), n(25), n(2), None, None).unwrap();
        assert_eq!(patch.mme_per_day(), Some(Decimal::from_int(120)));
        assert_eq!(MedicationField::PerDose.key(), "per_dose");
        assert_eq!(MedicationField::Purpose.key(), "purpose");
    }

    #[test]
    fn a_purpose_only_for_methadone_and_buprenorphine() {
        let oud = Some(Ok(Purpose::OpioidUseDisorder));
        let m = Medication::check(drug("methadone"), n(80), None, n(1), oud.clone()).unwrap();
        assert!(m.is_excluded());
        assert_eq!(m.mme_per_day(), None, "not counted");
        let b = Medication::check(drug("buprenorphine"), None, None, None, oud.clone()).unwrap();
        assert!(b.is_excluded());
        for other in ["oxycodone", "morphine", "heroin", "other"] {
            for purpose in [Purpose::Pain, Purpose::OpioidUseDisorder] {
                let amount = drug(other).factor.and(n(10));
                let times = drug(other).factor.and(n(1));
                assert_eq!(
                    Medication::check(drug(other), amount, None, times, Some(Ok(purpose))),
                    Err((MedicationField::Purpose, Problem::PurposeNotForDrug)),
                    "{other}"
                );
            }
        }
        assert_eq!(
            Medication::check(
                drug("fentanyl_patch"),
                n(25),
                None,
                None,
                Some(Ok(Purpose::Pain))
            ),
            Err((MedicationField::Purpose, Problem::PurposeNotForDrug))
        );
        assert_eq!(
            Medication::check(
                drug("methadone"),
                n(80),
                None,
                n(1),
                Some(Err(Problem::NotANumber))
            ),
            Err((MedicationField::Purpose, Problem::NotANumber)),
            "a purpose that could not be read is reported as it is"
        );
    }

    #[test]
    fn an_answer_can_be_set_changed_and_cleared() {
        let mut answers = Answers::default();
        answers.set(QuestionId::Kidney, "yes").unwrap();
        answers.set(QuestionId::Kidney, "no").unwrap();
        assert_eq!(answers.raw(QuestionId::Kidney), Some("no"));
        answers.clear(QuestionId::Kidney);
        assert_eq!(answers.raw(QuestionId::Kidney), None);
        assert_eq!(answers, Answers::default());
        assert!(answers.set(QuestionId::Kidney, "maybe").is_err());
        assert_eq!(
            answers.raw(QuestionId::Kidney),
            None,
            "a bad value is not stored"
        );
    }
}
