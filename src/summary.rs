//! The summary for the doctor (clinical-content.md, last section): one
//! document made from the current answers, as plain text (to copy into a
//! patient-portal message) and as HTML (to print). Plain Rust, tested
//! natively; the browser shell only hands it a date and prints or copies it.
//!
//! Both forms come from one list of [`Part`]s, so the printed page and the
//! copied text never say different things.

use crate::assessment::{
    naloxone_reasons, unsure_sign_count, Action, Assessment, Input, Level, Pattern, RiskFactor,
    Safety, Sign,
};
use crate::content::questions::{QuestionId, NOT_TAKING, STOPPED_RECENTLY, YES_CHECKED};
use crate::content::sources::{Source, REFERENCES};
use crate::diary::{Diary, Observation};
use crate::diary_chart::{self, Window};
use crate::texts::Texts;

/// One piece of the document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Part {
    Title(String),
    Heading(String),
    Para(String),
    /// A paragraph that stands out (the headline, emergencies).
    Strong(String),
    List(Vec<String>),
    /// Label and value pairs (the answers).
    Pairs(Vec<(String, String)>),
    /// A header row and rows of cells (the medicines).
    Table(Vec<String>, Vec<Vec<String>>),
    /// The pain diary's chart, SVG markup made by `crate::diary_chart`
    /// (every text in it escaped there): inline in the HTML; nothing in the
    /// text, where the table of the same entries that follows it says it
    /// all.
    Chart(String),
}

/// The summary shows at most this many of the diary's entries, the most
/// recent (clinical-content.md v3: within 2 pages for up to 26 entries).
pub const DIARY_ENTRIES_SHOWN: usize = 26;

/// The summary as parts, in reading order, without the pain diary.
pub fn parts(
    t: &Texts,
    input: &Input,
    assessment: &Assessment,
    made: &str,
    not_counted: usize,
    fhir_file: &str,
    names: &[&str],
) -> Vec<Part> {
    parts_with_diary(
        t,
        input,
        assessment,
        made,
        not_counted,
        fhir_file,
        names,
        None,
    )
}

/// The summary as parts, in reading order, with the pain diary when the
/// person chose to include it (`diary`; an empty diary adds nothing): its
/// last [`DIARY_ENTRIES_SHOWN`] entries as a chart and a table, how many
/// earlier ones are left out, and the observations with their dates, after
/// the checklist's answers and before the disclaimer. `None` is exactly
/// [`parts`].
#[allow(clippy::too_many_arguments)]
pub fn parts_with_diary(
    t: &Texts,
    input: &Input,
    assessment: &Assessment,
    made: &str,
    not_counted: usize,
    fhir_file: &str,
    names: &[&str],
    diary: Option<&Diary>,
) -> Vec<Part> {
    let a = assessment;
    let s = t.lang.summary_texts();
    let mut cited: Vec<Source> = Vec::new();
    let mut cite = |text: &str, sources: &[Source]| -> String {
        for s in sources {
            if !cited.contains(s) {
                cited.push(*s);
            }
        }
        let ids: Vec<&str> = sources.iter().map(|s| s.id()).collect();
        text.to_string() + " [" + &ids.join(", ") + "]"
    };
    let mut out = vec![
        Part::Title(s.summary_title.into()),
        Part::Para(s.summary_made.to_string() + made + ". " + t.version),
        Part::Heading(t.result_title.into()),
    ];

    // The action and the level, in words, "so far" while questions are left.
    let top = headline(t, input, a);
    out.push(Part::Strong(top.title));
    if let Some(detail) = top.detail {
        out.push(Part::Para(detail.into()));
    }
    if top.twitching {
        out.push(Part::Para(cite(
            t.twitching_warning.0,
            t.twitching_warning.1,
        )));
    }
    if let Some(words) = top.level_words {
        out.push(Part::Para(words));
    }
    if let Some(so_far) = top.so_far {
        out.push(Part::Para(so_far));
    }

    let stopped = input.answers.is(QuestionId::OpioidUse, STOPPED_RECENTLY);
    if !a.safety.is_empty() {
        out.push(Part::Heading(t.safety_title.into()));
        // Each item as one paragraph, its lists run in ("a; b; c"), the
        // sources after its last words: the widget shows the lists as
        // lists, the page for the doctor keeps them short, so a typical
        // checklist fits on one page.
        for item in safety_items(t, input, a) {
            let mut text = item.title.to_string() + ": " + &item.lead;
            if !item.list_intro.is_empty() && !item.is_naloxone {
                text = text + " " + item.list_intro;
            }
            // The naloxone item's other groups (the ones these answers do
            // not show) stay in the widget; the doctor's page names the
            // answers that show a higher risk.
            if !item.list.is_empty() && !item.is_naloxone {
                text = text + " " + &item.list.join("; ") + ".";
            }
            if !item.steps.is_empty() {
                text = text + " " + item.steps_intro + " " + &item.steps.join(" ");
            }
            if !item.note.is_empty() {
                text = text + " " + item.note;
            }
            out.push(Part::Para(cite(&text, item.sources)));
        }
    }

    if shows_reasons(a) {
        out.push(Part::Heading(t.reasons_title.into()));
        if a.signs.is_empty() {
            out.push(Part::Para(t.no_signs.into()));
        } else {
            let signs = a.signs.iter().map(|s| {
                let (text, sources) = (t.sign)(*s);
                cite(text, sources)
            });
            out.push(Part::List(signs.collect()));
        }
        if let Some((note, sources)) = (t.pattern_note)(a.pattern) {
            out.push(Part::Para(
                t.pattern_title.to_string() + ": " + &cite(note, sources),
            ));
        }
    }

    if !a.risk_factors.is_empty() {
        out.push(Part::Heading(t.risks_title.into()));
        // By name, on one line: the widget explains each one to the
        // patient; the doctor's page keeps to one page for a typical case.
        let mut sources: Vec<Source> = Vec::new();
        let titles: Vec<&str> = a
            .risk_factors
            .iter()
            .map(|r| {
                let (title, _, cited_by) = (t.risk_factor)(*r, stopped);
                for source in cited_by {
                    if !sources.contains(source) {
                        sources.push(*source);
                    }
                }
                title
            })
            .collect();
        out.push(Part::Para(cite(&(titles.join("; ") + "."), &sources)));
        if has_kidney_or_liver(&a.risk_factors) {
            out.push(Part::Para(cite(t.kidney_liver.0, t.kidney_liver.1)));
        }
    }

    out.push(Part::Heading(s.answers_title.into()));
    let answers = input.answers.applicable().map(|q| {
        let answer = match input.answers.raw(q.id) {
            Some(value) => answer_words(t, q.id, value).to_string(),
            None => s.not_answered.to_string(),
        };
        ((s.answer_label)(q.id).to_string(), answer)
    });
    out.push(Part::Pairs(answers.collect()));

    // The widget does not ask about medicines of people who never took
    // opioids or stopped long ago.
    let asks_medicines = !input.answers.opioid_use_is_one_of(&NOT_TAKING);
    if asks_medicines {
        out.push(Part::Heading(
            if stopped {
                s.medicines_title_stopped
            } else {
                s.medicines_title_short
            }
            .into(),
        ));
    }
    if asks_medicines && input.medications.is_empty() {
        out.push(Part::Para(s.no_medicines.into()));
    } else if asks_medicines {
        let rows = input.medications.iter().enumerate().map(|(i, m)| {
            let dash = || "-".to_string();
            // The opioid, and on a line of its own the name as entered
            // (brand and strength as printed on the box), when there is one.
            let mut medicine = (t.drug_name)(m.drug.id).to_string();
            if let Some(name) = names.get(i).filter(|n| !n.is_empty()) {
                medicine = medicine + "\n" + name;
            }
            vec![
                medicine,
                m.amount
                    .map(|d| t.number(&d) + " " + (t.unit_label)(m.drug.unit))
                    .unwrap_or_else(dash),
                // How many at a time goes with an amount (1 when not given).
                if m.amount.is_some() || m.per_dose != 1 {
                    m.per_dose.to_string()
                } else {
                    dash()
                },
                m.times_per_day
                    .map(|n| n.to_string())
                    .unwrap_or_else(|| match m.drug.factor {
                        Some(_) => s.patch_all_day.to_string(),
                        None => dash(),
                    }),
                m.drug.factor.map(|f| t.number(&f)).unwrap_or_else(dash),
                m.mme_per_day()
                    .map(|d| t.number(&d))
                    .unwrap_or_else(|| s.not_counted_cell.to_string()),
            ]
        });
        out.push(Part::Table(
            s.medicine_columns.iter().map(|c| c.to_string()).collect(),
            rows.collect(),
        ));
        let total = match a.mme_per_day {
            Some(total) => (t.mme_figure)(&total) + ". " + (t.dose_band)(a.dose_band),
            None => s.mme_none_total.to_string(),
        };
        out.push(Part::Para(t.mme_total_label.to_string() + ": " + &total));
        if !a.mme_unconverted.is_empty() {
            let names: Vec<&str> = a.mme_unconverted.iter().map(|d| (t.drug_name)(d)).collect();
            out.push(Part::Para(
                s.unconverted_label.to_string() + &names.join(", "),
            ));
        }
        if !a.mme_excluded.is_empty() {
            let names: Vec<&str> = a.mme_excluded.iter().map(|d| (t.drug_name)(d)).collect();
            let note = cite(s.excluded_note.0, s.excluded_note.1);
            out.push(Part::Para(
                s.excluded_label.to_string() + &names.join(", ") + ". " + &note,
            ));
        }
        let cautions = t.mme_cautions.join(" ");
        out.push(Part::Para(cite(&cautions, &[t.mme_cautions_source])));
    }
    if asks_medicines && not_counted > 0 {
        out.push(Part::Para((t.medicines_not_counted)(not_counted)));
    }

    let unsure: Vec<String> = a
        .unsure
        .iter()
        .map(|q| capitalise((t.question)(*q).to_discuss))
        .collect();
    if !unsure.is_empty() {
        out.push(Part::Heading(t.unsure_title.into()));
        out.push(Part::List(unsure));
    }

    out.push(Part::Para(
        s.fhir_file_intro.to_string() + fhir_file + s.fhir_file_outro,
    ));

    if let Some(diary) = diary.filter(|d| !d.is_empty()) {
        out.extend(diary_parts(t, diary));
    }

    out.push(Part::Heading(t.disclaimer_title.into()));
    out.push(Part::Para(t.disclaimer.into()));

    out.push(Part::Heading(t.references_title.into()));
    let sources = REFERENCES
        .iter()
        .filter(|r| cited.contains(&r.source))
        .map(|r| match r.source {
            Source::S0 => r.id.to_string() + ". " + r.citation + " " + t.seed_note,
            _ => r.id.to_string() + ". " + r.citation,
        });
    out.push(Part::List(sources.collect()));
    out
}

/// The pain diary's part of the summary: its heading, the one-line summary
/// of the entries shown (and how many earlier ones are left out), the
/// chart, the table and the observations with their dates, in the
/// language of `t` (the diary's words of the same language).
pub fn diary_parts(t: &Texts, diary: &Diary) -> Vec<Part> {
    let d = t.lang.diary_texts();
    let window = Window::last(diary, DIARY_ENTRIES_SHOWN);
    let chart = diary_chart::render(&window, t);
    let mut out = vec![
        Part::Heading(d.summary_title.into()),
        Part::Para(chart.summary.clone() + "."),
    ];
    if window.earlier() > 0 {
        out.push(Part::Para((d.earlier_entries)(window.earlier())));
    }
    out.push(Part::Chart(chart.svg));
    out.push(Part::Table(chart.columns, chart.rows));
    let observations: Vec<String> = window
        .observations()
        .iter()
        .map(|o| {
            let (up, i) = match o {
                Observation::PainUpAfterDoseUp(i) => (true, i),
                Observation::PainDownAfterDoseUp(i) => (false, i),
            };
            (d.observation_for_doctor)(
                up,
                i.from,
                i.to,
                (&i.score_from.to_text(), &i.score_to.to_text()),
                (
                    &diary_chart::mme_figure(&i.mme_from),
                    &diary_chart::mme_figure(&i.mme_to),
                ),
            )
        })
        .collect();
    if !observations.is_empty() {
        out.push(Part::Para(d.observations_label.into()));
        out.push(Part::List(observations));
    }
    out
}

/// When the summary was made, in words: `25 November 2026, 16:40 (UTC+01:00)`.
/// `offset_minutes` is east of UTC (JavaScript's `getTimezoneOffset` negated).
pub fn made_at(
    t: &Texts,
    (year, month, day): (u32, u32, u32),
    (hour, minute): (u32, u32),
    offset_minutes: i32,
) -> String {
    let two = |n: u32| {
        if n < 10 {
            "0".to_string() + &n.to_string()
        } else {
            n.to_string()
        }
    };
    let sign = if offset_minutes < 0 { "-" } else { "+" };
    let offset = offset_minutes.unsigned_abs();
    let month = t
        .lang
        .summary_texts()
        .months
        .get(month as usize)
        .copied()
        .unwrap_or("");
    day.to_string()
        + " "
        + month
        + " "
        + &year.to_string()
        + ", "
        + &two(hour)
        + ":"
        + &two(minute)
        + " (UTC"
        + sign
        + &two(offset / 60)
        + ":"
        + &two(offset % 60)
        + ")"
}

/// Two digits, zero-padded.
fn two(n: u32) -> String {
    if n < 10 {
        "0".to_string() + &n.to_string()
    } else {
        n.to_string()
    }
}

/// The FHIR file's name for a date (`month` from 0): the same on the
/// download and on the summary that names it.
pub fn fhir_file_name((year, month, day): (u32, u32, u32)) -> String {
    "oih-checklist-answers-".to_string()
        + &year.to_string()
        + "-"
        + &two(month + 1)
        + "-"
        + &two(day)
        + ".json"
}

/// An FHIR `dateTime` with its time zone: `2026-11-25T16:40:05+01:00`.
pub fn authored(
    (year, month, day): (u32, u32, u32),
    (hour, minute, second): (u32, u32, u32),
    offset_minutes: i32,
) -> String {
    let sign = if offset_minutes < 0 { "-" } else { "+" };
    let offset = offset_minutes.unsigned_abs();
    year.to_string()
        + "-"
        + &two(month + 1)
        + "-"
        + &two(day)
        + "T"
        + &two(hour)
        + ":"
        + &two(minute)
        + ":"
        + &two(second)
        + sign
        + &two(offset / 60)
        + ":"
        + &two(offset % 60)
}

/// The top of a result, the same in the panel and on the summary: the one
/// place that decides what the result says first.
pub struct Headline {
    /// What to do and how soon; "So far: ..." while questions that apply
    /// are left, and never the reassuring `if_worse` before the last answer.
    pub title: String,
    /// The sentence under it (none while the headline asks for the rest).
    pub detail: Option<&'static str>,
    /// Twitching is a sign and the action is a doctor today or within days:
    /// the warning about opioids building up goes with the headline.
    pub twitching: bool,
    /// The level in words; none while questions are left and the words
    /// would say there is no "yes" to any sign (that is no reassurance yet).
    pub level_words: Option<String>,
    /// How many questions are left, while the result is "so far".
    pub so_far: Option<String>,
}

pub fn headline(t: &Texts, input: &Input, a: &Assessment) -> Headline {
    let so_far = is_so_far(a);
    let holding = so_far && a.action == Action::IfWorse;
    // A seizure a doctor has checked is always "within days" (the rules'
    // action 3); it has its own words, whatever else is answered.
    let checked_seizure =
        input.answers.is(QuestionId::Seizure, YES_CHECKED) && a.action == Action::DoctorWithinDays;
    let (action_title, action_text) = if checked_seizure {
        (t.checked_seizure_title, t.checked_seizure_text)
    } else {
        (
            (t.action_title)(a.action, a.level),
            (t.action_text)(a.action, a.level),
        )
    };
    let title = if holding {
        t.so_far_title.to_string()
    } else if so_far {
        t.so_far_prefix.to_string() + action_title
    } else {
        action_title.to_string()
    };
    let reassuring = a.level == Level::FewSigns && !a.unanswered.is_empty();
    Headline {
        title,
        detail: (!holding).then_some(action_text),
        twitching: a.signs.contains(&Sign::Myoclonus)
            && matches!(a.action, Action::DoctorWithinDays | Action::DoctorToday),
        level_words: if reassuring {
            None
        } else {
            (t.level_words)(
                a.level,
                a.pattern == Pattern::Withdrawal,
                unsure_sign_count(&input.answers),
            )
        },
        so_far: so_far.then(|| (t.so_far)(a.unanswered.len())),
    }
}

/// A safety item as the result and the summary show it: the texts of
/// `Texts::safety`, with the naloxone item's "who is at higher risk" (this
/// person's answers first) filled in.
pub struct SafetyItem {
    /// The naloxone item (the doctor's page leaves out its other groups).
    pub is_naloxone: bool,
    pub title: &'static str,
    /// What to know (and for naloxone, what the answers show).
    pub lead: String,
    /// Leads into `list` (empty for none).
    pub list_intro: &'static str,
    pub list: Vec<&'static str>,
    pub steps_intro: &'static str,
    pub steps: &'static [&'static str],
    pub note: &'static str,
    pub sources: &'static [Source],
}

pub fn safety_items(t: &Texts, input: &Input, a: &Assessment) -> Vec<SafetyItem> {
    a.safety
        .iter()
        .map(|item| {
            let text = (t.safety)(*item);
            let mut shown = SafetyItem {
                is_naloxone: *item == Safety::Naloxone,
                title: text.title,
                lead: text.text.to_string(),
                list_intro: "",
                list: text.list.to_vec(),
                steps_intro: text.steps_intro,
                steps: text.steps,
                note: text.note,
                sources: text.sources,
            };
            if *item == Safety::Naloxone {
                let risk = (t.naloxone_risk)(&naloxone_reasons(input, a));
                if let Some(answers) = risk.shown {
                    shown.lead += " ";
                    shown.lead += &answers;
                }
                shown.list_intro = risk.others_intro;
                shown.list = risk.others;
            }
            shown
        })
        .collect()
}

/// "So far": questions that apply are left, and the action is not one that
/// holds whatever the other answers (emergency, today).
pub fn is_so_far(a: &Assessment) -> bool {
    !a.unanswered.is_empty()
        && !matches!(a.action, Action::EmergencyNow | Action::DoctorToday)
        && a.level != Level::Incomplete
}

/// "Why you got this result": for the levels that count signs, once there
/// is a sign or every question is answered (before that, "no yes to any
/// sign" would read as reassurance).
pub fn shows_reasons(a: &Assessment) -> bool {
    a.level.counts_signs() && (!a.signs.is_empty() || a.unanswered.is_empty())
}

pub fn has_kidney_or_liver(factors: &[RiskFactor]) -> bool {
    factors
        .iter()
        .any(|f| matches!(f, RiskFactor::Kidney | RiskFactor::Liver))
}

/// The words for an answer, from the question's own labels.
pub fn answer_words(t: &Texts, id: QuestionId, value: &str) -> &'static str {
    let options = id.question().options;
    let labels = (t.question)(id).labels();
    options
        .iter()
        .position(|o| *o == value)
        .and_then(|i| labels.get(i).copied())
        .unwrap_or("")
}

/// A decimal as people write it in English: `20`, `7.5`, `0.15` (the
/// diary's chart; the summary writes it in its language, `t.number`).
pub use crate::texts::en::number;

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

/// The summary as plain text, for the clipboard.
pub fn to_text(parts: &[Part]) -> String {
    let mut out = String::new();
    for part in parts {
        match part {
            Part::Title(s) => {
                out += s;
                out += "\n";
                out += &"=".repeat(s.chars().count());
                out += "\n";
            }
            Part::Heading(s) => {
                out += "\n";
                out += s;
                out += "\n";
                out += &"-".repeat(s.chars().count());
                out += "\n";
            }
            Part::Para(s) | Part::Strong(s) => {
                out += s;
                out += "\n";
            }
            Part::List(items) => {
                for item in items {
                    out += "- ";
                    out += item;
                    out += "\n";
                }
            }
            Part::Pairs(pairs) => {
                for (label, value) in pairs {
                    out += label;
                    out += ": ";
                    out += value;
                    out += "\n";
                }
            }
            Part::Chart(_) => {}
            Part::Table(header, rows) => {
                for row in rows {
                    let cells: Vec<String> = header
                        .iter()
                        .zip(row)
                        .map(|(h, c)| match c.split_once('\n') {
                            Some((first, more)) => h.to_string() + ": " + first + " (" + more + ")",
                            None => h.to_string() + ": " + c,
                        })
                        .collect();
                    out += "- ";
                    out += &cells.join("; ");
                    out += "\n";
                }
            }
        }
    }
    out
}

/// The summary as an HTML fragment, for printing. Every text is escaped.
pub fn to_html(parts: &[Part]) -> String {
    let mut out = String::from("<article class=\"oih-summary\">");
    for part in parts {
        match part {
            Part::Title(s) => tag(&mut out, "h1", s),
            Part::Heading(s) => tag(&mut out, "h2", s),
            Part::Para(s) => tag(&mut out, "p", s),
            Part::Strong(s) => {
                out += "<p class=\"oih-summary-headline\"><strong>";
                escape_into(&mut out, s);
                out += "</strong></p>";
            }
            Part::List(items) => {
                out += "<ul>";
                for item in items {
                    tag(&mut out, "li", item);
                }
                out += "</ul>";
            }
            Part::Pairs(pairs) => {
                out += "<dl>";
                for (label, value) in pairs {
                    tag(&mut out, "dt", label);
                    tag(&mut out, "dd", value);
                }
                out += "</dl>";
            }
            Part::Chart(svg) => {
                out += "<figure class=\"oih-summary-chart\">";
                out += svg;
                out += "</figure>";
            }
            Part::Table(header, rows) => {
                out += "<table><thead><tr>";
                for h in header {
                    tag(&mut out, "th", h);
                }
                out += "</tr></thead><tbody>";
                for row in rows {
                    out += "<tr>";
                    for cell in row {
                        out += "<td>";
                        for (i, line) in cell.split('\n').enumerate() {
                            if i > 0 {
                                out += "<br>";
                            }
                            escape_into(&mut out, line);
                        }
                        out += "</td>";
                    }
                    out += "</tr>";
                }
                out += "</tbody></table>";
            }
        }
    }
    out += "</article>";
    out
}

fn tag(out: &mut String, name: &str, text: &str) {
    *out += "<";
    *out += name;
    *out += ">";
    escape_into(out, text);
    *out += "</";
    *out += name;
    *out += ">";
}

/// Appends `text` with `&`, `<`, `>` and `"` escaped, for HTML text and
/// attribute values.
pub fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => *out += "&amp;",
            '<' => *out += "&lt;",
            '>' => *out += "&gt;",
            '"' => *out += "&quot;",
            c => out.push(c),
        }
    }
}
