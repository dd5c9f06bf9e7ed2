//! Everything a clinician reviews, in one place, as data: the questions with
//! their allowed answers, conditions and sources ([`questions`]), the drug
//! table with its MME factors ([`drugs`]), the reference list ([`sources`])
//! and every sentence the user reads ([`en`]).
//!
//! The rules in `crate::assessment` read only ids from here; the UI reads the
//! text. Neither holds a question id or a sentence of its own.

pub mod drugs;
pub mod en;
pub mod questions;
pub mod sources;

use crate::assessment::decimal::Decimal;
use crate::assessment::{DoseBand, Level, Pattern, Problem, RiskFactor, Sign};
use en::QuestionText;
use questions::{QuestionId, Section};
use sources::Source;

/// A sentence and the sources it rests on.
pub type Cited = (&'static str, &'static [Source]);

/// Every text the widget shows, for one language. Each language module
/// (`en`, ...) fills one in; `Lang::texts` picks it.
#[derive(Debug)]
pub struct Texts {
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub not_a_diagnosis: &'static str,
    pub section_title: fn(Section) -> &'static str,
    pub question: fn(QuestionId) -> &'static QuestionText,
    pub drug_name: fn(&str) -> &'static str,
    pub medicines_title: &'static str,
    pub medicines_intro: &'static str,
    pub add_medicine: &'static str,
    pub remove_medicine: &'static str,
    pub medicine_label: &'static str,
    pub amount_label_mg: &'static str,
    pub amount_label_patch: &'static str,
    pub times_label: &'static str,
    pub times_choose: &'static str,
    pub drug_choose: &'static str,
    pub max_medicines_reached: &'static str,
    pub not_converted: &'static str,
    pub fix_to_count: &'static str,
    pub mme_total_label: &'static str,
    pub medicines_not_counted: fn(usize) -> String,
    pub mme_none: &'static str,
    pub mme_figure: fn(&Decimal) -> String,
    pub dose_band: fn(DoseBand) -> &'static str,
    pub mme_cautions: [&'static str; 3],
    pub mme_cautions_source: Source,
    pub form_label: &'static str,
    pub result_title: &'static str,
    pub sources_prefix: &'static str,
    pub source_prefix: &'static str,
    pub see_result: &'static str,
    pub progress_label: &'static str,
    pub progress: fn(usize, usize) -> String,
    pub level_title: fn(Level) -> &'static str,
    pub level_summary: fn(Level) -> &'static str,
    pub next_steps: fn(Level) -> &'static [&'static str],
    pub next_steps_title: &'static str,
    pub reasons_title: &'static str,
    pub no_signs: &'static str,
    pub sign: fn(Sign) -> Cited,
    pub pattern_title: &'static str,
    pub pattern_note: fn(Pattern) -> Option<Cited>,
    pub risks_title: &'static str,
    pub risks_note: &'static str,
    pub risk_factor: fn(RiskFactor) -> (&'static str, &'static str, &'static [Source]),
    pub doctor_title: &'static str,
    pub doctor_options: [&'static str; 5],
    pub doctor_options_note: &'static str,
    pub doctor_options_source: Source,
    pub unsure_title: &'static str,
    pub unsure_intro: &'static str,
    pub unanswered_note: &'static str,
    pub seizure_unsure: &'static str,
    pub references_title: &'static str,
    pub about_title: &'static str,
    pub disclaimer: &'static str,
    pub start_over: &'static str,
    pub print: &'static str,
    pub cleared: &'static str,
    pub undo: &'static str,
    pub save_label: &'static str,
    pub save_hint: &'static str,
    pub erase_saved: &'static str,
    pub clear_answer: &'static str,
    pub crash_title: &'static str,
    pub crash_text: &'static str,
    pub crash_restart: &'static str,
    pub problem_message: fn(&Problem) -> String,
}

/// A language the widget can speak. Only English exists now; a new language
/// is a module beside `en` that fills in a [`Texts`], plus an arm in
/// [`Lang::texts`], [`Lang::tag`] and [`Lang::SUPPORTED`]. No component changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const SUPPORTED: [Lang; 1] = [Lang::En];

    /// The best language for a BCP 47 tag (`en`, `en-GB`, `fr`...); falls
    /// back to English for tags not (yet) supported.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::SUPPORTED
            .iter()
            .copied()
            .find(|lang| lang.tag() == primary)
            .unwrap_or_default()
    }

    /// Everything the widget says, in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
        }
    }

    /// The tag to put on the widget's root, so screen readers pronounce it right.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::drugs::DRUGS;
    use super::questions::{QuestionId, SECTIONS};
    use super::Lang;
    use crate::assessment::{DoseBand, Level, Pattern, RiskFactor, Sign};

    #[test]
    fn every_language_says_everything() {
        for lang in Lang::SUPPORTED {
            let t = lang.texts();
            for id in QuestionId::ALL {
                let text = (t.question)(id);
                assert_eq!(
                    text.options.len(),
                    id.question().options.len(),
                    "{lang:?} {}",
                    id.key()
                );
                assert!(!text.prompt.is_empty() && !text.to_discuss.is_empty());
            }
            for drug in &DRUGS {
                assert_ne!(
                    (t.drug_name)(drug.id),
                    (t.drug_name)("no such drug"),
                    "{lang:?} {}",
                    drug.id
                );
            }
            for section in SECTIONS {
                assert!(!(t.section_title)(section).is_empty());
            }
            for level in Level::ALL {
                assert!(
                    !(t.level_title)(*level).is_empty() && !(t.level_summary)(*level).is_empty()
                );
                assert!(!(t.next_steps)(*level).is_empty());
            }
            for sign in Sign::ALL {
                let (text, sources) = (t.sign)(*sign);
                assert!(
                    !text.is_empty() && !sources.is_empty(),
                    "every sign cites a source"
                );
            }
            for factor in RiskFactor::ALL {
                let (title, text, sources) = (t.risk_factor)(*factor);
                assert!(!title.is_empty() && !text.is_empty() && !sources.is_empty());
            }
            for pattern in Pattern::ALL {
                if let Some((text, sources)) = (t.pattern_note)(*pattern) {
                    assert!(
                        !text.is_empty() && !sources.is_empty(),
                        "every pattern note cites a source"
                    );
                }
            }
            for band in DoseBand::ALL {
                assert!(!(t.dose_band)(*band).is_empty());
            }
        }
    }

    #[test]
    fn no_text_tells_anyone_to_stop_a_medicine_on_their_own() {
        let t = Lang::En.texts();
        let mut all: Vec<String> = Vec::new();
        for level in Level::ALL {
            all.extend((t.next_steps)(*level).iter().map(|s| s.to_string()));
            all.push((t.level_summary)(*level).into());
        }
        all.extend(t.doctor_options.iter().map(|s| s.to_string()));
        for text in &all {
            let lower = text.to_lowercase();
            let tells_to_stop = [
                "stop taking",
                "stop your",
                "reduce your dose",
                "lower your dose",
                "change your dose",
            ]
            .iter()
            .any(|p| lower.contains(p));
            assert!(!tells_to_stop, "{text}");
        }
        // What a doctor may consider is framed as the doctor's decision.
        assert!(t.doctor_options_note.contains("Only your doctor"));
    }

    #[test]
    fn unsupported_languages_fall_back_to_english() {
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("EN"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::from_tag("fr").tag(), "en");
    }
}
