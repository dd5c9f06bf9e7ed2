//! The pain diary's words (clinical-content.md v3, "The pain diary"): the
//! questions of its FHIR Questionnaire, the two observations and the
//! problems of a diary file. The diary's UI will add its own here.

use crate::diary::DiaryProblem;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::Problem;
    use crate::diary::{MAX_ENTRIES, NOTE_MAX_CHARS};

    #[test]
    fn the_limits_in_words_are_the_limits_in_code() {
        assert!(problem_message(&DiaryProblem::NoteTooLong).contains(&NOTE_MAX_CHARS.to_string()));
        assert!(NOTE_LABEL.contains(&NOTE_MAX_CHARS.to_string()));
        assert!(problem_message(&DiaryProblem::TooManyEntries).contains(&MAX_ENTRIES.to_string()));
        assert_eq!(
            problem_message(&DiaryProblem::Checklist(Problem::Missing)),
            super::super::en::problem_message(&Problem::Missing)
        );
    }
}
