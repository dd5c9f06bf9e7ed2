//! The summary for the doctor: what it says for real vignettes, as text and
//! as the HTML that gets printed.
#![cfg(not(target_arch = "wasm32"))]

use oih_checklist::assessment::assess;
use oih_checklist::contract::parse_input;
use oih_checklist::summary::{parts, to_html, to_text};
use oih_checklist::texts::Lang;
use serde_json::{json, Value};

const MADE: &str = "25 November 2026, 16:40 (UTC+01:00)";
const FILE: &str = "oih-checklist-answers-2026-11-25.json";

fn summary(input: Value, not_counted: usize) -> (String, String) {
    let input = parse_input(&input.to_string()).expect("valid input");
    let t = Lang::En.texts();
    let p = parts(t, &input, &assess(&input), MADE, not_counted, FILE, &[]);
    (to_text(&p), to_html(&p))
}

fn full_vignette() -> Value {
    json!({
        "answers": { "seizure": "no", "opioid_use": "current", "duration": "over_3_months",
            "dose_increased": "yes", "response_to_increase": "worse", "kidney": "yes", "liver": "yes",
            "pain_worse_despite_dose": "yes", "more_sensitive": "unsure", "pain_spread": "yes",
            "allodynia": "yes", "pain_different": "no", "myoclonus": "no" },
        "medications": [
            { "drug": "oxycodone", "amount": 20, "times_per_day": 3 },
            { "drug": "fentanyl_patch", "amount": 25 },
            { "drug": "buprenorphine" }
        ]
    })
}

#[test]
fn a_full_summary_carries_everything_the_doctor_needs() {
    let (text, _) = summary(full_vignette(), 0);
    for expected in [
        "summary for the doctor",
        MADE,
        "Content version 3 (rules version 3), reviewed December 2026",
        // The action and the level.
        "See or call your doctor in the next few days",
        "several of the signs doctors look for",
        // Safety, reasons, pattern, risk factors.
        "Signs of an overdose",
        "Naloxone",
        "Your pain has spread to more of your body. [S0]",
        "Your pain got worse after your dose went up. [T1]",
        "the pattern doctors look for in OIH",
        "High daily dose",
        "Kidney disease",
        "Liver disease",
        // Every answer in words.
        "New seizure in the last 4 weeks: No",
        "Opioid medicine: Yes, I take it now",
        "How long on opioids: More than 3 months",
        "Pain after the last increase: It got worse",
        "More sensitive to pain than before: Not sure",
        "Twitching or jerking they cannot control: No",
        // The medicines with factor and MME.
        "Medicine: Oxycodone; Amount: 20 mg; How many at a time: 1; Doses a day: 3; MME factor: 1.5; MME a day: 90",
        "Medicine: Fentanyl patch; Amount: 25 mcg/hr; How many at a time: 1; Doses a day: Worn all day; MME factor: 2.4; MME a day: 60",
        "Medicine: Buprenorphine; Amount: -; How many at a time: -; Doses a day: -; MME factor: -; MME a day: Not counted",
        "Estimated daily dose: 150 MME a day. 90 MME a day or more",
        "Not converted to MME: Buprenorphine",
        "Never use it to switch from one opioid to another",
        // Things to discuss, the disclaimer and the sources in full.
        "Whether you have become more sensitive to pain",
        "It is not a diagnosis and does not replace advice from your doctor",
        "S0. What is Opioid Induced Hyperalgesia?",
        "C1. Dowell D, Ragan KR",
        "T1. Chen L, Sein M",
        // The FHIR file, by name.
        "saved from the checklist as the file oih-checklist-answers-2026-11-25.json (a FHIR R4 QuestionnaireResponse",
        "no name or other identifier",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(!text.contains("So far"), "every question is answered");
    assert!(
        !text.contains("L1."),
        "only the sources cited on it: {text}"
    );
    assert_eq!(
        text.matches("With morphine, its breakdown products can build up")
            .count(),
        1,
        "kidney and liver explained once"
    );
    assert!(!text.to_lowercase().contains("stronger"), "{text}");
}

#[test]
fn a_partial_summary_says_so_far_and_marks_the_unanswered() {
    let (text, _) = summary(
        json!({ "answers": { "opioid_use": "current", "allodynia": "yes" } }),
        1,
    );
    assert!(text.contains("So far: Talk about this at your next doctor's appointment"));
    assert!(text.contains("10 questions are left"), "{text}");
    assert!(text.contains("Pain spread to other parts of the body: Not answered"));
    assert!(text.contains("No medicines entered."));
    assert!(text.contains("1 medicine is not counted until its entry is fixed."));
}

#[test]
fn no_reassurance_before_the_last_answer() {
    let (text, _) = summary(json!({ "answers": { "opioid_use": "current" } }), 0);
    assert!(text.contains("Answer the other questions to see your result"));
    assert!(!text.contains("Talk to a doctor if your pain keeps getting worse"));
}

#[test]
fn only_questions_that_apply_are_listed() {
    let (text, _) = summary(
        json!({ "answers": { "opioid_use": "never", "seizure": "no", "kidney": "yes" } }),
        0,
    );
    assert!(text.contains("This checklist is for people who take opioids"));
    assert!(!text.contains("kidney failure"), "{text}");
    assert!(!text.contains("Signs of an overdose"));
}

#[test]
fn a_seizure_leads_with_emergency_help() {
    let (text, html) = summary(json!({ "answers": { "seizure": "yes" } }), 0);
    let result = text.find("Your result").unwrap();
    assert!(text[result..]
        .lines()
        .nth(2)
        .unwrap()
        .contains("Get emergency help now"));
    assert!(html
        .contains("<p class=\"oih-summary-headline\"><strong>Get emergency help now</strong></p>"));
}

#[test]
fn the_html_escapes_every_text_and_has_no_form_control() {
    let (_, html) = summary(full_vignette(), 0);
    assert!(html.starts_with("<article class=\"oih-summary\">"));
    for control in ["<input", "<button", "<select", "<form", "<script"] {
        assert!(!html.contains(control), "{control}");
    }
    assert!(html.contains("<th>MME factor</th>"));
    assert!(html
        .contains("<td>Oxycodone</td><td>20 mg</td><td>1</td><td>3</td><td>1.5</td><td>90</td>"));
    let (_, escaped) = {
        let input = parse_input(&full_vignette().to_string()).unwrap();
        let t = Lang::En.texts();
        let p = parts(t, &input, &assess(&input), "<b>&", 0, FILE, &[]);
        (to_text(&p), to_html(&p))
    };
    assert!(escaped.contains("&lt;b&gt;&amp;"));
    assert!(!escaped.contains("<b>"));
}

#[test]
fn version_3_medicines_how_many_at_a_time_and_those_not_counted() {
    let (text, html) = summary(
        json!({ "answers": { "seizure": "yes_checked", "opioid_use": "current" },
            "medications": [
                { "drug": "oxycodone", "amount": 5, "per_dose": 2, "times_per_day": 6 },
                { "drug": "fentanyl_patch", "amount": 25, "per_dose": 2 },
                { "drug": "methadone", "amount": 80, "times_per_day": 1, "purpose": "opioid_use_disorder" },
                { "drug": "buprenorphine", "amount": 16, "times_per_day": 1, "purpose": "opioid_use_disorder" },
                { "drug": "methadone", "amount": 10, "times_per_day": 2, "purpose": "pain" }
            ] }),
        0,
    );
    for expected in [
        "New seizure in the last 4 weeks: Yes, and a doctor has checked it",
        "Medicine: Oxycodone; Amount: 5 mg; How many at a time: 2; Doses a day: 6; MME factor: 1.5; MME a day: 90",
        "Medicine: Fentanyl patch; Amount: 25 mcg/hr; How many at a time: 2; Doses a day: Worn all day; MME factor: 2.4; MME a day: 120",
        "Medicine: Methadone; Amount: 80 mg; How many at a time: 1; Doses a day: 1; MME factor: 4.7; MME a day: Not counted",
        "Medicine: Buprenorphine; Amount: 16 mg; How many at a time: 1; Doses a day: 1; MME factor: -; MME a day: Not counted",
        "Medicine: Methadone; Amount: 10 mg; How many at a time: 1; Doses a day: 2; MME factor: 4.7; MME a day: 94",
        // 90 + 120 + 94: the methadone for pain counts, the other does not.
        "Estimated daily dose: 304 MME a day.",
        "Not counted, taken for opioid use disorder: Methadone, Buprenorphine. CDC 2022 says these doses are not compared with the dose limits. [C1]",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert!(
        !text.contains("Not converted to MME"),
        "buprenorphine for opioid use disorder is excluded, not unconverted: {text}"
    );
    assert!(html.contains("<th>How many at a time</th>"));
    assert!(text.contains("C1. Dowell D"), "C1 is cited in full");
}

#[test]
fn without_a_medicine_for_opioid_use_disorder_there_is_no_such_line() {
    let (text, _) = summary(full_vignette(), 0);
    // (F1's title names opioid use disorder: it is cited for naloxone.)
    assert!(
        !text.contains("Not counted, taken for opioid use disorder"),
        "{text}"
    );
    assert!(
        !text.contains("a medicine for opioid use disorder"),
        "{text}"
    );
}

#[test]
#[ignore = "prints the full summary for review: cargo test --test summary -- --ignored --nocapture"]
fn print_the_full_summary() {
    println!("{}", summary(full_vignette(), 0).0);
}

#[test]
fn the_date_names_the_month_and_the_time_zone() {
    use oih_checklist::summary::made_at;
    let t = Lang::En.texts();
    assert_eq!(
        made_at(t, (2026, 10, 25), (9, 5), 60),
        "25 November 2026, 09:05 (UTC+01:00)"
    );
    assert_eq!(
        made_at(t, (2027, 0, 1), (23, 59), -330),
        "1 January 2027, 23:59 (UTC-05:30)"
    );
    assert_eq!(
        made_at(t, (2026, 5, 30), (0, 0), 0),
        "30 June 2026, 00:00 (UTC+00:00)"
    );
}

#[test]
fn the_fhir_file_name_and_authored_time() {
    use oih_checklist::summary::{authored, fhir_file_name};
    assert_eq!(
        fhir_file_name((2026, 10, 5)),
        "oih-checklist-answers-2026-11-05.json"
    );
    assert_eq!(
        authored((2026, 10, 25), (16, 4, 9), 60),
        "2026-11-25T16:04:09+01:00"
    );
    assert_eq!(
        authored((2027, 0, 1), (0, 0, 0), -210),
        "2027-01-01T00:00:00-03:30"
    );
}

/// Every question that applies to someone taking opioids for over 3 months,
/// with no dose increase, answered `no`, with `changes` on top.
fn answered(changes: Value) -> Value {
    let mut answers = json!({ "seizure": "no", "opioid_use": "current", "duration": "over_3_months",
        "dose_increased": "no", "kidney": "no", "liver": "no", "pain_worse_despite_dose": "no",
        "more_sensitive": "no", "pain_spread": "no", "allodynia": "no", "pain_different": "no",
        "myoclonus": "no" });
    for (k, v) in changes.as_object().unwrap() {
        answers[k] = v.clone();
    }
    json!({ "answers": answers })
}

/// The lines under "Your result", up to the next heading.
fn result_lines(text: &str) -> Vec<&str> {
    let start = text.find("Your result\n").unwrap();
    text[start..]
        .lines()
        .skip(2)
        .take_while(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_overdose_signs_and_what_to_do_are_one_short_paragraph() {
    // The widget shows them as lists; the page for the doctor runs them in,
    // so a typical checklist fits on one page.
    let (text, html) = summary(answered(json!({})), 0);
    let paragraph = "Signs of an overdose: Someone who takes opioids may be having an overdose if they: are very sleepy or cannot be woken up; have slow, shallow or stopped breathing; make snoring or gurgling sounds; have blue or grey lips or fingertips; have very small pupils (the black centre of the eye); are confused. What to do: Call your local emergency number. If you have naloxone, give it. Stay with the person until help comes. [C1]";
    assert!(text.lines().any(|l| l == paragraph), "{text}");
    assert!(html.contains(&("<p>".to_string() + paragraph + "</p>")));
}

#[test]
fn naloxone_is_for_everyone_and_names_this_persons_answers_first() {
    // No answer shows a higher risk: the groups, and no "Your answers show".
    let (text, _) = summary(answered(json!({})), 0);
    assert!(text.contains("Naloxone: Ask your doctor or pharmacist about naloxone."));
    assert!(!text.contains("Your answers show:"), "{text}");
    // The other groups at higher risk are the widget's (texts tests); the
    // doctor's page keeps what these answers show.
    assert!(!text.contains("benzodiazepines"), "{text}");
    assert!(text.contains("does not protect you from an overdose. [F1, C1]"));
    assert!(text.contains("F1. U.S. Food and Drug Administration. FDA Drug Safety Communication"));

    // Kidney disease: named first, before the groups the checklist cannot see.
    let (text, _) = summary(answered(json!({ "kidney": "yes" })), 0);
    let naloxone = &text[text.find("Naloxone: ").unwrap()..];
    assert!(
        naloxone.contains("where you keep it. Your answers show: kidney disease. A tablet"),
        "{naloxone}"
    );
    assert!(!naloxone.contains("kidney or liver problems"));

    // Never taking opioids: no naloxone at all, and F1 is not cited.
    let (text, _) = summary(
        json!({ "answers": { "seizure": "no", "opioid_use": "never" } }),
        0,
    );
    assert!(
        !text.contains("naloxone") && !text.contains("F1."),
        "{text}"
    );
}

#[test]
fn a_seizure_a_doctor_has_checked_has_its_own_headline() {
    let (text, html) = summary(answered(json!({ "seizure": "yes_checked" })), 0);
    assert_eq!(
        result_lines(&text)[..2],
        [
            "Tell your doctor about the seizure in the next few days",
            "If you take opioids, tell the doctor who prescribes or reviews them. Some opioids can make a seizure more likely, tramadol most of all. If you have another seizure, get emergency help: call your local emergency number.",
        ]
    );
    assert!(
        html.contains("<strong>Tell your doctor about the seizure in the next few days</strong>")
    );
    assert!(!text.contains("Get emergency help now"));
    assert!(text.contains("New seizure in the last 4 weeks: Yes, and a doctor has checked it"));
    // Whatever opioid_use is; while questions are left it is "so far".
    let (text, _) = summary(
        json!({ "answers": { "seizure": "yes_checked", "opioid_use": "never" } }),
        0,
    );
    assert_eq!(
        result_lines(&text)[0],
        "Tell your doctor about the seizure in the next few days"
    );
    let (text, _) = summary(
        json!({ "answers": { "seizure": "yes_checked", "opioid_use": "current" } }),
        0,
    );
    assert_eq!(
        result_lines(&text)[0],
        "So far: Tell your doctor about the seizure in the next few days"
    );
}

#[test]
fn a_seizure_not_yet_checked_reads_in_full_on_the_summary() {
    let (text, _) = summary(
        json!({ "answers": { "seizure": "yes", "opioid_use": "never" } }),
        0,
    );
    assert!(text.contains("New seizure in the last 4 weeks: Yes, not checked by a doctor yet"));
}

#[test]
fn few_signs_with_signs_not_sure_about_says_how_many() {
    let (text, _) = summary(
        answered(json!({ "allodynia": "unsure", "myoclonus": "unsure" })),
        0,
    );
    let lines = result_lines(&text);
    assert_eq!(
        lines[0],
        "Talk about this at your next doctor's appointment"
    );
    assert!(lines.contains(&"Your answers show no \"yes\" to any of the signs doctors look for in OIH, and you were not sure about 2 of them."), "{lines:?}");
    assert!(!text.contains("none of the signs"));

    let (text, _) = summary(answered(json!({ "allodynia": "unsure" })), 0);
    assert!(text.contains("and you were not sure about 1 of them."));

    let (text, _) = summary(answered(json!({})), 0);
    assert!(result_lines(&text)
        .contains(&"Your answers show no \"yes\" to any of the signs doctors look for in OIH."));
}

#[test]
fn before_the_last_answer_nothing_reads_as_reassurance() {
    // Every sign answered no, one question (liver) left.
    let mut input = answered(json!({}));
    input["answers"].as_object_mut().unwrap().remove("liver");
    let (text, _) = summary(input, 0);
    let lines = result_lines(&text);
    assert_eq!(lines[0], "Answer the other questions to see your result");
    assert!(lines.contains(&"This is your result so far. 1 question is left. Your result may change when you answer it."), "{lines:?}");
    for reassuring in [
        "no \"yes\"",
        "did not answer yes",
        "Why you got this result",
        "Keep an eye on your pain",
    ] {
        assert!(!text.contains(reassuring), "{reassuring} in {text}");
    }
    // Two left: plural.
    let mut input = answered(json!({}));
    input["answers"].as_object_mut().unwrap().remove("liver");
    input["answers"].as_object_mut().unwrap().remove("kidney");
    let (text, _) = summary(input, 0);
    assert!(text.contains("2 questions are left. Your result may change when you answer them."));
}

#[test]
fn pain_that_got_better_is_not_told_it_keeps_getting_worse() {
    let (text, _) = summary(
        answered(json!({ "dose_increased": "yes", "response_to_increase": "better" })),
        0,
    );
    let lines = result_lines(&text);
    assert_eq!(lines[..2], ["Keep an eye on your pain", "Talk to a doctor if your pain gets worse or changes. Worse pain is worth raising, whatever the cause."]);
    assert!(!text.contains("keeps getting worse"), "{text}");
    assert!(text.contains("points more to tolerance"));
}

#[test]
fn twitching_warns_about_sleepiness_and_confusion_also_with_a_doctor_today() {
    for seizure in ["no", "unsure"] {
        let (text, _) = summary(
            answered(json!({ "seizure": seizure, "myoclonus": "yes" })),
            0,
        );
        assert!(
            text.contains("If you are also very sleepy, hard to wake, or breathing slowly, call your local emergency number now. If you are confused, contact a doctor today. [S0, S10]"),
            "{seizure}: {text}"
        );
    }
}

#[test]
fn after_a_recent_stop_the_medicines_are_those_taken_before_it() {
    let mut input = answered(json!({ "opioid_use": "stopped_recently", "more_sensitive": "yes" }));
    input["answers"].as_object_mut().unwrap().remove("duration");
    input["medications"] = json!([{ "drug": "oxycodone", "amount": 20, "times_per_day": 3 }]);
    let (text, _) = summary(input, 0);
    assert!(text.contains("Opioid medicines taken before the recent stop or cut-down\n"));
    // The risk factors by name (the widget explains each one).
    assert!(
        text.contains(
            "High daily dose before you stopped; Recent stop or cut-down. [C1, S0, S2, S4, S6]"
        ),
        "{text}"
    );
    assert!(text.contains("Your answers show: a daily dose of 50 MME or more before you stopped; a recent stop or cut-down."));
    assert!(!text.contains("Your medicines add up to"), "{text}");
}

mod diary {
    //! The pain diary in the summary, when the person includes it.

    use super::*;
    use oih_checklist::diary::{CivilDate, Diary, Entry, Peg};
    use oih_checklist::summary::{parts_with_diary, Part, DIARY_ENTRIES_SHOWN};

    /// `count` weekly entries from 5 January 2026, oxycodone 20 mg once a
    /// day (30 MME) until the 30th entry, then 40 mg (60 MME), the pain
    /// score 4.0 then 6.0; the first entry's note is `first_note`.
    fn weekly(count: i64, first_note: &str) -> Diary {
        let start = CivilDate::parse("2026-01-05").unwrap();
        let entries = (0..count).map(|i| {
            let mg = if i < 30 { 20 } else { 40 };
            let p = if i < 30 { 4 } else { 6 };
            let input = json!({"answers": {}, "medications": [
                {"drug": "oxycodone", "amount": mg, "times_per_day": 1}]});
            Entry::new(
                start.add_days(i * 7).unwrap(),
                Peg::new(p, p, p).unwrap(),
                parse_input(&input.to_string()).unwrap().medications,
                if i == 0 { first_note } else { "" },
            )
            .unwrap()
        });
        Diary::from_entries(entries.collect()).unwrap()
    }

    fn with_diary(diary: Option<&Diary>) -> Vec<Part> {
        let input = parse_input(&full_vignette().to_string()).unwrap();
        let t = Lang::En.texts();
        parts_with_diary(t, &input, &assess(&input), MADE, 0, FILE, &[], diary)
    }

    #[test]
    fn no_diary_or_an_empty_one_changes_nothing() {
        let input = parse_input(&full_vignette().to_string()).unwrap();
        let t = Lang::En.texts();
        let plain = parts(t, &input, &assess(&input), MADE, 0, FILE, &[]);
        assert_eq!(with_diary(None), plain);
        assert_eq!(with_diary(Some(&Diary::new())), plain);
        assert!(!to_text(&plain).contains("Pain diary"));
    }

    #[test]
    fn a_short_diary_is_all_there_with_its_chart_and_table() {
        let d = weekly(3, "<script>alert(1)</script> & more");
        let p = with_diary(Some(&d));
        let text = to_text(&p);
        let html = to_html(&p);
        assert!(text.contains("\nPain diary\n----------\n"));
        assert!(text.contains(
            "3 entries from 5 January to 19 January 2026: pain score 4.0, dose 30 MME a day."
        ));
        assert!(!text.contains("earlier entr"));
        assert!(text.contains(
            "- Date: 5 January 2026; PEG score: 4.0; Pain: 4; Enjoyment: 4; Activity: 4; MME a day: 30; Medicines: Oxycodone 20 mg; Note: <script>alert(1)</script> & more\n"
        ));
        assert!(
            !text.contains("<svg"),
            "the text has the table, not the chart"
        );
        // The chart inline in the HTML, before the table; the note escaped.
        let chart = html
            .find("<figure class=\"oih-summary-chart\"><svg")
            .unwrap();
        let table = html[chart..].find("</figure><table>").unwrap();
        assert!(table > 0);
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"));
        assert!(!html.contains("<script"));
        // After the answers, before the disclaimer.
        let diary_at = text.find("Pain diary").unwrap();
        assert!(text.find("Estimated daily dose").unwrap() < diary_at);
        assert!(text.find("It is not a diagnosis").unwrap() > diary_at);
        // The rest of the summary is unchanged.
        let plain = with_diary(None);
        for part in &plain {
            assert!(p.contains(part), "{part:?}");
        }
    }

    #[test]
    fn a_long_diary_shows_its_last_26_entries_and_says_how_many_more() {
        let d = weekly(40, "");
        let text = to_text(&with_diary(Some(&d)));
        assert_eq!(DIARY_ENTRIES_SHOWN, 26);
        assert!(
            text.contains("26 entries from 13 April to 5 October 2026: pain score 4.0 to 6.0, dose 30 to 60 MME a day."),
            "{text}"
        );
        assert!(text.contains("And 14 earlier entries, in the diary file."));
        let rows = text.lines().filter(|l| l.starts_with("- Date: ")).count();
        assert_eq!(rows, 26);
        assert!(
            !text.contains("- Date: 6 April 2026;"),
            "the 14th is left out"
        );
        assert!(text.contains("- Date: 13 April 2026;"));
        assert!(text.contains("- Date: 5 October 2026;"));
        let html = to_html(&with_diary(Some(&d)));
        assert_eq!(
            html.matches("<circle").count(),
            26 + 1,
            "26 points + legend"
        );
        // 27 entries: "1 earlier entry".
        let text = to_text(&with_diary(Some(&weekly(27, ""))));
        assert!(text.contains("And 1 earlier entry, in the diary file."));
        let text = to_text(&with_diary(Some(&weekly(26, ""))));
        assert!(!text.contains("earlier entr"));
        assert_eq!(
            text.lines().filter(|l| l.starts_with("- Date: ")).count(),
            26
        );
    }

    #[test]
    fn the_observations_with_their_dates() {
        // Entry 30 (3 August 2026): the dose went from 30 to 60 MME a day
        // and the pain score from 4.0 to 6.0.
        let text = to_text(&with_diary(Some(&weekly(40, ""))));
        assert!(text.contains(
            "Observations (each between two entries at most 6 weeks apart):\n- 27 July 2026 to 3 August 2026: the pain score went up from 4.0 to 6.0 after the dose went up from 30 to 60 MME a day.\n"
        ), "{text}");
        let text = to_text(&with_diary(Some(&weekly(10, ""))));
        assert!(!text.contains("Observations"), "none: nothing said");
    }

    /// A Spanish summary's diary part is Spanish too: its heading, line,
    /// table, chart and observations (numbers in sentences with a decimal
    /// comma, the table's cells as the checklist's table writes them).
    #[cfg(feature = "lang-es")]
    #[test]
    fn in_a_spanish_summary_the_diary_is_spanish() {
        use oih_checklist::texts::review::diary_texts;
        let input = parse_input(&full_vignette().to_string()).unwrap();
        let t = Lang::Es.texts();
        let d = weekly(40, "");
        let p = parts_with_diary(t, &input, &assess(&input), MADE, 0, FILE, &[], Some(&d));
        let (text, html) = (to_text(&p), to_html(&p));
        assert!(
            text.contains("\nDiario del dolor\n----------------\n"),
            "{text}"
        );
        assert!(text.contains(
            "26 registros del 13 de abril al 5 de octubre de 2026: puntuación de dolor de 4,0 a 6,0; dosis de 30 a 60 MME al día."
        ), "{text}");
        assert!(text.contains("Y 14 registros anteriores, que están en el archivo del diario."));
        assert!(text.contains(
            "- Fecha: 13 de abril de 2026; Puntuación PEG: 4,0; Dolor: 4; Disfrute: 4; Actividad: 4; MME al día: 30; Medicamentos: Oxicodona 20 mg; Nota: \n"
        ), "{text}");
        assert!(text.contains(
            "Observaciones (cada una entre dos registros separados por 6 semanas como máximo):\n- Del 27 de julio de 2026 al 3 de agosto de 2026: la puntuación de dolor subió de 4,0 a 6,0 después de que la dosis subió de 30 a 60 MME al día.\n"
        ), "{text}");
        assert!(html.contains(
            "<title>Puntuación de dolor y dosis diaria de opioides a lo largo del tiempo</title>"
        ));
        assert!(html.contains(">Más dolor tras más dosis</text>"));
        // No English text of the diary is left (those of three words or more).
        for (key, _, english) in diary_texts(Lang::En.diary_texts()) {
            if english.split(' ').count() >= 3 {
                assert!(
                    !text.contains(&english) && !html.contains(&english),
                    "{key}: {english}"
                );
            }
        }
    }
}

/// Every vignette's summary in Spanish: no English sentence of the
/// checklist's texts is left in it, and its Spanish lines are there.
#[cfg(feature = "lang-es")]
#[test]
fn the_spanish_summary_has_no_english_sentence_left() {
    use oih_checklist::texts::review::groups;
    let english: Vec<String> = groups(Lang::En, Lang::Es)
        .into_iter()
        .flat_map(|g| g.rows)
        .filter(|row| row.texts[0] != row.texts[1] && row.texts[0].split(' ').count() >= 3)
        .map(|row| row.texts[0].clone())
        .collect();
    assert!(english.len() > 200, "{}", english.len());
    let root = env!("CARGO_MANIFEST_DIR");
    let mut checked = 0;
    for file in ["clinical.jsonl", "v2.jsonl", "v3.jsonl"] {
        let text = std::fs::read_to_string(format!("{root}/tests/vignettes/{file}")).unwrap();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let case: Value = serde_json::from_str(line).unwrap();
            let Ok(input) = parse_input(&case["input"].to_string()) else {
                continue;
            };
            let t = Lang::Es.texts();
            let p = parts(
                t,
                &input,
                &assess(&input),
                "6 de diciembre de 2026, 16:40 (UTC+01:00)",
                0,
                FILE,
                &[],
            );
            let (text, html) = (to_text(&p), to_html(&p));
            for sentence in &english {
                assert!(
                    !text.contains(sentence.as_str()),
                    "{file} {}: English left in the Spanish summary: {sentence}",
                    case["why"]
                );
            }
            assert!(text.contains("Importante"), "{}", case["why"]);
            assert!(
                html.contains("lang=\"es\"") || !html.contains("lang="),
                "{}",
                case["why"]
            );
            checked += 1;
        }
    }
    assert!(checked >= 30, "{checked}");
}

#[cfg(feature = "lang-es")]
#[test]
fn the_spanish_summary_writes_decimals_with_a_comma() {
    let input = parse_input(
        &json!({"answers": {"opioid_use": "current"},
            "medications": [{ "drug": "tramadol", "amount": 37.5, "times_per_day": 2 },
                            { "drug": "fentanyl_patch", "amount": 12.5 }]})
        .to_string(),
    )
    .unwrap();
    let p = parts(
        Lang::Es.texts(),
        &input,
        &assess(&input),
        MADE,
        0,
        FILE,
        &[],
    );
    let text = to_text(&p);
    assert!(text.contains("37,5 mg"), "{text}");
    assert!(text.contains("12,5 mcg/h"), "{text}");
    assert!(text.contains("0,2"), "tramadol's factor: {text}");
    assert!(!text.contains("37.5") && !text.contains("0.2 "), "{text}");
    // English keeps the point.
    let p = parts(
        Lang::En.texts(),
        &input,
        &assess(&input),
        MADE,
        0,
        FILE,
        &[],
    );
    assert!(to_text(&p).contains("37.5 mg"));
}
