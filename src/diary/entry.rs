//! One diary entry: its date, the three PEG answers (P1) for the past week,
//! the opioid medicines taken that week and an optional short note.

use super::date::CivilDate;
use super::DiaryProblem;
use crate::assessment::mme::{self, MmeTotal};
use crate::assessment::{Medication, MAX_MEDICATIONS};
use crate::decimal::Decimal;

/// Most characters (Unicode scalar values, not bytes) a note may have.
pub const NOTE_MAX_CHARS: usize = 280;
/// The highest answer to a PEG question.
pub const PEG_MAX: u8 = 10;

/// The three PEG questions (P1), in their order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PegItem {
    /// Pain on average in the past week (0 no pain, 10 pain as bad as you
    /// can imagine).
    Pain,
    /// How much pain interfered with enjoyment of life.
    Enjoyment,
    /// How much pain interfered with general activity.
    Activity,
}

impl PegItem {
    pub const ALL: [PegItem; 3] = [PegItem::Pain, PegItem::Enjoyment, PegItem::Activity];

    /// The key in the diary file and the `linkId` in FHIR.
    pub fn key(self) -> &'static str {
        match self {
            PegItem::Pain => "pain",
            PegItem::Enjoyment => "enjoyment",
            PegItem::Activity => "activity",
        }
    }
}

/// The three answers, each a whole number from 0 to 10.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Peg {
    answers: [u8; 3],
}

impl Peg {
    /// The answers in [`PegItem::ALL`] order, or the first out of range.
    pub fn new(pain: u8, enjoyment: u8, activity: u8) -> Result<Peg, PegItem> {
        let answers = [pain, enjoyment, activity];
        match PegItem::ALL.iter().zip(answers).find(|(_, a)| *a > PEG_MAX) {
            Some((item, _)) => Err(*item),
            None => Ok(Peg { answers }),
        }
    }

    pub fn get(self, item: PegItem) -> u8 {
        self.answers[item as usize]
    }

    pub fn score(self) -> PegScore {
        PegScore {
            sum: self.answers.iter().sum(),
        }
    }
}

/// The PEG score: the mean of the three answers (P1). Kept exactly, as
/// their sum (0 to 30), so comparisons never suffer rounding; shown with one
/// decimal, rounded to the nearest tenth. A mean of whole numbers over 3 is
/// a whole number or ends in .333... or .666..., so it never lies halfway
/// between two tenths and no tie rule is needed: 4.333... shows as 4.3,
/// 4.666... as 4.7.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PegScore {
    sum: u8,
}

impl PegScore {
    /// The sum of the three answers (the mean times 3).
    pub fn sum(self) -> u8 {
        self.sum
    }

    /// The mean in tenths, rounded to the nearest (0 to 100).
    pub fn tenths(self) -> u16 {
        // 10 x sum / 3 leaves a remainder of 0, 1 or 2 thirds: adding 1
        // before dividing rounds 2/3 up and 1/3 down.
        (u16::from(self.sum) * 10 + 1) / 3
    }

    /// `true` when this score is at least one whole point above `earlier`
    /// (exactly: the sums differ by 3 or more).
    pub fn at_least_one_point_above(self, earlier: PegScore) -> bool {
        self.sum >= earlier.sum + 3
    }

    /// One decimal: `4.3`, `10.0`, `0.0`.
    pub fn to_text(self) -> String {
        // By hand, not through `core::fmt` (see ARCHITECTURE, Performance).
        let tenths = self.tenths();
        let mut text = String::with_capacity(4);
        if tenths >= 100 {
            text.push('1');
        }
        text.push(char::from(b'0' + (tenths / 10 % 10) as u8));
        text.push('.');
        text.push(char::from(b'0' + (tenths % 10) as u8));
        text
    }

    /// The shown value as an exact decimal (`4.3`).
    pub fn to_decimal(self) -> Decimal {
        Decimal::new(u128::from(self.tenths()), 1)
    }
}

/// Which field of an entry a problem belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    Peg(PegItem),
    Medications,
    Note,
}

/// One entry, valid by construction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    date: CivilDate,
    peg: Peg,
    medications: Vec<Medication>,
    note: Option<String>,
}

impl Entry {
    /// Checks an entry: at most [`MAX_MEDICATIONS`] medicines (each already
    /// checked by `Medication::check`, as in the checklist), a note of at
    /// most [`NOTE_MAX_CHARS`] characters. The note is trimmed of spaces
    /// and line breaks at either end; an empty note is no note.
    pub fn new(
        date: CivilDate,
        peg: Peg,
        medications: Vec<Medication>,
        note: &str,
    ) -> Result<Entry, (EntryField, DiaryProblem)> {
        if medications.len() > MAX_MEDICATIONS {
            return Err((EntryField::Medications, DiaryProblem::TooManyMedicines));
        }
        let note = note.trim();
        if note.chars().count() > NOTE_MAX_CHARS {
            return Err((EntryField::Note, DiaryProblem::NoteTooLong));
        }
        Ok(Entry {
            date,
            peg,
            medications,
            note: (!note.is_empty()).then(|| note.to_string()),
        })
    }

    pub fn date(&self) -> CivilDate {
        self.date
    }

    pub fn peg(&self) -> Peg {
        self.peg
    }

    pub fn score(&self) -> PegScore {
        self.peg.score()
    }

    pub fn medications(&self) -> &[Medication] {
        &self.medications
    }

    pub fn note(&self) -> Option<&str> {
        self.note.as_deref()
    }

    /// The same entry on another day (the UI's "change the date").
    pub fn with_date(mut self, date: CivilDate) -> Entry {
        self.date = date;
        self
    }

    /// The checklist's own MME total for these medicines (the same
    /// `assessment::mme::total`): the counted sum, with the medicines that
    /// have no CDC factor (`unconverted`) and those taken for opioid use
    /// disorder (`excluded`) named beside it. The UI shows this, as the
    /// checklist does.
    pub fn mme(&self) -> MmeTotal {
        mme::total(&self.medications)
    }

    /// The entry's daily MME as the diary compares it (observations, dose
    /// changes, the chart's line): the checklist's total when it is the
    /// whole dose, `None` ("unknown") otherwise, that is when no medicine
    /// was counted (nothing entered, or only medicines without a factor or
    /// taken for opioid use disorder) or when any medicine has no CDC factor
    /// (buprenorphine for pain, heroin, opium, another opioid): a total
    /// that leaves out a medicine whose dose may have changed cannot say
    /// whether the dose went up. Medicines taken for opioid use disorder
    /// are left out of the total by C1 and so of the comparison.
    pub fn daily_mme(&self) -> Option<Decimal> {
        let total = self.mme();
        if total.unconverted.is_empty() {
            total.per_day
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn score(pain: u8, enjoyment: u8, activity: u8) -> PegScore {
        Peg::new(pain, enjoyment, activity).unwrap().score()
    }

    #[test]
    fn the_score_is_the_mean_to_one_decimal() {
        assert_eq!(score(0, 0, 0).to_text(), "0.0");
        assert_eq!(score(10, 10, 10).to_text(), "10.0");
        assert_eq!(score(4, 4, 5).to_text(), "4.3", "4.333... rounds down");
        assert_eq!(score(4, 5, 5).to_text(), "4.7", "4.666... rounds up");
        assert_eq!(score(0, 0, 1).to_text(), "0.3");
        assert_eq!(score(0, 1, 1).to_text(), "0.7");
        assert_eq!(score(9, 10, 10).to_text(), "9.7");
        assert_eq!(score(9, 9, 10).to_text(), "9.3");
        assert_eq!(score(3, 5, 7).to_text(), "5.0");
        assert_eq!(score(4, 5, 5).tenths(), 47);
        assert_eq!(score(4, 5, 5).sum(), 14);
        assert_eq!(score(4, 5, 5).to_decimal(), Decimal::new(47, 1));
        // Every sum: the shown tenths are within half a tenth of the exact
        // mean, never on the half.
        for sum in 0..=30u16 {
            let shown = PegScore { sum: sum as u8 }.tenths();
            let exact_times_3 = sum * 10; // the mean in tenths, times 3
            let error = (shown * 3).abs_diff(exact_times_3);
            assert!(error < 2, "sum {sum}: {shown}");
            assert_ne!(error * 2, 3);
        }
    }

    #[test]
    fn one_point_is_a_sum_of_three() {
        let base = score(4, 4, 4);
        assert!(score(5, 5, 5).at_least_one_point_above(base));
        assert!(score(4, 4, 7).at_least_one_point_above(base), "exactly 1");
        assert!(!score(4, 4, 6).at_least_one_point_above(base), "0.67");
        assert!(!base.at_least_one_point_above(base));
        assert!(!base.at_least_one_point_above(score(5, 5, 5)));
        assert!(score(0, 0, 3).at_least_one_point_above(score(0, 0, 0)));
    }

    #[test]
    fn answers_are_0_to_10() {
        assert_eq!(Peg::new(11, 0, 0), Err(PegItem::Pain));
        assert_eq!(Peg::new(0, 11, 0), Err(PegItem::Enjoyment));
        assert_eq!(Peg::new(10, 10, 255), Err(PegItem::Activity));
        let peg = Peg::new(1, 2, 3).unwrap();
        assert_eq!(
            PegItem::ALL.map(|item| peg.get(item)),
            [1, 2, 3],
            "in their order"
        );
        assert_eq!(
            PegItem::ALL.map(PegItem::key),
            ["pain", "enjoyment", "activity"]
        );
    }
}
