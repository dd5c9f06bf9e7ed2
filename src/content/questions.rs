//! The questions of clinical-content.md, in the order of its table.

use super::sources::Source;

/// Answer values shared by the yes/no questions.
pub const YES: &str = "yes";
pub const NO: &str = "no";
pub const UNSURE: &str = "unsure";
pub const YES_NO_UNSURE: &[&str] = &[YES, NO, UNSURE];
/// A seizure a doctor has already checked (clinical-content.md v3): no
/// emergency now, but the doctor who prescribes the opioid should know.
pub const YES_CHECKED: &str = "yes_checked";

/// Stable question ids. The discriminant is the index into [`QUESTIONS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuestionId {
    Seizure,
    OpioidUse,
    Duration,
    DoseIncreased,
    ResponseToIncrease,
    Kidney,
    Liver,
    PainWorseDespiteDose,
    MoreSensitive,
    PainSpread,
    Allodynia,
    PainDifferent,
    Myoclonus,
}

/// The four short sections the checklist is shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The seizure question, asked first.
    Urgent,
    Medicine,
    Health,
    Pain,
    Body,
}

pub const SECTIONS: [Section; 5] = [
    Section::Urgent,
    Section::Medicine,
    Section::Health,
    Section::Pain,
    Section::Body,
];

/// When a question applies (is asked, counted and reported).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    Always,
    /// An "opioid question": applies unless `opioid_use` is one of
    /// [`NOT_TAKING`] (so also while `opioid_use` is unanswered).
    OpioidQuestion,
    /// Applies when `question` applies and was answered `answer`. Every such
    /// question is also an opioid question, through the one it depends on.
    When {
        question: QuestionId,
        answer: &'static str,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct Question {
    pub id: QuestionId,
    /// The id used in the JSON contract.
    pub key: &'static str,
    /// Allowed answers, in the order they are offered.
    pub options: &'static [&'static str],
    pub source: Source,
    pub applies: Applies,
    pub section: Section,
}

pub const CURRENT: &str = "current";
pub const STOPPED_RECENTLY: &str = "stopped_recently";
pub const PAST: &str = "past";
pub const NEVER: &str = "never";
/// The answers to `opioid_use` that leave only `seizure` and `opioid_use`.
pub const NOT_TAKING: [&str; 2] = [NEVER, PAST];
pub const OVER_3_MONTHS: &str = "over_3_months";
pub const BETTER: &str = "better";
pub const WORSE: &str = "worse";

/// A yes/no/unsure opioid question.
const fn yes_no(id: QuestionId, key: &'static str, source: Source, section: Section) -> Question {
    Question {
        id,
        key,
        options: YES_NO_UNSURE,
        source,
        applies: Applies::OpioidQuestion,
        section,
    }
}

pub const QUESTIONS: [Question; 13] = {
    use QuestionId::*;
    use Section::*;
    use Source::{L1, S0, T1};
    [
        Question {
            id: Seizure,
            key: "seizure",
            options: &[YES, YES_CHECKED, NO, UNSURE],
            source: S0,
            applies: Applies::Always,
            section: Urgent,
        },
        Question {
            id: OpioidUse,
            key: "opioid_use",
            options: &[CURRENT, STOPPED_RECENTLY, PAST, NEVER],
            source: S0,
            applies: Applies::Always,
            section: Medicine,
        },
        Question {
            id: Duration,
            key: "duration",
            options: &["under_1_month", "1_to_3_months", OVER_3_MONTHS],
            source: S0,
            applies: Applies::When {
                question: OpioidUse,
                answer: CURRENT,
            },
            section: Medicine,
        },
        yes_no(DoseIncreased, "dose_increased", S0, Medicine),
        Question {
            id: ResponseToIncrease,
            key: "response_to_increase",
            options: &[BETTER, "no_change", WORSE, UNSURE],
            source: T1,
            applies: Applies::When {
                question: DoseIncreased,
                answer: YES,
            },
            section: Medicine,
        },
        yes_no(Kidney, "kidney", S0, Health),
        yes_no(Liver, "liver", S0, Health),
        yes_no(PainWorseDespiteDose, "pain_worse_despite_dose", S0, Pain),
        yes_no(MoreSensitive, "more_sensitive", S0, Pain),
        yes_no(PainSpread, "pain_spread", S0, Pain),
        yes_no(Allodynia, "allodynia", S0, Pain),
        yes_no(PainDifferent, "pain_different", L1, Pain),
        yes_no(Myoclonus, "myoclonus", S0, Body),
    ]
};

impl QuestionId {
    pub const ALL: [QuestionId; 13] = {
        let mut all = [QuestionId::Seizure; 13];
        let mut i = 0;
        while i < 13 {
            all[i] = QUESTIONS[i].id;
            i += 1;
        }
        all
    };

    pub fn question(self) -> &'static Question {
        &QUESTIONS[self as usize]
    }

    pub fn key(self) -> &'static str {
        self.question().key
    }

    pub fn from_key(key: &str) -> Option<QuestionId> {
        QUESTIONS.iter().find(|q| q.key == key).map(|q| q.id)
    }
}

impl Question {
    /// The allowed answer equal to `value`, as the table's own `&'static str`.
    pub fn option(&self, value: &str) -> Option<&'static str> {
        self.options.iter().copied().find(|o| *o == value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_index_the_table() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.id as usize, i, "{} is out of place", q.key);
            assert_eq!(QuestionId::from_key(q.key), Some(q.id));
        }
        assert_eq!(QuestionId::from_key("nope"), None);
    }

    #[test]
    fn conditions_point_backwards_to_an_allowed_answer() {
        for q in &QUESTIONS {
            if let Applies::When { question, answer } = q.applies {
                assert!(question < q.id, "{} depends on a later question", q.key);
                assert!(question.question().option(answer).is_some());
            }
        }
    }

    #[test]
    fn the_table_is_in_the_order_of_clinical_content_v3() {
        let keys: Vec<&str> = QUESTIONS.iter().map(|q| q.key).collect();
        assert_eq!(
            keys,
            [
                "seizure",
                "opioid_use",
                "duration",
                "dose_increased",
                "response_to_increase",
                "kidney",
                "liver",
                "pain_worse_despite_dose",
                "more_sensitive",
                "pain_spread",
                "allodynia",
                "pain_different",
                "myoclonus"
            ]
        );
        let always: Vec<&str> = QUESTIONS
            .iter()
            .filter(|q| q.applies == Applies::Always)
            .map(|q| q.key)
            .collect();
        assert_eq!(always, ["seizure", "opioid_use"]);
        assert_eq!(
            QuestionId::Seizure.question().options,
            ["yes", "yes_checked", "no", "unsure"]
        );
    }
}
