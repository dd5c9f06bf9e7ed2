//! Valid input and the checks that produce it.
//!
//! Both the JSON contract and the UI build an [`Input`] through these checks,
//! so a value the contract rejects is rejected in the form too, with the
//! same [`Problem`].

use crate::content::drugs::{Drug, Unit};
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
    /// Not a number at all (a string, `true`, letters typed in the form).
    NotANumber,
    /// A comma typed where a decimal point belongs.
    Comma,
    /// More digits after the decimal point than the arithmetic keeps exact.
    TooPrecise,
    /// Zero, negative, or above the unit's maximum.
    AmountOutOfRange(Unit),
    /// Not a whole number from 1 to 24.
    TimesOutOfRange,
    /// Doses per day were given for the patch.
    TimesNotForPatch,
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
    /// Amount per dose (mg) or patch strength (mcg/hr). Always present for
    /// drugs with a factor; optional for those without.
    pub amount: Option<Decimal>,
    /// Doses a day; present exactly for drugs with a factor taken in doses.
    pub times_per_day: Option<u32>,
}

/// Which field of a medicine a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MedicationField {
    Drug,
    Amount,
    TimesPerDay,
}

impl MedicationField {
    pub fn key(self) -> &'static str {
        match self {
            MedicationField::Drug => "drug",
            MedicationField::Amount => "amount",
            MedicationField::TimesPerDay => "times_per_day",
        }
    }
}

impl Medication {
    /// Checks a medicine's fields, each already parsed as a number (or
    /// failed to). `None` means the field was left out.
    pub fn check(
        drug: &'static Drug,
        amount: Option<Result<Decimal, Problem>>,
        times_per_day: Option<Result<Decimal, Problem>>,
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
        Ok(Medication {
            drug,
            amount,
            times_per_day,
        })
    }

    /// MME a day for this medicine, when it has a factor.
    pub fn mme_per_day(&self) -> Option<Decimal> {
        let factor = self.drug.factor?;
        let per_dose = self.amount?.checked_mul(factor)?;
        match self.times_per_day {
            Some(times) => per_dose.checked_mul(Decimal::from_int(times.into())),
            None => Some(per_dose),
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

/// A whole, valid input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Input {
    pub answers: Answers,
    /// At most [`super::MAX_MEDICATIONS`].
    pub medications: Vec<Medication>,
}

#[cfg(test)]
mod tests {
    use super::Answers;
    use crate::content::questions::QuestionId;

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
