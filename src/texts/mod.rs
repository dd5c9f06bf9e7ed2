//! Every sentence the user reads, per language, above the rules: the words
//! for the questions (`crate::content`) and for the assessment's enums
//! (`crate::assessment`). Read `en.rs` top to bottom to review the wording.

pub mod en;

use crate::assessment::{Action, DoseBand, Level, Pattern, Problem, RiskFactor, Safety, Sign};
use crate::content::brands::Brand;
use crate::content::drugs::Unit;
use crate::content::questions::{QuestionId, Section};
use crate::content::sources::Source;
use crate::decimal::Decimal;
use en::QuestionText;

/// A sentence and the sources it rests on.
pub type Cited = (&'static str, &'static [Source]);

/// Every text the widget shows, for one language. Each language module
/// (`en`, ...) fills one in; `Lang::texts` picks it.
#[derive(Debug)]
pub struct Texts {
    /// The language these are in (it picks the summary's texts).
    pub lang: Lang,
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
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
    pub drug_filter_label: &'static str,
    pub drug_filter_hint: &'static str,
    pub drug_matches: fn(usize) -> String,
    pub drug_group_generic: &'static str,
    pub drug_group_brand: &'static str,
    pub brand_is: fn(&Brand, &str) -> String,
    pub other_unit: fn(&str, Unit) -> String,
    pub combination: fn(&str, Option<&Brand>, Unit) -> String,
    pub unit_cleared: fn(&str, Unit) -> String,
    pub check_label: &'static str,
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
    pub action_title: fn(Action, Level) -> &'static str,
    pub action_text: fn(Action, Level) -> &'static str,
    pub twitching_warning: Cited,
    pub so_far_title: &'static str,
    pub so_far: fn(usize) -> String,
    pub so_far_prefix: &'static str,
    pub level_words: fn(Level, bool) -> Option<&'static str>,
    pub safety_title: &'static str,
    pub safety: fn(Safety) -> (&'static str, &'static str, &'static [Source]),
    pub reasons_title: &'static str,
    pub no_signs: &'static str,
    pub sign: fn(Sign) -> Cited,
    pub pattern_title: &'static str,
    pub pattern_note: fn(Pattern) -> Option<Cited>,
    pub other_reasons_title: &'static str,
    pub other_reasons: [&'static str; 5],
    pub other_reasons_note: Cited,
    pub risks_title: &'static str,
    pub risks_note: &'static str,
    pub risk_factor: fn(RiskFactor) -> (&'static str, &'static str, &'static [Source]),
    pub kidney_liver: Cited,
    pub doctor_title: &'static str,
    pub doctor_options_current: &'static [&'static str],
    pub doctor_options_stopped: &'static [&'static str],
    pub doctor_options_note: &'static str,
    pub doctor_options_current_sources: &'static [Source],
    pub doctor_options_stopped_sources: &'static [Source],
    pub water: Cited,
    pub unsure_title: &'static str,
    pub unsure_intro: &'static str,
    pub references_title: &'static str,
    pub about_title: &'static str,
    pub about: &'static str,
    pub version: &'static str,
    pub fhir_download: &'static str,
    pub fhir_saved: &'static str,
    pub fhir_maybe_blocked_intro: &'static str,
    pub fhir_maybe_blocked_outro: &'static str,
    pub fhir_failed: &'static str,
    pub disclaimer_title: &'static str,
    pub disclaimer: &'static str,
    pub start_over: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub copy_failed: &'static str,
    /// The summary could not be made (its files did not load).
    pub summary_failed: &'static str,
    pub print_blocked: &'static str,
    pub print_and_copy_blocked: &'static str,
    pub cleared: &'static str,
    pub undo: &'static str,
    pub save_label: &'static str,
    pub save_hint: &'static str,
    pub erase_saved: &'static str,
    pub restored: fn(&str) -> String,
    pub start_fresh: &'static str,
    pub clear_answer: &'static str,
    pub crash_title: &'static str,
    pub crash_text: &'static str,
    pub crash_restart: &'static str,
    pub problem_message: fn(&Problem) -> String,
}

/// The words only the summary for the doctor uses (`crate::summary`), apart
/// from `Texts` so that the widget's own wasm, which never makes a summary,
/// does not carry them.
pub struct SummaryTexts {
    pub summary_title: &'static str,
    pub summary_made: &'static str,
    pub months: [&'static str; 12],
    pub fhir_file_intro: &'static str,
    pub fhir_file_outro: &'static str,
    pub answers_title: &'static str,
    pub not_answered: &'static str,
    pub medicines_title_short: &'static str,
    pub no_medicines: &'static str,
    pub patch_all_day: &'static str,
    pub not_counted_cell: &'static str,
    pub medicine_columns: [&'static str; 6],
    pub mme_none_total: &'static str,
    pub unconverted_label: &'static str,
    /// Before the names of the medicines taken for opioid use disorder.
    pub excluded_label: &'static str,
    /// Why those are not counted.
    pub excluded_note: Cited,
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
    /// The summary's own words (see `SummaryTexts`).
    pub fn summary_texts(self) -> &'static SummaryTexts {
        match self {
            Lang::En => &en::SUMMARY,
        }
    }

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
    use super::Lang;
    use crate::assessment::{Action, DoseBand, Level, Pattern, RiskFactor, Safety, Sign};
    use crate::content::drugs::DRUGS;
    use crate::content::questions::{QuestionId, SECTIONS};

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
                for action in Action::ALL {
                    assert!(!(t.action_title)(*action, *level).is_empty());
                    assert!(!(t.action_text)(*action, *level).is_empty());
                }
            }
            for item in Safety::ALL {
                let (title, text, sources) = (t.safety)(*item);
                assert!(!title.is_empty() && !text.is_empty());
                assert_eq!(sources, &[crate::content::sources::Source::C1]);
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

    /// Every piece of advice the result can show, for the checks below.
    fn advice(t: &super::Texts) -> Vec<String> {
        let mut all: Vec<String> = Vec::new();
        for level in Level::ALL {
            for action in Action::ALL {
                all.push((t.action_title)(*action, *level).into());
                all.push((t.action_text)(*action, *level).into());
            }
            for withdrawal in [false, true] {
                all.extend((t.level_words)(*level, withdrawal).map(String::from));
            }
        }
        for item in Safety::ALL {
            all.push((t.safety)(*item).1.into());
        }
        for pattern in Pattern::ALL {
            all.extend((t.pattern_note)(*pattern).map(|(s, _)| s.to_string()));
        }
        for factor in RiskFactor::ALL {
            all.push((t.risk_factor)(*factor).1.into());
        }
        all.extend(t.doctor_options_current.iter().map(|s| s.to_string()));
        all.extend(t.doctor_options_stopped.iter().map(|s| s.to_string()));
        all.extend(t.other_reasons.iter().map(|s| s.to_string()));
        for (text, _) in [
            t.twitching_warning,
            t.kidney_liver,
            t.water,
            t.other_reasons_note,
        ] {
            all.push(text.into());
        }
        all.push(t.disclaimer.into());
        all
    }

    #[test]
    fn no_text_tells_anyone_to_stop_a_medicine_on_their_own() {
        let t = Lang::En.texts();
        for text in advice(t) {
            let lower = text.to_lowercase();
            let tells_to_stop = [
                "stop taking",
                "stop your",
                "reduce your dose",
                "lower your dose",
                "change your dose",
                "restart your",
                "go back to your old dose",
            ]
            .iter()
            .any(|p| lower.contains(p));
            assert!(!tells_to_stop, "{text}");
        }
        // What a doctor may consider is framed as the doctor's decision.
        assert!(t
            .doctor_options_note
            .starts_with("Only a doctor can decide"));
        assert!(t
            .disclaimer
            .contains("Never stop, lower, restart or change an opioid on your own"));
    }

    #[test]
    fn no_opioid_is_named_as_a_switch() {
        let t = Lang::En.texts();
        for option in t
            .doctor_options_current
            .iter()
            .chain(t.doctor_options_stopped)
        {
            let lower = option.to_lowercase();
            for drug in &DRUGS {
                let name = (t.drug_name)(drug.id).to_lowercase();
                let generic = name.split(' ').next().unwrap_or(&name);
                assert!(!lower.contains(generic), "{option} names {name}");
            }
        }
    }

    #[test]
    fn each_sentence_of_advice_is_written_once() {
        let t = Lang::En.texts();
        // One text may serve several (action, level) pairs; count each once.
        let mut texts = advice(t);
        texts.sort();
        texts.dedup();
        let mut seen = std::collections::HashSet::new();
        for text in &texts {
            for sentence in text.split(". ") {
                let sentence = sentence.trim_end_matches('.');
                assert!(
                    sentence.len() < 25 || seen.insert(sentence),
                    "written twice: {sentence}"
                );
            }
        }
    }

    #[test]
    fn the_version_line_matches_the_tables() {
        use crate::assessment::RULES_VERSION;
        use crate::content::version::{CONTENT_VERSION, REVIEWED};
        let t = Lang::En.texts();
        assert!(t
            .version
            .contains(&format!("Content version {CONTENT_VERSION} ")));
        assert!(t
            .version
            .contains(&format!("rules version {RULES_VERSION})")));
        let (year, month) = REVIEWED.split_once('-').unwrap();
        let month: usize = month.parse().unwrap();
        assert!(t.version.contains(&format!(
            "{} {year}",
            Lang::En.summary_texts().months[month - 1]
        )));
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
