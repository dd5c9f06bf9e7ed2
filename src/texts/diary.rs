//! The pain diary's words (clinical-content.md v3, "The pain diary"): the
//! questions of its FHIR Questionnaire, the two observations and the
//! problems of a diary file, the chart, its table and its one-line summary,
//! and the diary's part of the summary for the doctor.
//!
//! Per language as the checklist's [`Texts`](super::Texts): [`DiaryTexts`]
//! is the table, this file fills it in English ([`DIARY`]), `diary_es.rs`
//! in Spanish, and [`Lang::diary_texts`] picks one. The diary file and the
//! FHIR Bundle stay English whatever the language (`Lang::En`).

use super::en::MONTHS;
use super::Lang;
use crate::content::drugs::Unit;
use crate::diary::{CivilDate, DiaryProblem};

/// Two figures as `Decimal::to_text` writes them (`4.3`), a low and a high
/// or a from and a to; each language writes them its own way.
pub type Figures<'a> = (&'a str, &'a str);

/// Every text of the diary's core (its chart, table and one-line summary,
/// its part of the summary for the doctor, its FHIR Questionnaire and the
/// problems of its files), for one language.
#[derive(Debug)]
pub struct DiaryTexts {
    pub title: &'static str,
    /// The FHIR Questionnaire's description.
    pub description: &'static str,
    pub date_label: &'static str,
    /// The PEG questions as the FHIR Questionnaire asks them, with what 0
    /// and 10 mean.
    pub pain_question: &'static str,
    pub enjoyment_question: &'static str,
    pub activity_question: &'static str,
    pub score_label: &'static str,
    pub medicines_title: &'static str,
    pub note_label: &'static str,
    pub pain_up_after_dose_up: &'static str,
    pub pain_down_after_dose_up: &'static str,
    pub chart_title: &'static str,
    pub chart_score: &'static str,
    pub chart_mme: &'static str,
    pub chart_dose_changed: &'static str,
    pub chart_pain_up: &'static str,
    pub short_months: [&'static str; 12],
    pub table_columns: [&'static str; 8],
    pub unknown_mme: &'static str,
    pub no_entries: &'static str,
    pub summary_title: &'static str,
    pub observations_label: &'static str,
    /// A medicine's unit in the table (`mg`, the patch's).
    pub unit: fn(Unit) -> &'static str,
    pub long_date: fn(CivilDate) -> String,
    pub chart_summary:
        fn(usize, CivilDate, CivilDate, Figures<'_>, Option<Figures<'_>>, usize) -> String,
    pub earlier_entries: fn(usize) -> String,
    pub observation_for_doctor: fn(bool, CivilDate, CivilDate, Figures<'_>, Figures<'_>) -> String,
    pub problem_message: fn(&DiaryProblem) -> String,
}

impl Lang {
    /// The diary's core words, in this language (see [`DiaryTexts`]).
    pub fn diary_texts(self) -> &'static DiaryTexts {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => &DIARY,
            #[cfg(feature = "lang-es")]
            Lang::Es => &super::diary_es::DIARY,
        }
    }
}

pub const TITLE: &str = "Pain diary";
pub const DESCRIPTION: &str = "A weekly record of pain (the three PEG questions) and of the opioid medicines taken, kept by the patient.";
pub const DATE_LABEL: &str = "Date of this entry";
/// The PEG questions (P1, Krebs et al. 2009), as the instrument asks them,
/// with what 0 and 10 mean.
pub const PAIN_QUESTION: &str = "What number best describes your pain on average in the past week? (0 = no pain, 10 = pain as bad as you can imagine)";
pub const ENJOYMENT_QUESTION: &str = "What number best describes how, during the past week, pain has interfered with your enjoyment of life? (0 = does not interfere, 10 = completely interferes)";
pub const ACTIVITY_QUESTION: &str = "What number best describes how, during the past week, pain has interfered with your general activity? (0 = does not interfere, 10 = completely interferes)";
pub const SCORE_LABEL: &str = "PEG score (the mean of the three answers)";
pub const MEDICINES_TITLE: &str = "Opioid medicines taken this week";
pub const NOTE_LABEL: &str = "Note (up to 280 characters)";

/// The observation when the dose went up and the pain score went up by at
/// least 1 point (the specification's sentence).
pub const PAIN_UP_AFTER_DOSE_UP: &str = "Your pain score went up after your dose went up. This is the pattern doctors look for when they think about OIH (T1). Show your doctor this diary.";
/// The observation when the dose went up and the pain score went down by at
/// least 1 point.
pub const PAIN_DOWN_AFTER_DOSE_UP: &str = "Your pain score went down after your dose went up.";

/// The chart (`crate::diary_chart`): its accessible name, and its legend,
/// which is also the title of each scale (left: the PEG score; right: the
/// daily MME).
pub const CHART_TITLE: &str = "Pain score and daily opioid dose over time";
pub const CHART_SCORE: &str = "PEG pain score, 0 to 10";
pub const CHART_MME: &str = "MME a day";
pub const CHART_DOSE_CHANGED: &str = "Dose changed";
pub const CHART_PAIN_UP: &str = "Pain up after dose up";
/// Month names on the chart's time axis.
pub const SHORT_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
/// The table of the entries (the chart's points as text), short enough for
/// a phone and for the printed page.
pub const TABLE_COLUMNS: [&str; 8] = [
    "Date",
    "PEG score",
    "Pain",
    "Enjoyment",
    "Activity",
    "MME a day",
    "Medicines",
    "Note",
];
/// An entry whose daily MME is not known (no medicine counted, or one
/// without a CDC factor).
pub const UNKNOWN_MME: &str = "unknown";
pub const NO_ENTRIES: &str = "No entries yet.";
/// The summary for the doctor: the diary's heading and the observations.
pub const SUMMARY_TITLE: &str = "Pain diary";
pub const OBSERVATIONS_LABEL: &str =
    "Observations (each between two entries at most 6 weeks apart):";

/// A date without its year: `3 March`.
fn day_month(date: CivilDate) -> String {
    let month = MONTHS
        .get(usize::from(date.month()) - 1)
        .copied()
        .unwrap_or("");
    date.day().to_string() + " " + month
}

/// A date in words: `3 March 2026` (the widget's long date).
pub fn long_date(date: CivilDate) -> String {
    super::en::long_date(
        i32::from(date.year()),
        u32::from(date.month()) - 1,
        u32::from(date.day()),
    )
}

/// `on 3 March 2026`, `from 3 March to 26 May 2026`, `from 3 March 2025 to
/// 26 May 2026`.
fn date_range(first: CivilDate, last: CivilDate) -> String {
    if first == last {
        "on ".to_string() + &long_date(first)
    } else if first.year() == last.year() {
        "from ".to_string() + &day_month(first) + " to " + &long_date(last)
    } else {
        "from ".to_string() + &long_date(first) + " to " + &long_date(last)
    }
}

/// `4.3` or `4.3 to 6.7`.
fn range(low: &str, high: &str) -> String {
    if low == high {
        low.to_string()
    } else {
        low.to_string() + " to " + high
    }
}

/// What the chart shows, in one line (its `<desc>`, and for screen
/// readers): "12 entries from 3 March to 26 May 2026: pain score 4.3 to
/// 6.7, dose 30 to 60 MME a day". `mme` is the lowest and highest known
/// daily MME (as figures), `unknown` how many entries have no known MME.
pub fn chart_summary(
    count: usize,
    first: CivilDate,
    last: CivilDate,
    score: (&str, &str),
    mme: Option<(&str, &str)>,
    unknown: usize,
) -> String {
    let mut line = count.to_string()
        + if count == 1 { " entry " } else { " entries " }
        + &date_range(first, last)
        + ": pain score "
        + &range(score.0, score.1)
        + ", dose ";
    match mme {
        Some((low, high)) => {
            line = line + &range(low, high) + " MME a day";
            if unknown > 0 {
                line = line + " (unknown in " + &unknown.to_string();
                line += if unknown == 1 { " entry)" } else { " entries)" };
            }
        }
        None => line += "unknown",
    }
    line
}

/// After the summary's entries, how many earlier ones it leaves out.
pub fn earlier_entries(count: usize) -> String {
    "And ".to_string()
        + &count.to_string()
        + if count == 1 {
            " earlier entry, in the diary file."
        } else {
            " earlier entries, in the diary file."
        }
}

/// One observation for the doctor, as a fact with its dates: "3 March
/// 2026 to 10 March 2026: the pain score went up from 4.3 to 5.7 after the
/// dose went up from 30 to 45 MME a day."
pub fn observation_for_doctor(
    up: bool,
    from: CivilDate,
    to: CivilDate,
    score: (&str, &str),
    mme: (&str, &str),
) -> String {
    long_date(from)
        + " to "
        + &long_date(to)
        + if up {
            ": the pain score went up from "
        } else {
            ": the pain score went down from "
        }
        + score.0
        + " to "
        + score.1
        + " after the dose went up from "
        + mme.0
        + " to "
        + mme.1
        + " MME a day."
}

/// What is wrong with a field of a diary file or Bundle.
pub fn problem_message(problem: &DiaryProblem) -> String {
    match problem {
        DiaryProblem::Checklist(problem) => super::en::problem_message(problem),
        DiaryProblem::NotADate => "Give a date that exists, written like 2026-11-25.".into(),
        DiaryProblem::ScoreOutOfRange => "Give a whole number from 0 to 10.".into(),
        DiaryProblem::NoteTooLong => "A note can have at most 280 characters.".into(),
        DiaryProblem::NotText => "This must be text.".into(),
        DiaryProblem::NotAList => "This must be a list.".into(),
        DiaryProblem::TooManyMedicines => "An entry can list at most 10 medicines.".into(),
        DiaryProblem::DateTaken => "There is already an entry for this day.".into(),
        DiaryProblem::TooManyEntries => {
            "A diary can hold at most 1827 entries (5 years of daily entries).".into()
        }
        DiaryProblem::NotADiary => "This is not a pain diary file.".into(),
        DiaryProblem::NewerVersion => {
            "This diary was saved by a newer version. Update the checklist to open it.".into()
        }
        DiaryProblem::ScoreMismatch => {
            "This PEG score is not the mean of the three answers.".into()
        }
    }
}

/// The English table, for `Lang::diary_texts`.
pub const DIARY: DiaryTexts = DiaryTexts {
    title: TITLE,
    description: DESCRIPTION,
    date_label: DATE_LABEL,
    pain_question: PAIN_QUESTION,
    enjoyment_question: ENJOYMENT_QUESTION,
    activity_question: ACTIVITY_QUESTION,
    score_label: SCORE_LABEL,
    medicines_title: MEDICINES_TITLE,
    note_label: NOTE_LABEL,
    pain_up_after_dose_up: PAIN_UP_AFTER_DOSE_UP,
    pain_down_after_dose_up: PAIN_DOWN_AFTER_DOSE_UP,
    chart_title: CHART_TITLE,
    chart_score: CHART_SCORE,
    chart_mme: CHART_MME,
    chart_dose_changed: CHART_DOSE_CHANGED,
    chart_pain_up: CHART_PAIN_UP,
    short_months: SHORT_MONTHS,
    table_columns: TABLE_COLUMNS,
    unknown_mme: UNKNOWN_MME,
    no_entries: NO_ENTRIES,
    summary_title: SUMMARY_TITLE,
    observations_label: OBSERVATIONS_LABEL,
    unit: Unit::label,
    long_date,
    chart_summary,
    earlier_entries,
    observation_for_doctor,
    problem_message,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Problem;
    use crate::diary::{MAX_ENTRIES, NOTE_MAX_CHARS};

    #[test]
    fn the_limits_in_words_are_the_limits_in_code() {
        for lang in Lang::SUPPORTED {
            let d = lang.diary_texts();
            let problem = |p| (d.problem_message)(&p);
            assert!(problem(DiaryProblem::NoteTooLong).contains(&NOTE_MAX_CHARS.to_string()));
            assert!(d.note_label.contains(&NOTE_MAX_CHARS.to_string()));
            assert!(problem(DiaryProblem::TooManyEntries).contains(&MAX_ENTRIES.to_string()));
            // A checklist problem in the checklist's words, in the same language.
            assert_eq!(
                problem(DiaryProblem::Checklist(Problem::Missing)),
                (lang.texts().problem_message)(&Problem::Missing),
                "{lang:?}"
            );
        }
    }
}
