//! The page a Spanish-speaking clinician reviews the translation on
//! (`make review-texts`, `oih-assess --review-texts`): every English text
//! beside its Spanish, with the sources it carries, grouped as `en.rs` is,
//! then the pain diary's (`diary.rs`, `diary_ui.rs`).
//! The rows are also what the tests in `texts::tests` check text by text.

use super::diary::DiaryTexts;
use super::diary_ui::DiaryUiTexts;
use super::{Lang, SummaryTexts, Texts};
use crate::assessment::{
    Action, DoseBand, Level, NaloxoneReason, Pattern, Problem, RiskFactor, Safety, Sign,
    RULES_VERSION,
};
use crate::content::brands::{Form, BRANDS, NOT_IN_TABLE};
use crate::content::drugs::{Purpose, Unit, DRUGS};
use crate::content::questions::{QuestionId, SECTIONS};
use crate::content::sources::{Source, REFERENCES};
use crate::content::version::{CONTENT_VERSION, REVIEWED};
use crate::decimal::Decimal;
use crate::diary::{CivilDate, DiaryProblem, DoseIncrease, Observation, Peg, PegItem};
use crate::diary_form::{EntryProblem, ImportCounts, ImportFailure, Notice, Refusal};

/// One text in two languages.
pub struct Row {
    /// Where it is: the field of `Texts` or `SummaryTexts`, and the input
    /// of a function ("question(seizure).prompt", "so_far(1)").
    pub key: String,
    /// The text in each language (English first).
    pub texts: [String; 2],
    /// The sources it carries (empty for most).
    pub sources: Vec<Source>,
    /// A `&'static str` or `Cited` field, written out as it is; `false`
    /// for a sentence a function builds from data.
    pub fixed: bool,
}

/// Rows under one heading, in the order of `en.rs`.
pub struct Group {
    pub title: &'static str,
    pub rows: Vec<Row>,
}

/// Collects the rows of one group from both languages.
struct Rows<'a> {
    t: [&'a Texts; 2],
    s: [&'a SummaryTexts; 2],
    rows: Vec<Row>,
}

impl<'a> Rows<'a> {
    fn add(
        &mut self,
        key: impl Into<String>,
        fixed: bool,
        sources: &[Source],
        text: impl Fn(&Texts, &SummaryTexts) -> String,
    ) {
        self.rows.push(Row {
            key: key.into(),
            texts: [text(self.t[0], self.s[0]), text(self.t[1], self.s[1])],
            sources: sources.to_vec(),
            fixed,
        });
    }

    /// A `&'static str` field.
    fn field(&mut self, key: &str, text: fn(&Texts) -> &'static str) {
        self.add(key, true, &[], |t, _| text(t).to_string());
    }

    /// A `&'static str` field of the summary.
    fn summary_field(&mut self, key: &str, text: fn(&SummaryTexts) -> &'static str) {
        self.add(key, true, &[], |_, s| text(s).to_string());
    }

    /// A `Cited` field: its sources are the English ones (tested equal).
    fn cited(&mut self, key: &str, text: fn(&Texts) -> super::Cited) {
        let sources = text(self.t[0]).1;
        self.add(key, true, sources, |t, _| text(t).0.to_string());
    }

    /// A sentence a function builds.
    fn made(&mut self, key: impl Into<String>, text: impl Fn(&Texts) -> String) {
        self.add(key, false, &[], |t, _| text(t));
    }

    fn done(&mut self, title: &'static str) -> Group {
        Group {
            title,
            rows: std::mem::take(&mut self.rows),
        }
    }
}

const FORMS: [Option<Form>; 7] = [
    Some(Form::Tablet),
    Some(Form::Capsule),
    Some(Form::Patch),
    Some(Form::Liquid),
    Some(Form::Film),
    Some(Form::Sublingual),
    None,
];

/// Every `Problem` this build can make (the JSON ones with `json`).
pub fn problems() -> Vec<Problem> {
    let mut all = vec![
        Problem::Missing,
        Problem::NotANumber,
        Problem::Comma,
        Problem::TooPrecise,
        Problem::AmountOutOfRange(Unit::Mg),
        Problem::AmountOutOfRange(Unit::McgPerHour),
        Problem::PerDoseOutOfRange,
        Problem::TimesOutOfRange,
        Problem::TimesNotForPatch,
        Problem::PurposeNotForDrug,
    ];
    all.extend(QuestionId::ALL.map(Problem::BadAnswer));
    #[cfg(feature = "json")]
    all.extend([
        Problem::NotJson("EOF while parsing".into()),
        Problem::NotAnObject,
        Problem::NotAList,
        Problem::UnknownField,
        Problem::DuplicateKey,
        Problem::UnknownQuestion,
        Problem::UnknownDrug,
        Problem::TooManyMedicines,
        Problem::UnknownPurpose,
        Problem::MustBe("\"QuestionnaireResponse\""),
        Problem::NotADateTime,
        Problem::OutOfOrder,
        Problem::OneAnswerOnly,
        Problem::WrongValueType("valueCoding"),
        Problem::Unsupported,
    ]);
    all
}

/// Every text of `a` beside the same text of `b`, grouped as `en.rs` is.
pub fn groups(a: Lang, b: Lang) -> Vec<Group> {
    let mut r = Rows {
        t: [a.texts(), b.texts()],
        s: [a.summary_texts(), b.summary_texts()],
        rows: Vec::new(),
    };
    let mut groups = Vec::new();

    r.field("title", |t| t.title);
    r.field("intro", |t| t.intro);
    r.field("privacy", |t| t.privacy);
    for section in SECTIONS {
        r.made(format!("section_title({section:?})"), |t| {
            (t.section_title)(section).into()
        });
    }
    groups.push(r.done("Title and introduction / Título e introducción"));

    for id in QuestionId::ALL {
        let key = id.key();
        r.made(format!("question({key}).prompt"), |t| {
            (t.question)(id).prompt.into()
        });
        if (r.t[0].question)(id).hint.is_some() {
            r.made(format!("question({key}).hint"), |t| {
                (t.question)(id).hint.unwrap_or("").into()
            });
        }
        let codes = id.question().options;
        for (i, code) in codes.iter().enumerate() {
            r.made(format!("question({key}).options[{code}]"), |t| {
                (t.question)(id)
                    .options
                    .get(i)
                    .copied()
                    .unwrap_or("")
                    .into()
            });
            if (r.t[0].question)(id).shown_options.is_some() {
                r.made(format!("question({key}).shown_options[{code}]"), |t| {
                    (t.question)(id)
                        .labels()
                        .get(i)
                        .copied()
                        .unwrap_or("")
                        .into()
                });
            }
        }
        r.made(format!("question({key}).to_discuss"), |t| {
            (t.question)(id).to_discuss.into()
        });
    }
    groups.push(r.done("Questions and their answers / Preguntas y respuestas"));

    for drug in &DRUGS {
        r.made(format!("drug_name({})", drug.id), |t| {
            (t.drug_name)(drug.id).into()
        });
    }
    r.made("drug_name(unknown)", |t| {
        (t.drug_name)("no such drug").into()
    });
    r.field("medicines_title", |t| t.medicines_title);
    r.field("medicines_intro", |t| t.medicines_intro);
    r.field("medicines_intro_stopped", |t| t.medicines_intro_stopped);
    r.field("add_medicine", |t| t.add_medicine);
    r.field("remove_medicine", |t| t.remove_medicine);
    r.field("medicine_label", |t| t.medicine_label);
    r.field("drug_choose", |t| t.drug_choose);
    r.field("drug_filter_label", |t| t.drug_filter_label);
    r.field("drug_filter_hint", |t| t.drug_filter_hint);
    for n in [0, 1, 2, 14] {
        r.made(format!("drug_matches({n})"), |t| (t.drug_matches)(n));
    }
    r.field("drug_group_generic", |t| t.drug_group_generic);
    r.field("drug_group_brand", |t| t.drug_group_brand);
    r.field("drug_group_not_in_table", |t| t.drug_group_not_in_table);
    r.field("amount_label_mg", |t| t.amount_label_mg);
    r.field("amount_label_patch", |t| t.amount_label_patch);
    r.field("amount_label_liquid", |t| t.amount_label_liquid);
    r.made("liquid_hint(10 mg/5 mL)", |t| (t.liquid_hint)("10 mg/5 mL"));
    r.field("strength_label", |t| t.strength_label);
    r.field("strength_choose", |t| t.strength_choose);
    r.field("strength_typed", |t| t.strength_typed);
    r.field("choose_strength", |t| t.choose_strength);
    for form in FORMS {
        r.made(format!("per_dose_label({form:?})"), |t| {
            (t.per_dose_label)(form).into()
        });
    }
    r.field("times_label", |t| t.times_label);
    r.field("times_choose", |t| t.times_choose);
    r.field("purpose_label", |t| t.purpose_label);
    for purpose in Purpose::ALL {
        r.made(format!("purpose({purpose:?})"), |t| {
            (t.purpose)(purpose).into()
        });
    }
    r.cited("excluded_row", |t| t.excluded_row);
    r.cited("naloxone_in_tablet", |t| t.naloxone_in_tablet);
    r.field("not_counted_forms", |t| t.not_counted_forms);
    r.field("max_medicines_reached", |t| t.max_medicines_reached);
    r.field("not_converted", |t| t.not_converted);
    r.field("fix_to_count", |t| t.fix_to_count);
    r.field("check_label", |t| t.check_label);
    // One brand of each kind of contents (the rest read the same way).
    let mut withs: Vec<Option<&str>> = Vec::new();
    for brand in BRANDS {
        if withs.contains(&brand.with) {
            continue;
        }
        withs.push(brand.with);
        let generic = brand.drug;
        r.made(format!("brand_is({})", brand.name), |t| {
            (t.brand_is)(brand, (t.drug_name)(generic))
        });
    }
    for other in NOT_IN_TABLE {
        r.made(format!("not_in_table({})", other.name), |t| {
            (t.not_in_table)(other.name, other.opioid())
        });
    }
    for drug in &DRUGS {
        r.made(format!("combination_question({})", drug.id), |t| {
            (t.combination_question)((t.drug_name)(drug.id))
        });
    }
    for drug in &DRUGS {
        r.made(format!("amount_cleared({})", drug.id), |t| {
            (t.amount_cleared)((t.drug_name)(drug.id))
        });
    }
    for drug in &DRUGS {
        r.made(format!("other_unit({})", drug.id), |t| {
            (t.other_unit)((t.drug_name)(drug.id), drug.unit)
        });
        r.made(format!("unit_cleared({})", drug.id), |t| {
            (t.unit_cleared)((t.drug_name)(drug.id), drug.unit)
        });
    }
    for problem in problems() {
        r.made(format!("problem_message({problem:?})"), |t| {
            (t.problem_message)(&problem)
        });
    }
    groups.push(r.done("Medicine editor / Editor de medicamentos"));

    r.field("mme_total_label", |t| t.mme_total_label);
    r.field("mme_none", |t| t.mme_none);
    for text in ["12.5", "90", "49.999", "1500", "0.05"] {
        let value = Decimal::parse_text(text).expect("a number");
        r.made(format!("mme_figure({text})"), |t| (t.mme_figure)(&value));
    }
    for n in [1, 2] {
        r.made(format!("medicines_not_counted({n})"), |t| {
            (t.medicines_not_counted)(n)
        });
    }
    for band in DoseBand::ALL {
        r.made(format!("dose_band({band:?})"), |t| {
            (t.dose_band)(*band).into()
        });
    }
    let caution_source = r.t[0].mme_cautions_source;
    for i in 0..3 {
        r.add(
            format!("mme_cautions[{i}]"),
            true,
            &[caution_source],
            |t, _| t.mme_cautions[i].into(),
        );
    }
    groups.push(r.done("Daily dose (MME) / Dosis diaria (MME)"));

    r.field("form_label", |t| t.form_label);
    r.field("progress_label", |t| t.progress_label);
    for (answered, total) in [(0, 13), (1, 13), (1, 1)] {
        r.made(format!("progress({answered}, {total})"), |t| {
            (t.progress)(answered, total)
        });
    }
    r.field("see_result", |t| t.see_result);
    r.field("result_title", |t| t.result_title);
    r.field("sources_prefix", |t| t.sources_prefix);
    r.field("source_prefix", |t| t.source_prefix);
    let mut seen: Vec<String> = Vec::new();
    for level in Level::ALL {
        for action in Action::ALL {
            let title = (r.t[0].action_title)(*action, *level);
            let text = (r.t[0].action_text)(*action, *level);
            if seen.iter().any(|s| s == &(title.to_string() + text)) {
                continue;
            }
            seen.push(title.to_string() + text);
            let key = format!("({}, {})", action.id(), level.id());
            r.made(format!("action_title{key}"), |t| {
                (t.action_title)(*action, *level).into()
            });
            r.made(format!("action_text{key}"), |t| {
                (t.action_text)(*action, *level).into()
            });
        }
    }
    r.field("checked_seizure_title", |t| t.checked_seizure_title);
    r.field("checked_seizure_text", |t| t.checked_seizure_text);
    r.cited("twitching_warning", |t| t.twitching_warning);
    r.field("so_far_title", |t| t.so_far_title);
    r.field("so_far_prefix", |t| t.so_far_prefix);
    for left in [1, 11] {
        r.made(format!("so_far({left})"), |t| (t.so_far)(left));
    }
    for level in Level::ALL {
        for withdrawal in [false, true] {
            for unsure in [0, 1, 2] {
                if (r.t[0].level_words)(*level, withdrawal, unsure).is_none() {
                    continue;
                }
                r.made(
                    format!(
                        "level_words({}, withdrawal {withdrawal}, not sure {unsure})",
                        level.id()
                    ),
                    |t| (t.level_words)(*level, withdrawal, unsure).unwrap_or_default(),
                );
            }
        }
    }
    r.field("reasons_title", |t| t.reasons_title);
    r.field("no_signs", |t| t.no_signs);
    for sign in Sign::ALL {
        let sources = (r.t[0].sign)(*sign).1;
        r.add(format!("sign({})", sign.id()), false, sources, |t, _| {
            (t.sign)(*sign).0.into()
        });
    }
    r.field("pattern_title", |t| t.pattern_title);
    for pattern in Pattern::ALL {
        if let Some((_, sources)) = (r.t[0].pattern_note)(*pattern) {
            r.add(
                format!("pattern_note({})", pattern.id()),
                false,
                sources,
                |t, _| (t.pattern_note)(*pattern).map_or(String::new(), |(s, _)| s.into()),
            );
        }
    }
    for level in [Level::SomeSigns, Level::FewSigns] {
        r.made(format!("other_reasons_title({})", level.id()), |t| {
            (t.other_reasons_title)(level).into()
        });
    }
    for i in 0..5 {
        r.add(format!("other_reasons[{i}]"), true, &[], |t, _| {
            t.other_reasons[i].into()
        });
    }
    r.cited("other_reasons_note", |t| t.other_reasons_note);
    r.field("risks_title", |t| t.risks_title);
    r.field("risks_note", |t| t.risks_note);
    for factor in RiskFactor::ALL {
        for stopped in [false, true] {
            if stopped && *factor != RiskFactor::HighDose {
                continue;
            }
            let sources = (r.t[0].risk_factor)(*factor, stopped).2;
            let key = format!("risk_factor({}, stopped {stopped})", factor.id());
            r.made(key.clone() + ".title", |t| {
                (t.risk_factor)(*factor, stopped).0.into()
            });
            r.add(key + ".text", false, sources, |t, _| {
                (t.risk_factor)(*factor, stopped).1.into()
            });
        }
    }
    r.cited("kidney_liver", |t| t.kidney_liver);
    r.field("doctor_title", |t| t.doctor_title);
    let current = r.t[0].doctor_options_current_sources;
    for i in 0..r.t[0].doctor_options_current.len() {
        r.add(
            format!("doctor_options_current[{i}]"),
            true,
            current,
            |t, _| {
                t.doctor_options_current
                    .get(i)
                    .copied()
                    .unwrap_or("")
                    .into()
            },
        );
    }
    let stopped = r.t[0].doctor_options_stopped_sources;
    for i in 0..r.t[0].doctor_options_stopped.len() {
        r.add(
            format!("doctor_options_stopped[{i}]"),
            true,
            stopped,
            |t, _| {
                t.doctor_options_stopped
                    .get(i)
                    .copied()
                    .unwrap_or("")
                    .into()
            },
        );
    }
    r.field("doctor_options_note", |t| t.doctor_options_note);
    r.cited("water", |t| t.water);
    r.field("unsure_title", |t| t.unsure_title);
    r.field("unsure_intro", |t| t.unsure_intro);
    groups.push(r.done("Result / Resultado"));

    r.field("safety_title", |t| t.safety_title);
    for item in Safety::ALL {
        let key = format!("safety({})", item.id());
        let sources = (r.t[0].safety)(*item).sources;
        r.add(key.clone() + ".title", true, sources, |t, _| {
            (t.safety)(*item).title.into()
        });
        r.add(key.clone() + ".text", true, sources, |t, _| {
            (t.safety)(*item).text.into()
        });
        for i in 0..(r.t[0].safety)(*item).list.len() {
            r.add(format!("{key}.list[{i}]"), true, sources, |t, _| {
                (t.safety)(*item).list.get(i).copied().unwrap_or("").into()
            });
        }
        if !(r.t[0].safety)(*item).steps_intro.is_empty() {
            r.add(key.clone() + ".steps_intro", true, sources, |t, _| {
                (t.safety)(*item).steps_intro.into()
            });
        }
        for i in 0..(r.t[0].safety)(*item).steps.len() {
            r.add(format!("{key}.steps[{i}]"), true, sources, |t, _| {
                (t.safety)(*item).steps.get(i).copied().unwrap_or("").into()
            });
        }
        if *item == Safety::Naloxone {
            naloxone_rows(&mut r, sources);
        }
        if !(r.t[0].safety)(*item).note.is_empty() {
            r.add(key.clone() + ".note", true, sources, |t, _| {
                (t.safety)(*item).note.into()
            });
        }
    }
    groups.push(r.done("Safety items / Seguridad"));

    r.field("references_title", |t| t.references_title);
    r.field("about_title", |t| t.about_title);
    r.field("about", |t| t.about);
    r.field("seed_note", |t| t.seed_note);
    r.field("version", |t| t.version);
    r.field("disclaimer_title", |t| t.disclaimer_title);
    r.field("disclaimer", |t| t.disclaimer);
    r.field("start_over", |t| t.start_over);
    r.field("cleared", |t| t.cleared);
    r.field("undo", |t| t.undo);
    r.field("clear_answer", |t| t.clear_answer);
    r.field("print", |t| t.print);
    r.field("copy", |t| t.copy);
    r.field("copied", |t| t.copied);
    r.field("copy_failed", |t| t.copy_failed);
    r.field("summary_failed", |t| t.summary_failed);
    r.field("print_blocked", |t| t.print_blocked);
    r.field("print_and_copy_blocked", |t| t.print_and_copy_blocked);
    r.field("fhir_download", |t| t.fhir_download);
    r.field("fhir_hint", |t| t.fhir_hint);
    r.field("fhir_saved", |t| t.fhir_saved);
    r.field("fhir_maybe_blocked_intro", |t| t.fhir_maybe_blocked_intro);
    r.field("fhir_maybe_blocked_outro", |t| t.fhir_maybe_blocked_outro);
    r.field("fhir_failed", |t| t.fhir_failed);
    r.field("diary_open", |t| t.diary_open);
    r.field("diary_open_hint", |t| t.diary_open_hint);
    r.field("diary_loading", |t| t.diary_loading);
    r.field("diary_failed", |t| t.diary_failed);
    r.field("save_label", |t| t.save_label);
    r.field("save_hint", |t| t.save_hint);
    r.field("erase_saved", |t| t.erase_saved);
    r.made("long_date(2026, 11, 6)", |t| (t.long_date)(2026, 11, 6));
    r.made("restored(...)", |t| {
        (t.restored)(&(t.long_date)(2026, 11, 6), &(t.long_date)(2027, 0, 5))
    });
    r.made("confirm_again(...)", |t| {
        let answer = (t.question)(QuestionId::Seizure).labels()[2];
        (t.confirm_again)(answer, &(t.long_date)(2026, 11, 6))
    });
    r.field("start_fresh", |t| t.start_fresh);
    r.field("crash_title", |t| t.crash_title);
    r.field("crash_text", |t| t.crash_text);
    r.field("crash_restart", |t| t.crash_restart);
    groups.push(r.done("About, disclaimer and page controls / Acerca de, aviso y botones"));

    r.summary_field("summary_title", |s| s.summary_title);
    r.summary_field("summary_made", |s| s.summary_made);
    for i in 0..12 {
        r.add(format!("months[{i}]"), true, &[], |_, s| s.months[i].into());
    }
    r.summary_field("fhir_file_intro", |s| s.fhir_file_intro);
    r.summary_field("fhir_file_outro", |s| s.fhir_file_outro);
    r.summary_field("fhir_amount_label", |s| s.fhir_amount_label);
    r.summary_field("fhir_per_dose_label", |s| s.fhir_per_dose_label);
    r.summary_field("fhir_purpose_label", |s| s.fhir_purpose_label);
    r.summary_field("answers_title", |s| s.answers_title);
    for id in QuestionId::ALL {
        r.add(format!("answer_label({})", id.key()), false, &[], |_, s| {
            (s.answer_label)(id).into()
        });
    }
    r.summary_field("not_answered", |s| s.not_answered);
    r.summary_field("medicines_title_short", |s| s.medicines_title_short);
    r.summary_field("medicines_title_stopped", |s| s.medicines_title_stopped);
    r.summary_field("no_medicines", |s| s.no_medicines);
    r.summary_field("patch_all_day", |s| s.patch_all_day);
    r.summary_field("not_counted_cell", |s| s.not_counted_cell);
    for i in 0..6 {
        r.add(format!("medicine_columns[{i}]"), true, &[], |_, s| {
            s.medicine_columns[i].into()
        });
    }
    r.summary_field("mme_none_total", |s| s.mme_none_total);
    r.summary_field("unconverted_label", |s| s.unconverted_label);
    r.summary_field("excluded_label", |s| s.excluded_label);
    let excluded = r.s[0].excluded_note.1;
    r.add("excluded_note", true, excluded, |_, s| {
        s.excluded_note.0.into()
    });
    groups.push(r.done("Summary for the doctor / Resumen para el médico"));

    groups.push(pair(
        "Pain diary: chart, table, summary and FHIR / Diario del dolor: gráfico, tabla, resumen y FHIR",
        diary_texts(a.diary_texts()),
        diary_texts(b.diary_texts()),
    ));
    groups.push(pair(
        "Pain diary: its screen / Diario del dolor: su pantalla",
        diary_ui_texts(a.diary_ui_texts()),
        diary_ui_texts(b.diary_ui_texts()),
    ));
    groups
}

/// A diary text: its key (the field, and the input of a function), whether
/// it is a field as written (`Row::fixed`), and the text.
pub type DiaryText = (String, bool, String);

/// The rows of one group from the same texts of two languages (the diary's
/// cite their sources inline, as "(T1)").
fn pair(title: &'static str, a: Vec<DiaryText>, b: Vec<DiaryText>) -> Group {
    let rows = a
        .into_iter()
        .zip(b)
        .map(|((key, fixed, a), (_, _, b))| Row {
            key,
            texts: [a, b],
            sources: Vec::new(),
            fixed,
        })
        .collect();
    Group { title, rows }
}

fn day(year: u16, month: u8, day: u8) -> CivilDate {
    CivilDate::new(year, month, day).expect("a day that exists")
}

/// Every text of a diary table, in the order of `diary.rs`, the functions
/// for sample inputs. The table is taken apart without `..`: a new field
/// does not compile until it is listed here (and so on the review page and
/// in the tests of `diary_es`).
pub fn diary_texts(d: &DiaryTexts) -> Vec<DiaryText> {
    let DiaryTexts {
        title,
        description,
        date_label,
        pain_question,
        enjoyment_question,
        activity_question,
        score_label,
        medicines_title,
        note_label,
        pain_up_after_dose_up,
        pain_down_after_dose_up,
        chart_title,
        chart_score,
        chart_mme,
        chart_dose_changed,
        chart_pain_up,
        short_months,
        table_columns,
        unknown_mme,
        no_entries,
        summary_title,
        observations_label,
        unit,
        long_date,
        chart_summary,
        earlier_entries,
        observation_for_doctor,
        problem_message,
    } = d;
    let mut all: Vec<DiaryText> = Vec::new();
    let mut field =
        |key: &str, text: &str| all.push(("diary.".to_string() + key, true, text.into()));
    field("title", title);
    field("description", description);
    field("date_label", date_label);
    field("pain_question", pain_question);
    field("enjoyment_question", enjoyment_question);
    field("activity_question", activity_question);
    field("score_label", score_label);
    field("medicines_title", medicines_title);
    field("note_label", note_label);
    field("pain_up_after_dose_up", pain_up_after_dose_up);
    field("pain_down_after_dose_up", pain_down_after_dose_up);
    field("chart_title", chart_title);
    field("chart_score", chart_score);
    field("chart_mme", chart_mme);
    field("chart_dose_changed", chart_dose_changed);
    field("chart_pain_up", chart_pain_up);
    for (i, month) in short_months.iter().enumerate() {
        field(&format!("short_months[{i}]"), month);
    }
    for (i, column) in table_columns.iter().enumerate() {
        field(&format!("table_columns[{i}]"), column);
    }
    field("unknown_mme", unknown_mme);
    field("no_entries", no_entries);
    field("summary_title", summary_title);
    field("observations_label", observations_label);
    let mut made = |key: String, text: String| all.push(("diary.".to_string() + &key, false, text));
    for u in [Unit::Mg, Unit::McgPerHour] {
        made(format!("unit({u:?})"), unit(u).into());
    }
    made("long_date(2026-03-03)".into(), long_date(day(2026, 3, 3)));
    let (march, may) = (day(2026, 3, 3), day(2026, 5, 26));
    for (key, text) in [
        (
            "12 entries, one year",
            chart_summary(12, march, may, ("4.3", "6.7"), Some(("30", "60")), 0),
        ),
        (
            "1 entry",
            chart_summary(1, march, march, ("4.0", "4.0"), Some(("7.5", "7.5")), 0),
        ),
        (
            "3 entries, two years, 1 unknown MME",
            chart_summary(
                3,
                day(2025, 12, 1),
                may,
                ("4.3", "5.0"),
                Some(("30", "45")),
                1,
            ),
        ),
        (
            "2 entries, no known MME",
            chart_summary(2, march, may, ("4.3", "5.0"), None, 2),
        ),
    ] {
        made(format!("chart_summary({key})"), text);
    }
    for n in [1, 14] {
        made(format!("earlier_entries({n})"), earlier_entries(n));
    }
    for up in [true, false] {
        made(
            format!("observation_for_doctor(up {up})"),
            observation_for_doctor(up, march, day(2026, 3, 10), ("4.3", "5.7"), ("30", "45")),
        );
    }
    for problem in [
        DiaryProblem::Checklist(Problem::Missing),
        DiaryProblem::NotADate,
        DiaryProblem::ScoreOutOfRange,
        DiaryProblem::NoteTooLong,
        DiaryProblem::NotText,
        DiaryProblem::NotAList,
        DiaryProblem::TooManyMedicines,
        DiaryProblem::DateTaken,
        DiaryProblem::TooManyEntries,
        DiaryProblem::NotADiary,
        DiaryProblem::NewerVersion,
        DiaryProblem::ScoreMismatch,
    ] {
        made(
            format!("problem_message({problem:?})"),
            problem_message(&problem),
        );
    }
    all
}

/// Every text of a diary screen's table, as [`diary_texts`] (its `diary`
/// is that one).
pub fn diary_ui_texts(u: &DiaryUiTexts) -> Vec<DiaryText> {
    let DiaryUiTexts {
        diary: _,
        app_intro,
        where_title,
        where_not_chosen,
        keep,
        keep_hint,
        opening,
        downloads_may_be_blocked,
        refused_then,
        try_again,
        stored,
        refused,
        unsaved,
        new_entry,
        medicines_hint,
        add_medicine,
        save,
        save_changes,
        cancel,
        problems_title,
        edit_instead,
        editing_title,
        peg_question,
        peg_low,
        peg_high,
        note_count,
        problem,
        notice,
        entries_title,
        observations_title,
        table_caption,
        table_caption_latest,
        show_all_entries,
        show_latest_entries,
        row_tools,
        edit,
        delete,
        not_kept_yet,
        edit_label,
        delete_label,
        observation_for_patient,
        files_title,
        files_hint,
        include,
        include_hint,
        export,
        import,
        fhir_export,
        erase,
        confirm_erase,
        keep_it,
        keep_here,
        use_file,
        keep_this_tab,
        use_other_tab,
        confirm_delete,
        import_question,
        clash_question,
    } = u;
    let mut all: Vec<DiaryText> = Vec::new();
    let field = |all: &mut Vec<DiaryText>, key: &str, text: &str| {
        all.push(("diary_ui.".to_string() + key, true, text.into()))
    };
    let made = |all: &mut Vec<DiaryText>, key: String, text: String| {
        all.push(("diary_ui.".to_string() + &key, false, text))
    };
    let (march, later) = (day(2026, 3, 3), day(2026, 3, 10));
    let increase = DoseIncrease {
        from: march,
        to: later,
        mme_from: Decimal::parse_text("30").expect("a number"),
        mme_to: Decimal::parse_text("45").expect("a number"),
        score_from: Peg::new(4, 4, 5).expect("a PEG").score(),
        score_to: Peg::new(6, 5, 6).expect("a PEG").score(),
    };

    field(&mut all, "app_intro", app_intro);
    field(&mut all, "where_title", where_title);
    field(&mut all, "where_not_chosen", where_not_chosen);
    field(&mut all, "keep", keep);
    field(&mut all, "keep_hint", keep_hint);
    field(&mut all, "opening", opening);
    field(
        &mut all,
        "downloads_may_be_blocked",
        downloads_may_be_blocked,
    );
    field(&mut all, "refused_then", refused_then);
    field(&mut all, "try_again", try_again);
    for n in [1, 3] {
        made(&mut all, format!("stored({n})"), stored(n));
    }
    for why in [
        Refusal::PrivateBrowsing,
        Refusal::Sandboxed,
        Refusal::Full,
        Refusal::Unknown,
    ] {
        made(&mut all, format!("refused({why:?})"), refused(why).into());
    }
    for n in [1, 2] {
        made(&mut all, format!("unsaved({n})"), unsaved(n));
    }
    field(&mut all, "new_entry", new_entry);
    field(&mut all, "medicines_hint", medicines_hint);
    field(&mut all, "add_medicine", add_medicine);
    field(&mut all, "save", save);
    field(&mut all, "save_changes", save_changes);
    field(&mut all, "cancel", cancel);
    field(&mut all, "problems_title", problems_title);
    field(&mut all, "edit_instead", edit_instead);
    made(
        &mut all,
        "editing_title(2026-03-03)".into(),
        editing_title(march),
    );
    for item in PegItem::ALL {
        made(
            &mut all,
            format!("peg_question({item:?})"),
            peg_question(item).into(),
        );
        made(&mut all, format!("peg_low({item:?})"), peg_low(item).into());
        made(
            &mut all,
            format!("peg_high({item:?})"),
            peg_high(item).into(),
        );
    }
    made(&mut all, "note_count(12)".into(), note_count(12));
    let mut problems = vec![
        ("NotADate".to_string(), EntryProblem::NotADate),
        ("InFuture".into(), EntryProblem::InFuture),
        ("DateTaken".into(), EntryProblem::DateTaken(march)),
    ];
    for item in PegItem::ALL {
        problems.push((
            format!("Unanswered({item:?})"),
            EntryProblem::Unanswered(item),
        ));
    }
    problems.extend([
        (
            "Medicine".into(),
            EntryProblem::Medicine(
                100_000,
                crate::assessment::input::MedicationField::Amount,
                crate::medicine::Message::Problem(Problem::Missing),
            ),
        ),
        ("NoteTooLong(300)".into(), EntryProblem::NoteTooLong(300)),
        ("DiaryFull".into(), EntryProblem::DiaryFull),
    ]);
    for (key, p) in &problems {
        made(&mut all, format!("problem({key})"), problem(p));
    }
    #[cfg_attr(not(feature = "json"), allow(unused_mut))]
    let mut notices = vec![
        ("Saved", Notice::Saved(march)),
        ("Changed", Notice::Changed(march)),
        ("Deleted", Notice::Deleted(march)),
        ("Erased", Notice::Erased),
        (
            "Imported(3, 2, 1, 0)",
            Notice::Imported(ImportCounts {
                added: 3,
                unchanged: 2,
                replaced: 1,
                kept: 0,
            }),
        ),
        (
            "Imported(1, 1, 1, 1)",
            Notice::Imported(ImportCounts {
                added: 1,
                unchanged: 1,
                replaced: 1,
                kept: 1,
            }),
        ),
        (
            "ImportFailed(Full)",
            Notice::ImportFailed(ImportFailure::Full { needed: 1900 }),
        ),
    ];
    #[cfg(feature = "json")]
    notices.push((
        "ImportFailed(File(NotADiary))",
        Notice::ImportFailed(ImportFailure::File(crate::diary::file::FieldError::new(
            "format",
            DiaryProblem::NotADiary,
        ))),
    ));
    for (key, n) in &notices {
        made(&mut all, format!("notice({key})"), notice(n));
    }
    field(&mut all, "entries_title", entries_title);
    field(&mut all, "observations_title", observations_title);
    field(&mut all, "table_caption", table_caption);
    made(
        &mut all,
        "table_caption_latest(26, 40)".into(),
        table_caption_latest(26, 40),
    );
    made(
        &mut all,
        "show_all_entries(40)".into(),
        show_all_entries(40),
    );
    made(
        &mut all,
        "show_latest_entries(26)".into(),
        show_latest_entries(26),
    );
    field(&mut all, "row_tools", row_tools);
    field(&mut all, "edit", edit);
    field(&mut all, "delete", delete);
    field(&mut all, "not_kept_yet", not_kept_yet);
    made(&mut all, "edit_label(2026-03-03)".into(), edit_label(march));
    made(
        &mut all,
        "delete_label(2026-03-03)".into(),
        delete_label(march),
    );
    for o in [
        Observation::PainUpAfterDoseUp(increase),
        Observation::PainDownAfterDoseUp(increase),
    ] {
        let key = match o {
            Observation::PainUpAfterDoseUp(_) => "PainUpAfterDoseUp",
            Observation::PainDownAfterDoseUp(_) => "PainDownAfterDoseUp",
        };
        made(
            &mut all,
            format!("observation_for_patient({key})"),
            observation_for_patient(&o),
        );
    }
    field(&mut all, "files_title", files_title);
    field(&mut all, "files_hint", files_hint);
    field(&mut all, "include", include);
    field(&mut all, "include_hint", include_hint);
    field(&mut all, "export", export);
    field(&mut all, "import", import);
    field(&mut all, "fhir_export", fhir_export);
    field(&mut all, "erase", erase);
    field(&mut all, "confirm_erase", confirm_erase);
    field(&mut all, "keep_it", keep_it);
    field(&mut all, "keep_here", keep_here);
    field(&mut all, "use_file", use_file);
    field(&mut all, "keep_this_tab", keep_this_tab);
    field(&mut all, "use_other_tab", use_other_tab);
    made(
        &mut all,
        "confirm_delete(2026-03-03)".into(),
        confirm_delete(march),
    );
    for (key, days) in [("1 day", vec![march]), ("2 days", vec![march, later])] {
        made(
            &mut all,
            format!("import_question({key})"),
            import_question(&days),
        );
        made(
            &mut all,
            format!("clash_question({key})"),
            clash_question(&days),
        );
    }
    all
}

/// The naloxone item's "who is at higher risk", for no answer that shows
/// one, for each alone, and for all of them.
fn naloxone_rows(r: &mut Rows, sources: &[Source]) {
    let mut cases: Vec<(String, Vec<NaloxoneReason>)> = vec![("none".into(), vec![])];
    for reason in NaloxoneReason::ALL {
        cases.push((format!("{reason:?}"), vec![*reason]));
    }
    cases.push(("all".into(), NaloxoneReason::ALL.to_vec()));
    for (name, reasons) in cases {
        let key = format!("naloxone_risk({name})");
        if (r.t[0].naloxone_risk)(&reasons).shown.is_some() {
            r.add(key.clone() + ".shown", false, sources, |t, _| {
                (t.naloxone_risk)(&reasons).shown.unwrap_or_default()
            });
        }
        r.add(key.clone() + ".others_intro", false, sources, |t, _| {
            (t.naloxone_risk)(&reasons).others_intro.into()
        });
        r.add(key + ".others", false, sources, |t, _| {
            (t.naloxone_risk)(&reasons).others.join("; ")
        });
    }
}

/// `&`, `<`, `>` and `"` as HTML entities.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// The review page: English beside Spanish, for a clinician.
pub fn page() -> String {
    let mut html = String::new();
    let title = format!(
        "Revisión clínica de los textos en español · Clinical review of the Spanish texts (contenido clínico versión {CONTENT_VERSION}, revisado {REVIEWED}; reglas versión {RULES_VERSION})"
    );
    html += "<!doctype html>\n<html lang=\"es\">\n<head>\n<meta charset=\"utf-8\">\n";
    html += &format!("<title>{}</title>\n", escape(&title));
    html += "<style>
body { font: 15px/1.45 system-ui, sans-serif; margin: 1.5rem; color: #111; }
table { border-collapse: collapse; width: 100%; margin-bottom: 2rem; }
th, td { border: 1px solid #bbb; padding: .35rem .5rem; vertical-align: top; text-align: left; }
th { background: #eee; }
td.key { font: 12px/1.3 ui-monospace, monospace; color: #555; width: 14%; word-break: break-word; }
td.en, td.es { width: 39%; }
td.src { width: 8%; white-space: nowrap; }
.note { border: 2px solid #b60; background: #fff4e5; padding: .75rem 1rem; }
</style>\n</head>\n<body>\n";
    html += &format!("<h1>{}</h1>\n", escape(&title));
    html += "<p class=\"note\"><strong>Nota:</strong> el texto en español todavía no ha sido revisado por un profesional clínico. \
Esta página muestra cada texto en inglés junto a su traducción, con las fuentes que cita, para esa revisión. \
El significado de seguridad debe ser exactamente el del inglés: nunca decir que se deje, baje, reinicie o cambie un medicamento por cuenta propia. \
<br><strong>Note:</strong> the Spanish has not yet been reviewed by a clinician.</p>\n";
    html += "<p>Las filas salen del código (<code>src/texts/en.rs</code> y <code>src/texts/es.rs</code>; \
las del diario, de <code>diary.rs</code>, <code>diary_ui.rs</code> y sus <code>_es.rs</code>); \
las frases que arma una función se muestran con ejemplos de sus datos. \
The rows come from the code; sentences built by a function are shown for sample inputs.</p>\n";
    for group in groups(Lang::En, Lang::Es) {
        html += &format!("<h2>{}</h2>\n", escape(group.title));
        html += "<table>\n<thead><tr><th>Campo · Field</th><th lang=\"en\">English</th><th>Español</th><th>Fuentes · Sources</th></tr></thead>\n<tbody>\n";
        for row in group.rows {
            let ids: Vec<&str> = row.sources.iter().map(|s| s.id()).collect();
            html += &format!(
                "<tr><td class=\"key\">{}</td><td class=\"en\" lang=\"en\">{}</td><td class=\"es\">{}</td><td class=\"src\">{}</td></tr>\n",
                escape(&row.key),
                escape(&row.texts[0]),
                escape(&row.texts[1]),
                escape(&ids.join(", "))
            );
        }
        html += "</tbody>\n</table>\n";
    }
    html += "<h2>Fuentes · Sources</h2>\n<ul>\n";
    for reference in REFERENCES {
        html += &format!(
            "<li lang=\"en\"><strong>{}</strong>: {}</li>\n",
            escape(reference.id),
            escape(reference.citation)
        );
    }
    html += "</ul>\n</body>\n</html>\n";
    html
}

#[cfg(test)]
mod tests {
    use super::{escape, groups, page};
    use crate::content::questions::QuestionId;
    use crate::texts::Lang;

    #[test]
    fn the_page_lists_every_question_in_both_languages() {
        let html = page();
        for id in QuestionId::ALL {
            for lang in [Lang::En, Lang::Es] {
                let prompt = (lang.texts().question)(id).prompt;
                assert!(html.contains(&escape(prompt)), "{lang:?} {}", id.key());
            }
            let row = format!(
                "<td class=\"key\">question({}).prompt</td><td class=\"en\" lang=\"en\">{}</td><td class=\"es\">{}</td>",
                id.key(),
                escape((Lang::En.texts().question)(id).prompt),
                escape((Lang::Es.texts().question)(id).prompt),
            );
            assert!(html.contains(&row), "one row for {}", id.key());
        }
        assert!(html.contains("versión 3"));
        assert!(html.contains("todavía no ha sido revisado por un profesional clínico"));
    }

    #[test]
    fn the_page_escapes_html() {
        assert_eq!(
            escape("<b>\"Tylenol #3\" & co</b>"),
            "&lt;b&gt;&quot;Tylenol #3&quot; &amp; co&lt;/b&gt;"
        );
        let html = page();
        // "Sí" in quotes is written as an entity, never as a raw quote in a cell.
        assert!(html.contains("&quot;No sé&quot;"));
        assert!(!html.contains("<td class=\"es\">\""));
    }

    #[test]
    fn every_row_is_written_in_both_languages() {
        for group in groups(Lang::En, Lang::Es) {
            assert!(!group.rows.is_empty(), "{}", group.title);
            for row in group.rows {
                assert!(
                    !row.texts[0].is_empty() && !row.texts[1].is_empty(),
                    "{}",
                    row.key
                );
            }
        }
    }
}
