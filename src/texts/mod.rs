//! Every sentence the user reads, per language, above the rules: the words
//! for the questions (`crate::content`) and for the assessment's enums
//! (`crate::assessment`). Read `en.rs` top to bottom to review the wording.

pub mod diary;
#[cfg(feature = "lang-es")]
pub mod diary_es;
#[cfg(any(feature = "diary-ui", feature = "lang-es"))]
pub mod diary_ui;
#[cfg(feature = "lang-es")]
pub mod diary_ui_es;
pub mod en;
#[cfg(feature = "lang-es")]
pub mod es;
#[cfg(all(feature = "lang-en", feature = "lang-es"))]
pub mod review;

#[cfg(not(any(feature = "lang-en", feature = "lang-es")))]
compile_error!("oih-checklist speaks no language: turn on the feature lang-en, lang-es or both");

use crate::assessment::{
    Action, DoseBand, Level, NaloxoneReason, Pattern, Problem, RiskFactor, Safety, Sign,
};
use crate::content::brands::{Brand, Form};
use crate::content::drugs::{Purpose, Unit};
use crate::content::questions::{QuestionId, Section};
use crate::content::sources::Source;
use crate::decimal::Decimal;
use en::QuestionText;

/// A sentence and the sources it rests on.
pub type Cited = (&'static str, &'static [Source]);

/// A safety item (clinical-content.md v3, "Safety"): a title, what to know,
/// an optional short list (the signs of an overdose), what to do as steps,
/// a closing note, and the sources of all of it. Empty parts are left out.
#[derive(Debug)]
pub struct SafetyText {
    pub title: &'static str,
    /// What to know; it may end with a colon that leads into `list`.
    pub text: &'static str,
    pub list: &'static [&'static str],
    /// Leads into `steps` ("What to do:").
    pub steps_intro: &'static str,
    pub steps: &'static [&'static str],
    pub note: &'static str,
    pub sources: &'static [Source],
}

/// Who is at higher risk of an overdose, for the naloxone item: the
/// answers that show it for this person first, then the others.
#[derive(Debug, PartialEq, Eq)]
pub struct NaloxoneRisk {
    /// "Your answers show: ..." (none when the answers show none of them).
    pub shown: Option<String>,
    /// Leads into `others`.
    pub others_intro: &'static str,
    pub others: Vec<&'static str>,
}

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
    pub amount_label_liquid: &'static str,
    pub liquid_hint: fn(&str) -> String,
    pub strength_label: &'static str,
    pub strength_choose: &'static str,
    pub strength_typed: &'static str,
    pub choose_strength: &'static str,
    pub per_dose_label: fn(Option<Form>) -> &'static str,
    pub purpose_label: &'static str,
    pub purpose: fn(Purpose) -> &'static str,
    pub excluded_row: Cited,
    pub combination_question: fn(&str) -> String,
    pub naloxone_in_tablet: Cited,
    pub not_counted_forms: &'static str,
    pub drug_group_not_in_table: &'static str,
    pub not_in_table: fn(&str, &str) -> String,
    pub amount_cleared: fn(&str) -> String,
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
    pub unit_cleared: fn(&str, Unit) -> String,
    pub check_label: &'static str,
    pub mme_total_label: &'static str,
    pub medicines_not_counted: fn(usize) -> String,
    pub mme_none: &'static str,
    pub mme_figure: fn(&Decimal) -> String,
    /// The decimal mark of this language (`.`; `,`), for a number already
    /// written out (see [`Texts::with_mark`]).
    pub decimal_mark: char,
    /// A unit as this language's labels print it (`mcg/hr`; `mcg/h`).
    pub unit_label: fn(Unit) -> &'static str,
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
    /// The level in words: the level, whether the pattern is withdrawal,
    /// and U (the sign questions answered "not sure").
    pub level_words: fn(Level, bool, usize) -> Option<String>,
    /// The headline and its detail for a seizure a doctor has checked.
    pub checked_seizure_title: &'static str,
    pub checked_seizure_text: &'static str,
    pub safety_title: &'static str,
    pub safety: fn(Safety) -> SafetyText,
    /// Part of the naloxone item, from `assessment::naloxone_reasons`.
    pub naloxone_risk: fn(&[NaloxoneReason]) -> NaloxoneRisk,
    pub reasons_title: &'static str,
    pub no_signs: &'static str,
    pub sign: fn(Sign) -> Cited,
    pub pattern_title: &'static str,
    pub pattern_note: fn(Pattern) -> Option<Cited>,
    pub other_reasons_title: fn(Level) -> &'static str,
    pub other_reasons: [&'static str; 5],
    pub other_reasons_note: Cited,
    pub risks_title: &'static str,
    pub risks_note: &'static str,
    /// A risk factor: title, text and sources; `true` after a recent stop
    /// (the medicines are those taken before it).
    pub risk_factor: fn(RiskFactor, bool) -> (&'static str, &'static str, &'static [Source]),
    /// The medicines' intro after a recent stop (`medicines_intro` otherwise).
    pub medicines_intro_stopped: &'static str,
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
    /// After the seed article's citation (S0), in the reader's language
    /// (citations keep their original titles).
    pub seed_note: &'static str,
    pub version: &'static str,
    pub fhir_download: &'static str,
    pub fhir_hint: &'static str,
    pub fhir_saved: &'static str,
    pub fhir_maybe_blocked_intro: &'static str,
    pub fhir_maybe_blocked_outro: &'static str,
    pub fhir_failed: &'static str,
    pub disclaimer_title: &'static str,
    pub disclaimer: &'static str,
    pub start_over: &'static str,
    pub print: &'static str,
    pub copy: &'static str,
    /// "Keep a pain diary": opens the diary below the checklist.
    pub diary_open: &'static str,
    /// What the diary is for and where its entries live, beside the button.
    pub diary_open_hint: &'static str,
    pub diary_loading: &'static str,
    pub diary_failed: &'static str,
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
    pub restored: fn(&str, &str) -> String,
    pub confirm_again: fn(&str, &str) -> String,
    pub long_date: fn(i32, u32, u32) -> String,
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
    /// The FHIR Questionnaire's medicine items (see `en::FHIR_AMOUNT_LABEL`):
    /// here, not in `Texts`, so that the widget's wasm, which never shows
    /// them, does not carry them.
    pub fhir_amount_label: &'static str,
    pub fhir_per_dose_label: &'static str,
    pub fhir_purpose_label: &'static str,
    pub summary_title: &'static str,
    pub summary_made: &'static str,
    pub months: [&'static str; 12],
    pub fhir_file_intro: &'static str,
    pub fhir_file_outro: &'static str,
    pub answers_title: &'static str,
    pub answer_label: fn(QuestionId) -> &'static str,
    pub not_answered: &'static str,
    pub medicines_title_short: &'static str,
    /// The same after a recent stop: the medicines taken before it.
    pub medicines_title_stopped: &'static str,
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

impl Texts {
    /// A decimal as people write it in this language (`7.5`; `7,5`).
    pub fn number(&self, value: &Decimal) -> String {
        self.with_mark(en::number(value))
    }

    /// `text`, a number written with a point (`4.5`), with this language's
    /// decimal mark (`4,5`).
    pub fn with_mark(&self, text: String) -> String {
        if self.decimal_mark == '.' {
            text
        } else {
            text.replacen('.', &self.decimal_mark.to_string(), 1)
        }
    }
}

/// A language the widget can speak: English, and Spanish (`es.rs`) in
/// builds with the feature `lang-es` (the default: native builds, tests and
/// `oih-assess`; not the widget's, the contract's or the diary's wasm, so
/// the English widget carries none of it). A new language is a module beside
/// `en` that fills in a [`Texts`] and a [`SummaryTexts`], plus an arm in
/// [`Lang::texts`], [`Lang::summary_texts`], [`Lang::tag`] and
/// [`Lang::SUPPORTED`]. No component changes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[cfg(feature = "lang-en")]
    #[cfg_attr(feature = "lang-en", default)]
    En,
    /// Spanish (neutral Latin American, "usted"); not yet reviewed by a
    /// clinician (`make review-texts`).
    #[cfg(feature = "lang-es")]
    #[cfg_attr(not(feature = "lang-en"), default)]
    Es,
}

impl Lang {
    /// Every language of this build, English first.
    pub const SUPPORTED: &'static [Lang] = &[
        #[cfg(feature = "lang-en")]
        Lang::En,
        #[cfg(feature = "lang-es")]
        Lang::Es,
    ];

    /// The best language for a BCP 47 tag (`en`, `en-GB`, `es-MX`...); falls
    /// back to the build's default (English, or Spanish in the Spanish
    /// widget's build, which speaks nothing else) for tags it does not speak.
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

    /// The summary's own words (see `SummaryTexts`).
    pub fn summary_texts(self) -> &'static SummaryTexts {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => &en::SUMMARY,
            #[cfg(feature = "lang-es")]
            Lang::Es => &es::SUMMARY,
        }
    }

    /// Everything the widget says, in this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => &en::TEXTS,
            #[cfg(feature = "lang-es")]
            Lang::Es => &es::TEXTS,
        }
    }

    /// The tag to put on the widget's root, so screen readers pronounce it right.
    pub fn tag(self) -> &'static str {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => "en",
            #[cfg(feature = "lang-es")]
            Lang::Es => "es",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;
    use crate::assessment::{
        Action, DoseBand, Level, NaloxoneReason, Pattern, RiskFactor, Safety, Sign,
    };
    use crate::content::drugs::DRUGS;
    use crate::content::questions::{QuestionId, SECTIONS};
    use crate::content::sources::Source;

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
                assert_eq!(text.labels().len(), text.options.len(), "{}", id.key());
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
                let text = (t.safety)(*item);
                assert!(!text.title.is_empty() && !text.text.is_empty());
                assert_eq!(text.steps.is_empty(), text.steps_intro.is_empty());
                let sources: &[Source] = match item {
                    Safety::Naloxone => &[Source::F1, Source::C1],
                    _ => &[Source::C1],
                };
                assert_eq!(text.sources, sources, "{item:?}");
            }
            for sign in Sign::ALL {
                let (text, sources) = (t.sign)(*sign);
                assert!(
                    !text.is_empty() && !sources.is_empty(),
                    "every sign cites a source"
                );
            }
            for factor in RiskFactor::ALL {
                for stopped in [false, true] {
                    let (title, text, sources) = (t.risk_factor)(*factor, stopped);
                    assert!(!title.is_empty() && !text.is_empty() && !sources.is_empty());
                }
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
                for unsure in [0, 2] {
                    all.extend((t.level_words)(*level, withdrawal, unsure));
                }
            }
            all.push((t.other_reasons_title)(*level).into());
        }
        all.push(t.checked_seizure_title.into());
        all.push(t.checked_seizure_text.into());
        for item in Safety::ALL {
            let text = (t.safety)(*item);
            all.push(text.text.into());
            all.extend(text.list.iter().map(|s| s.to_string()));
            all.extend(text.steps.iter().map(|s| s.to_string()));
            all.push(text.note.into());
        }
        for reasons in [&[][..], NaloxoneReason::ALL] {
            let risk = (t.naloxone_risk)(reasons);
            all.extend(risk.shown);
            all.push(risk.others_intro.into());
            all.extend(risk.others.iter().map(|s| s.to_string()));
        }
        for pattern in Pattern::ALL {
            all.extend((t.pattern_note)(*pattern).map(|(s, _)| s.to_string()));
        }
        for factor in RiskFactor::ALL {
            for stopped in [false, true] {
                all.push((t.risk_factor)(*factor, stopped).1.into());
            }
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
        all.push(t.medicines_intro.into());
        all.push(t.medicines_intro_stopped.into());
        // One of each text made by a function (their sentences repeat by design).
        all.push((t.so_far)(1));
        all.retain(|s| !s.is_empty());
        all
    }

    /// Everything a person reads about the questions and the result: the
    /// advice above, and the questions with their hints and answers.
    fn every_text(t: &super::Texts) -> Vec<String> {
        let mut all = advice(t);
        for id in QuestionId::ALL {
            let q = (t.question)(id);
            all.push(q.prompt.into());
            all.extend(q.hint.map(String::from));
            all.extend(q.labels().iter().map(|s| s.to_string()));
            all.push(q.to_discuss.into());
        }
        for band in DoseBand::ALL {
            all.push((t.dose_band)(*band).into());
        }
        for sign in Sign::ALL {
            all.push((t.sign)(*sign).0.into());
        }
        all.extend(t.mme_cautions.iter().map(|s| s.to_string()));
        all.push(t.no_signs.into());
        all.push(t.about.into());
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
                "stop the opioid",
                "stop using",
                "reduce your dose",
                "lower your dose",
                "change your dose",
                "cut down your",
                "take less",
                "take more",
                "skip a dose",
                "restart your",
                "start it again",
                "switch to",
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
    fn no_text_says_a_breakdown_product_is_stronger() {
        // Clinical content v3: later studies find morphine's breakdown
        // product about as strong as morphine or weaker.
        let t = Lang::En.texts();
        let all = every_text(t);
        assert!(all.len() > 100, "the texts are all there");
        for text in all {
            assert!(!text.to_lowercase().contains("stronger"), "{text}");
        }
        assert!(t.kidney_liver.0.contains(
            "With morphine, its breakdown products can build up when the kidneys are weak, and cause drowsiness, twitching or confusion."
        ));
        assert!(t
            .kidney_liver
            .0
            .contains("do not yet know whether this build-up causes OIH"));
    }

    #[test]
    fn few_signs_words_count_the_signs_one_was_not_sure_about() {
        let t = Lang::En.texts();
        let words = |u| (t.level_words)(Level::FewSigns, false, u).unwrap();
        assert_eq!(
            words(0),
            "Your answers show no \"yes\" to any of the signs doctors look for in OIH."
        );
        assert!(
            words(1).ends_with(", and you were not sure about 1 of them."),
            "{}",
            words(1)
        );
        assert!(words(2).contains("no \"yes\" to any of the signs"));
        assert!(
            words(2).ends_with("you were not sure about 2 of them."),
            "{}",
            words(2)
        );
        for u in 0..=7 {
            for withdrawal in [false, true] {
                for level in Level::ALL {
                    if let Some(words) = (t.level_words)(*level, withdrawal, u) {
                        assert!(!words.contains("none of the signs"), "{words}");
                    }
                }
            }
        }
        // Only few signs speaks of the signs not sure about.
        assert!(!(t.level_words)(Level::SomeSigns, false, 2)
            .unwrap()
            .contains("not sure"));
        assert_eq!((t.level_words)(Level::Urgent, false, 2), None);
    }

    #[test]
    fn so_far_says_how_many_questions_are_left_in_the_right_number() {
        let t = Lang::En.texts();
        assert_eq!(
            (t.so_far)(1),
            "This is your result so far. 1 question is left. Your result may change when you answer it."
        );
        assert_eq!(
            (t.so_far)(11),
            "This is your result so far. 11 questions are left. Your result may change when you answer them."
        );
    }

    #[test]
    fn overdose_signs_are_a_list_with_what_to_do() {
        let t = Lang::En.texts();
        let o = (t.safety)(Safety::OverdoseSigns);
        let signs = o.list.join("; ");
        for sign in [
            "very sleepy or cannot be woken",
            "slow, shallow or stopped breathing",
            "snoring or gurgling",
            "blue or grey lips or fingertips",
            "very small pupils",
            "confused",
        ] {
            assert!(signs.contains(sign), "{sign} in {signs}");
        }
        assert_eq!(o.list.len(), 6);
        assert_eq!(o.steps.len(), 3);
        assert!(o.steps[0].contains("emergency number"));
        assert!(o.steps[1].contains("naloxone"));
        assert!(o.steps[2].starts_with("Stay with the person"));
    }

    /// The naloxone item's "who is at higher risk" as one text, in order.
    fn naloxone_text(reasons: &[NaloxoneReason]) -> String {
        let risk = (Lang::En.texts().naloxone_risk)(reasons);
        risk.shown.unwrap_or_default() + " " + risk.others_intro + " " + &risk.others.join("; ")
    }

    #[test]
    fn naloxone_names_this_persons_answers_first() {
        let t = Lang::En.texts();
        let text = (t.safety)(Safety::Naloxone);
        assert!(text
            .text
            .contains("Ask your doctor or pharmacist about naloxone"));
        assert!(text.text.contains("everyone who takes opioids"));
        assert!(text.note.contains("Targin") && text.note.contains("Suboxone"));
        assert!(text.note.contains("does not protect you from an overdose"));

        // Kidney disease answered yes: named first, before the groups the
        // checklist cannot see; liver is left among the others.
        let kidney = naloxone_text(&[NaloxoneReason::Kidney]);
        assert!(
            kidney.starts_with("Your answers show: kidney disease."),
            "{kidney}"
        );
        assert!(kidney.find("kidney").unwrap() < kidney.find("benzodiazepines").unwrap());
        assert!(kidney.contains("liver problems") && !kidney.contains("kidney or liver"));
        assert!(kidney.contains("is also higher with"));

        let example = naloxone_text(&[NaloxoneReason::HigherDose, NaloxoneReason::Kidney]);
        assert!(
            example
                .starts_with("Your answers show: a daily dose of 50 MME or more; kidney disease."),
            "{example}"
        );
        assert!(!example.contains("higher doses"), "said once: {example}");

        // Nothing shown: every group, no "also".
        let none = (t.naloxone_risk)(&[]);
        assert_eq!(none.shown, None);
        assert_eq!(none.others_intro, "The risk of an overdose is higher with:");
        for group in [
            "higher doses",
            "after a break",
            "benzodiazepines",
            "sleep apnoea",
            "a past overdose",
            "kidney or liver problems",
            "65 or over",
        ] {
            assert!(none.others.iter().any(|o| o.contains(group)), "{group}");
        }

        // After a stop: the dose before it, and "after a break" is shown, not repeated.
        let stopped = naloxone_text(&[NaloxoneReason::HigherDose, NaloxoneReason::RecentStop]);
        assert!(stopped.starts_with("Your answers show: a daily dose of 50 MME or more before you stopped; a recent stop or cut-down."), "{stopped}");
        assert!(!stopped.contains("after a break"), "{stopped}");

        let both = naloxone_text(&[
            NaloxoneReason::Kidney,
            NaloxoneReason::Liver,
            NaloxoneReason::OpioidUseDisorder,
        ]);
        assert!(both.starts_with("Your answers show: kidney disease; liver disease; a medicine for opioid use disorder."), "{both}");
        assert!(!both.contains("problems"), "{both}");
    }

    #[test]
    fn after_a_recent_stop_nothing_speaks_of_the_dose_taken_now() {
        let t = Lang::En.texts();
        assert!(t
            .medicines_intro_stopped
            .starts_with("Add each opioid you took before you stopped"));
        let (title, text, _) = (t.risk_factor)(RiskFactor::HighDose, true);
        assert!(title.contains("before you stopped") && text.starts_with("Before you stopped"));
        for text in [t.medicines_intro_stopped, text] {
            assert!(
                !text.contains("you take") && !text.contains("add up to"),
                "{text}"
            );
        }
        let (_, why, sources) = (t.risk_factor)(RiskFactor::RecentStop, true);
        assert!(why.contains("Pain sensitivity can rise"));
        assert_eq!(sources, &[Source::S0, Source::S2, Source::S4, Source::S6]);
    }

    #[test]
    fn high_doses_raise_the_risk_and_are_not_said_to_cause_oih() {
        let t = Lang::En.texts();
        for stopped in [false, true] {
            let (_, text, sources) = (t.risk_factor)(RiskFactor::HighDose, stopped);
            assert!(text.contains("overdose"), "{text}");
            assert!(text.contains("may"), "{text}");
            assert!(!text.contains("cause"), "{text}");
            assert_eq!(sources, &[Source::C1, Source::S0]);
        }
    }

    #[test]
    fn the_review_s_wording_points() {
        let t = Lang::En.texts();
        let hint = |id| (t.question)(id).hint.unwrap();
        for brand in [
            "co-codamol",
            "Tylenol #3",
            "Panadeine Forte",
            "Nurofen Plus",
        ] {
            assert!(hint(QuestionId::OpioidUse).contains(brand), "{brand}");
        }
        let spread = hint(QuestionId::PainSpread);
        assert!(
            spread.contains("many places") && spread.contains("one nerve"),
            "{spread}"
        );
        let seizure = hint(QuestionId::Seizure);
        assert!(seizure.contains("Passing out with jerking"), "{seizure}");
        assert!(
            !seizure.contains("or passing out."),
            "not fainting alone: {seizure}"
        );
        assert_eq!(
            (t.question)(QuestionId::Seizure).labels(),
            [
                "Yes, not checked by a doctor yet",
                "Yes, and a doctor has checked it",
                "No",
                "Not sure"
            ]
        );
        // The FHIR display of the code `yes` stays "Yes" for every question.
        assert_eq!((t.question)(QuestionId::Seizure).options[0], "Yes");
        assert!(t.doctor_options_current.contains(
            &"Other medicines a specialist may try, such as ketamine or a very low dose of an opioid blocker."
        ));
        let warning = t.twitching_warning.0;
        assert!(warning.contains(
            "very sleepy, hard to wake, or breathing slowly, call your local emergency number now"
        ));
        assert!(warning.contains("If you are confused, contact a doctor today."));
        assert!(t.checked_seizure_text.contains("tramadol"));
        assert!(t
            .checked_seizure_text
            .contains("If you have another seizure, get emergency help"));
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

    #[cfg(feature = "lang-es")]
    #[test]
    fn no_spanish_text_tells_anyone_to_stop_a_medicine_on_their_own() {
        let t = Lang::Es.texts();
        for text in advice(t) {
            let lower = text.to_lowercase();
            let tells_to_stop = [
                "deje de tomar",
                "deje el opioide",
                "deje su",
                "suspenda",
                "baje su dosis",
                "reduzca su dosis",
                "cambie su dosis",
                "tome menos",
                "tome más",
                "sáltese",
                "salte una dosis",
                "vuelva a tomar",
                "cámbiese a",
                "vuelva a su dosis",
            ]
            .iter()
            .any(|p| lower.contains(p));
            assert!(!tells_to_stop, "{text}");
        }
        assert!(t
            .doctor_options_note
            .starts_with("Solo un médico puede decidir"));
        assert!(t
            .disclaimer
            .contains("Nunca deje, baje, vuelva a empezar ni cambie un opioide por su cuenta"));
    }

    #[cfg(feature = "lang-es")]
    #[test]
    fn spanish_writes_numbers_and_dates_the_spanish_way() {
        use crate::decimal::Decimal;
        let t = Lang::Es.texts();
        let mme = |text: &str| (t.mme_figure)(&Decimal::parse_text(text).unwrap());
        assert_eq!(mme("12.5"), "12,5 MME al día");
        assert_eq!(mme("90"), "90 MME al día");
        assert_eq!(mme("7.125"), "7,12 MME al día");
        // (Months count from 0, as in en.rs.)
        assert_eq!((t.long_date)(2026, 11, 6), "6 de diciembre de 2026");
        assert_eq!((t.long_date)(2027, 0, 1), "1 de enero de 2027");
        assert_eq!(Lang::from_tag("es-MX"), Lang::Es);
        assert_eq!(Lang::from_tag("ES"), Lang::Es);
        assert_eq!(Lang::Es.tag(), "es");
        // Every field differs from English but the names of medicines
        // and what is the same word in both ("No").
        assert_ne!(t.title, Lang::En.texts().title);
        // The About says plainly the translation has not had its review.
        assert!(t.about.contains("todavía no lo ha revisado un médico"));
        assert_ne!(t.disclaimer, Lang::En.texts().disclaimer);
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
