//! The pain diary's core (clinical-content.md v3, "The pain diary"): the MME
//! of each entry, the PEG score, the observations and their 6-week window,
//! the diary's rules (one entry a day, the limit, edit, delete), the diary
//! file (every kind of bad file, all or nothing, merging by date) and,
//! for any diary, export then import gives it back.
#![cfg(not(target_arch = "wasm32"))]

use oih_checklist::assessment::{Medication, Problem};
use oih_checklist::content::drugs::{Purpose, DRUGS};
use oih_checklist::decimal::Decimal;
use oih_checklist::diary::fhir as diary_fhir;
use oih_checklist::diary::file::{self, ImportError};
use oih_checklist::diary::{
    CivilDate, Diary, DiaryError, DiaryProblem, DoseChange, Entry, EntryField, Observation,
    OnConflict, Peg, MAX_ENTRIES, NOTE_MAX_CHARS,
};
use proptest::prelude::*;
use serde_json::{json, Value};

fn date(text: &str) -> CivilDate {
    CivilDate::parse(text).unwrap()
}

fn medicines(list: Value) -> Vec<Medication> {
    let input = json!({"answers": {}, "medications": list});
    oih_checklist::contract::parse_input(&input.to_string())
        .unwrap()
        .medications
}

/// Oxycodone `mg` once a day: `mg` x 1.5 MME.
fn oxycodone(mg: u32) -> Value {
    json!([{"drug": "oxycodone", "amount": mg, "times_per_day": 1}])
}

fn entry(day: &str, peg: [u8; 3], meds: Value) -> Entry {
    Entry::new(
        date(day),
        Peg::new(peg[0], peg[1], peg[2]).unwrap(),
        medicines(meds),
        "",
    )
    .unwrap()
}

fn diary(entries: Vec<Entry>) -> Diary {
    Diary::from_entries(entries).unwrap()
}

fn mme(value: &str) -> Decimal {
    Decimal::parse_json_literal(value).unwrap()
}

#[test]
fn each_entry_has_the_checklist_s_mme_or_unknown() {
    let e = entry(
        "2026-01-05",
        [5, 5, 5],
        json!([{"drug": "oxycodone", "amount": 10, "per_dose": 2, "times_per_day": 3},
               {"drug": "fentanyl_patch", "amount": 25}]),
    );
    assert_eq!(
        e.daily_mme(),
        Some(mme("150")),
        "90 + 60, as in the contract"
    );
    assert_eq!(e.mme().per_day, Some(mme("150")));
    // 0.15 x 30 x 4 = 18 exactly, never a binary fraction.
    let codeine = entry(
        "2026-01-05",
        [5, 5, 5],
        json!([{"drug": "codeine", "amount": 30, "times_per_day": 4}]),
    );
    assert_eq!(
        codeine.daily_mme().map(|d| d.to_text()),
        Some("18.0".into())
    );

    let none = entry("2026-01-05", [5, 5, 5], json!([]));
    assert_eq!(none.daily_mme(), None, "nothing entered: unknown");

    // A medicine without a factor: the checklist's total leaves it out and
    // names it; the diary cannot compare that total, so it is unknown.
    let partial = entry(
        "2026-01-05",
        [5, 5, 5],
        json!([{"drug": "oxycodone", "amount": 10, "times_per_day": 3},
               {"drug": "buprenorphine"}]),
    );
    assert_eq!(partial.mme().per_day, Some(mme("45")));
    assert_eq!(partial.mme().unconverted, ["buprenorphine"]);
    assert_eq!(partial.daily_mme(), None);

    // Taken for opioid use disorder: not counted (C1), not compared.
    let oud = json!({"drug": "methadone", "amount": 60, "times_per_day": 1, "purpose": "opioid_use_disorder"});
    let only_oud = entry("2026-01-05", [5, 5, 5], json!([oud]));
    assert_eq!(only_oud.daily_mme(), None);
    assert_eq!(only_oud.mme().excluded, ["methadone"]);
    let with_oud = entry(
        "2026-01-05",
        [5, 5, 5],
        json!([oud, {"drug": "morphine", "amount": 15, "times_per_day": 2}]),
    );
    assert_eq!(with_oud.daily_mme(), Some(mme("30")));
}

#[test]
fn the_peg_score_is_the_exact_mean_shown_to_one_decimal() {
    let score = |peg: [u8; 3]| entry("2026-01-05", peg, json!([])).score();
    assert_eq!(score([4, 4, 5]).to_text(), "4.3");
    assert_eq!(score([4, 5, 5]).to_text(), "4.7");
    assert_eq!(score([0, 0, 0]).to_text(), "0.0");
    assert_eq!(score([10, 10, 10]).to_text(), "10.0");
    assert_eq!(score([7, 8, 9]).to_text(), "8.0");
}

/// Two entries `days` apart, the dose going from `mme_from` to `mme_to`
/// (oxycodone mg), the PEG answers as given.
fn pair(days: i64, dose: (u32, u32), pegs: ([u8; 3], [u8; 3])) -> Diary {
    let first = date("2026-03-01");
    let second = first.add_days(days).unwrap();
    diary(vec![
        entry(&first.to_text(), pegs.0, oxycodone(dose.0)),
        entry(&second.to_text(), pegs.1, oxycodone(dose.1)),
    ])
}

#[test]
fn pain_up_after_dose_up_within_six_weeks() {
    for days in [1, 7, 41, 42] {
        let observations = pair(days, (20, 40), ([4, 4, 4], [5, 5, 5])).observations();
        let [Observation::PainUpAfterDoseUp(up)] = observations.as_slice() else {
            panic!("{days} days: {observations:?}");
        };
        assert_eq!(
            (up.from, up.to.to_text()),
            (
                date("2026-03-01"),
                date("2026-03-01").add_days(days).unwrap().to_text()
            )
        );
        assert_eq!((up.mme_from, up.mme_to), (mme("30"), mme("60")));
        assert_eq!(
            (up.score_from.to_text(), up.score_to.to_text()),
            ("4.0".into(), "5.0".into())
        );
    }
    assert_eq!(
        pair(43, (20, 40), ([4, 4, 4], [5, 5, 5])).observations(),
        []
    );
    assert_eq!(
        pair(300, (20, 40), ([0, 0, 0], [10, 10, 10])).observations(),
        []
    );
}

#[test]
fn pain_down_after_dose_up() {
    let observations = pair(42, (20, 40), ([6, 6, 6], [5, 5, 5])).observations();
    let [Observation::PainDownAfterDoseUp(down)] = observations.as_slice() else {
        panic!("{observations:?}");
    };
    assert_eq!((down.score_from.sum(), down.score_to.sum()), (18, 15));
    assert_eq!(
        pair(43, (20, 40), ([6, 6, 6], [5, 5, 5])).observations(),
        []
    );
}

#[test]
fn a_point_means_a_whole_point() {
    // Up by exactly 1 (4.0 to 5.0; 4.3 to 5.3).
    assert!(matches!(
        pair(7, (20, 40), ([4, 4, 4], [4, 4, 7])).observations()[..],
        [Observation::PainUpAfterDoseUp(_)]
    ));
    assert!(matches!(
        pair(7, (20, 40), ([4, 4, 5], [5, 5, 6])).observations()[..],
        [Observation::PainUpAfterDoseUp(_)]
    ));
    // Just under a point. A mean of three whole numbers moves in thirds, so
    // the closest to 0.9 is 2/3: shown 4.0 to 4.7, or 4.3 to 5.0 (0.7).
    assert_eq!(pair(7, (20, 40), ([4, 4, 4], [4, 5, 5])).observations(), []);
    assert_eq!(pair(7, (20, 40), ([4, 4, 5], [5, 5, 5])).observations(), []);
    assert_eq!(pair(7, (20, 40), ([4, 5, 5], [4, 4, 4])).observations(), []);
    assert!(matches!(
        pair(7, (20, 40), ([4, 4, 7], [4, 4, 4])).observations()[..],
        [Observation::PainDownAfterDoseUp(_)]
    ));
    assert_eq!(pair(7, (20, 40), ([4, 4, 4], [4, 4, 4])).observations(), []);
}

#[test]
fn nothing_for_a_dose_that_went_down_or_stayed_or_is_unknown() {
    assert_eq!(pair(7, (40, 20), ([4, 4, 4], [8, 8, 8])).observations(), []);
    assert_eq!(pair(7, (40, 20), ([8, 8, 8], [4, 4, 4])).observations(), []);
    assert_eq!(pair(7, (20, 20), ([4, 4, 4], [8, 8, 8])).observations(), []);
    let unknown = json!([{"drug": "other"}]);
    let with_unknown = |first: Value, second: Value| {
        diary(vec![
            entry("2026-03-01", [2, 2, 2], first),
            entry("2026-03-08", [8, 8, 8], second),
        ])
    };
    assert_eq!(
        with_unknown(oxycodone(20), unknown.clone()).observations(),
        []
    );
    assert_eq!(
        with_unknown(unknown.clone(), oxycodone(20)).observations(),
        []
    );
    assert_eq!(with_unknown(json!([]), oxycodone(20)).observations(), []);
    let partial =
        json!([{"drug": "oxycodone", "amount": 40, "times_per_day": 1}, {"drug": "heroin"}]);
    assert_eq!(with_unknown(oxycodone(20), partial).observations(), []);
}

#[test]
fn only_neighbouring_entries_are_compared() {
    // An entry of unknown dose between two: nothing, even within 6 weeks.
    let d = diary(vec![
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
        entry("2026-03-08", [5, 5, 5], json!([])),
        entry("2026-03-15", [8, 8, 8], oxycodone(40)),
    ]);
    assert_eq!(d.observations(), []);
    // The increase is seen between the two entries around it, not from the
    // first entry of the old dose.
    let d = diary(vec![
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
        entry("2026-03-08", [3, 3, 3], oxycodone(20)),
        entry("2026-03-15", [4, 4, 4], oxycodone(40)),
        entry("2026-03-22", [9, 9, 9], oxycodone(40)),
    ]);
    let [Observation::PainUpAfterDoseUp(up)] = d.observations()[..] else {
        panic!("{:?}", d.observations());
    };
    assert_eq!((up.from, up.to), (date("2026-03-08"), date("2026-03-15")));
    // Added in any order, compared in date order.
    let d = diary(vec![
        entry("2026-03-15", [9, 9, 9], oxycodone(40)),
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
    ]);
    assert_eq!(d.observations().len(), 1);
    // Several, oldest first.
    let d = diary(vec![
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
        entry("2026-03-08", [5, 5, 5], oxycodone(30)),
        entry("2026-03-15", [3, 3, 3], oxycodone(40)),
    ]);
    let kinds: Vec<_> = d
        .observations()
        .iter()
        .map(|o| matches!(o, Observation::PainUpAfterDoseUp(_)))
        .collect();
    assert_eq!(kinds, [true, false]);
}

#[test]
fn dose_changes_mark_each_entry_whose_mme_differs_from_the_previous() {
    let d = diary(vec![
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
        entry("2026-03-08", [2, 2, 2], oxycodone(20)),
        entry("2026-03-15", [2, 2, 2], oxycodone(40)),
        entry("2026-03-22", [2, 2, 2], json!([])),
        entry("2026-03-29", [2, 2, 2], json!([])),
        entry("2026-04-05", [2, 2, 2], oxycodone(10)),
    ]);
    assert_eq!(
        d.dose_changes(),
        [
            DoseChange {
                date: date("2026-03-15"),
                from: Some(mme("30")),
                to: Some(mme("60"))
            },
            DoseChange {
                date: date("2026-03-22"),
                from: Some(mme("60")),
                to: None
            },
            DoseChange {
                date: date("2026-04-05"),
                from: None,
                to: Some(mme("15"))
            },
        ]
    );
    // The same total written differently is no change (20 mg once = 10 mg twice).
    let d = diary(vec![
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
        entry(
            "2026-03-08",
            [2, 2, 2],
            json!([{"drug": "oxycodone", "amount": 10, "times_per_day": 2}]),
        ),
    ]);
    assert_eq!(d.dose_changes(), []);
    assert_eq!(Diary::new().dose_changes(), []);
}

#[test]
fn one_entry_a_day_edit_and_delete() {
    let mut d = Diary::new();
    assert!(d.is_empty());
    d.add(entry("2026-03-08", [2, 2, 2], oxycodone(20)))
        .unwrap();
    assert!(!d.is_empty());
    d.add(entry("2026-03-01", [1, 1, 1], oxycodone(20)))
        .unwrap();
    assert_eq!(
        d.add(entry("2026-03-08", [9, 9, 9], json!([]))),
        Err(DiaryError::DateTaken(date("2026-03-08")))
    );
    assert_eq!(
        d.get(date("2026-03-08")).unwrap().score().sum(),
        6,
        "not replaced"
    );
    let dates: Vec<_> = d.entries().iter().map(|e| e.date().to_text()).collect();
    assert_eq!(dates, ["2026-03-01", "2026-03-08"]);
    assert_eq!(d.last().unwrap().date(), date("2026-03-08"));

    // Edit in place.
    let old = d
        .replace(
            date("2026-03-08"),
            entry("2026-03-08", [7, 7, 7], json!([])),
        )
        .unwrap();
    assert_eq!(old.score().sum(), 6);
    assert_eq!(d.get(date("2026-03-08")).unwrap().score().sum(), 21);
    // Edit the date too: it moves, and the order holds.
    d.replace(
        date("2026-03-08"),
        entry("2026-02-20", [7, 7, 7], json!([])),
    )
    .unwrap();
    let dates: Vec<_> = d.entries().iter().map(|e| e.date().to_text()).collect();
    assert_eq!(dates, ["2026-02-20", "2026-03-01"]);
    // Not onto another entry's day, and not an entry that is not there.
    let before = d.clone();
    assert_eq!(
        d.replace(
            date("2026-02-20"),
            entry("2026-03-01", [0, 0, 0], json!([]))
        ),
        Err(DiaryError::DateTaken(date("2026-03-01")))
    );
    assert_eq!(
        d.replace(
            date("2026-04-01"),
            entry("2026-04-01", [0, 0, 0], json!([]))
        ),
        Err(DiaryError::NotFound(date("2026-04-01")))
    );
    assert_eq!(d, before, "a refused change changes nothing");
    let moved = entry("2026-02-20", [1, 2, 3], json!([])).with_date(date("2026-05-01"));
    assert_eq!(moved.date(), date("2026-05-01"));

    assert_eq!(d.delete(date("2026-02-20")).unwrap().score().sum(), 21);
    assert_eq!(d.delete(date("2026-02-20")), None);
    assert_eq!(d.len(), 1);
    assert_eq!(
        Diary::from_entries(vec![
            entry("2026-03-08", [2, 2, 2], json!([])),
            entry("2026-03-08", [3, 3, 3], json!([])),
        ]),
        Err(DiaryError::DateTaken(date("2026-03-08")))
    );
}

fn daily(count: usize) -> Vec<Entry> {
    let start = date("2020-01-01");
    (0..count)
        .map(|i| {
            entry(
                &start.add_days(i as i64).unwrap().to_text(),
                [1, 2, 3],
                json!([]),
            )
        })
        .collect()
}

#[test]
fn at_most_five_years_of_daily_entries() {
    assert_eq!(MAX_ENTRIES, 1827);
    let full = Diary::from_entries(daily(MAX_ENTRIES)).unwrap();
    assert_eq!(
        full.entries().last().unwrap().date(),
        date("2024-12-31"),
        "2020 to 2024, two leap years"
    );
    let mut more = full.clone();
    assert_eq!(
        more.add(entry("2025-01-01", [0, 0, 0], json!([]))),
        Err(DiaryError::Full {
            needed: MAX_ENTRIES + 1
        })
    );
    assert_eq!(more, full);
    assert_eq!(
        Diary::from_entries(daily(MAX_ENTRIES + 1)),
        Err(DiaryError::Full {
            needed: MAX_ENTRIES + 1
        })
    );
    let mut one_less = Diary::from_entries(daily(MAX_ENTRIES - 1)).unwrap();
    one_less
        .add(entry("2030-01-01", [0, 0, 0], json!([])))
        .unwrap();
}

#[test]
fn a_note_is_at_most_280_characters_not_bytes() {
    let peg = Peg::new(1, 1, 1).unwrap();
    let long = "é".repeat(NOTE_MAX_CHARS); // 560 bytes
    let e = Entry::new(date("2026-01-01"), peg, Vec::new(), &long).unwrap();
    assert_eq!(e.note().unwrap().chars().count(), 280);
    let emoji = "💊".repeat(NOTE_MAX_CHARS);
    assert!(Entry::new(date("2026-01-01"), peg, Vec::new(), &emoji).is_ok());
    assert_eq!(
        Entry::new(date("2026-01-01"), peg, Vec::new(), &"a".repeat(281)),
        Err((EntryField::Note, DiaryProblem::NoteTooLong))
    );
    let padded = format!("  {}\n", "a".repeat(280));
    assert!(
        Entry::new(date("2026-01-01"), peg, Vec::new(), &padded).is_ok(),
        "trimmed first"
    );
    let blank = Entry::new(date("2026-01-01"), peg, Vec::new(), " \n ").unwrap();
    assert_eq!(blank.note(), None);
    assert_eq!(
        Entry::new(
            date("2026-01-01"),
            peg,
            medicines(json!([]))
                .into_iter()
                .chain(std::iter::repeat_n(medicines(oxycodone(5))[0], 11))
                .collect(),
            ""
        ),
        Err((EntryField::Medications, DiaryProblem::TooManyMedicines))
    );
}

// ---- The diary file ----

fn sample() -> Diary {
    let mut note = entry(
        "2026-01-12",
        [6, 5, 7],
        json!([{"drug": "oxycodone", "amount": 10, "per_dose": 2, "times_per_day": 3},
               {"drug": "methadone", "amount": 60, "times_per_day": 1, "purpose": "opioid_use_disorder"},
               {"drug": "fentanyl_patch", "amount": 12.5},
               {"drug": "buprenorphine"}]),
    );
    note = Entry::new(
        note.date(),
        note.peg(),
        note.medications().to_vec(),
        "Bad week \"at\" work, ünïcode",
    )
    .unwrap();
    diary(vec![entry("2026-01-05", [4, 4, 5], oxycodone(20)), note])
}

#[test]
fn the_file_format() {
    let text = sample().export();
    assert!(text.ends_with('\n'));
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        value,
        json!({"format": "oih-diary", "version": 1, "entries": [
            {"date": "2026-01-05", "pain": 4, "enjoyment": 4, "activity": 5,
             "medications": [{"drug": "oxycodone", "amount": 20.0, "times_per_day": 1}]},
            {"date": "2026-01-12", "pain": 6, "enjoyment": 5, "activity": 7,
             "medications": [
                {"drug": "oxycodone", "amount": 10.0, "per_dose": 2, "times_per_day": 3},
                {"drug": "methadone", "amount": 60.0, "times_per_day": 1, "purpose": "opioid_use_disorder"},
                {"drug": "fentanyl_patch", "amount": 12.5},
                {"drug": "buprenorphine"}],
             "note": "Bad week \"at\" work, ünïcode"}]})
    );
    assert_eq!(file::read(&text).unwrap(), sample().entries());
    // Fields in a fixed order: the same diary is the same bytes.
    assert!(text.starts_with(r#"{"format":"oih-diary","version":1,"entries":[{"date":"2026-01-05","pain":4,"enjoyment":4,"activity":5,"medications""#));
    assert_eq!(
        Diary::new().export(),
        "{\"format\":\"oih-diary\",\"version\":1,\"entries\":[]}\n"
    );
}

/// The field and problem of a bad file, after checking that importing it
/// into a diary changes nothing.
fn bad(text: &str) -> (String, DiaryProblem) {
    let mut d = sample();
    let before = d.clone();
    let Err(ImportError::File(error)) = d.import(text, OnConflict::UseFile) else {
        panic!("imported: {text}");
    };
    assert_eq!(d, before, "a failed import changes nothing: {text}");
    assert!(!error.message().is_empty());
    let json: Value = serde_json::from_str(&error.to_json()).unwrap();
    assert_eq!(json["error"]["field"], error.field.as_str());
    (error.field, error.problem)
}

fn with_entries(entries: Value) -> String {
    json!({"format": "oih-diary", "version": 1, "entries": entries}).to_string()
}

fn good_entry() -> Value {
    json!({"date": "2026-02-01", "pain": 1, "enjoyment": 2, "activity": 3})
}

fn entry_with(key: &str, value: Value) -> String {
    let mut e = good_entry();
    e[key] = value;
    // A second, valid entry first: the path names the bad one.
    with_entries(json!([{"date": "2026-01-31", "pain": 0, "enjoyment": 0, "activity": 0}, e]))
}

fn problem(p: Problem) -> DiaryProblem {
    DiaryProblem::Checklist(p)
}

#[test]
fn a_file_that_is_not_a_diary() {
    assert!(
        matches!(bad("not json"), (f, DiaryProblem::Checklist(Problem::NotJson(_))) if f == "input")
    );
    assert_eq!(bad("[]"), ("input".into(), problem(Problem::NotAnObject)));
    assert_eq!(bad("{}"), ("format".into(), DiaryProblem::NotADiary));
    // A checklist input, or a FHIR resource, is not a diary.
    assert_eq!(
        bad(r#"{"answers":{}}"#),
        ("format".into(), DiaryProblem::NotADiary)
    );
    assert_eq!(
        bad(r#"{"resourceType":"Bundle","type":"collection"}"#),
        ("format".into(), DiaryProblem::NotADiary)
    );
    assert_eq!(
        bad(r#"{"format":"oih-checklist","version":1,"entries":[]}"#),
        ("format".into(), DiaryProblem::NotADiary)
    );
    assert_eq!(
        bad(r#"{"format":1,"version":1,"entries":[]}"#),
        ("format".into(), DiaryProblem::NotADiary)
    );
}

#[test]
fn a_newer_or_unknown_version() {
    let v = |version: &str| format!(r#"{{"format":"oih-diary","version":{version},"entries":[]}}"#);
    assert_eq!(bad(&v("2")), ("version".into(), DiaryProblem::NewerVersion));
    // A newer file may carry fields this version does not know: the
    // version is what is wrong.
    assert_eq!(
        bad(r#"{"format":"oih-diary","version":2,"entries":[],"charts":{}}"#),
        ("version".into(), DiaryProblem::NewerVersion)
    );
    for other in ["0", "1.5", "\"1\"", "null", "-1"] {
        assert_eq!(
            bad(&v(other)),
            ("version".into(), problem(Problem::MustBe("1"))),
            "{other}"
        );
    }
    assert_eq!(
        bad(r#"{"format":"oih-diary","entries":[]}"#),
        ("version".into(), problem(Problem::Missing))
    );
    assert!(file::read(&v("1.0")).is_ok());
}

#[test]
fn a_bad_top_level() {
    assert_eq!(
        bad(r#"{"format":"oih-diary","version":1}"#),
        ("entries".into(), problem(Problem::Missing))
    );
    assert_eq!(
        bad(r#"{"format":"oih-diary","version":1,"entries":{}}"#),
        ("entries".into(), DiaryProblem::NotAList)
    );
    assert_eq!(
        bad(r#"{"format":"oih-diary","version":1,"entries":[],"extra":1}"#),
        ("extra".into(), problem(Problem::UnknownField))
    );
    assert_eq!(
        bad(r#"{"format":"oih-diary","version":1,"version":1,"entries":[]}"#),
        ("version".into(), problem(Problem::DuplicateKey))
    );
    assert_eq!(
        bad(&with_entries(json!([1]))),
        ("entries[0]".into(), problem(Problem::NotAnObject))
    );
    let too_many = Diary::from_entries(daily(MAX_ENTRIES)).unwrap().export();
    assert!(file::read(&too_many).is_ok());
    let value: Value = serde_json::from_str(&too_many).unwrap();
    let mut list = value["entries"].as_array().unwrap().clone();
    list.push(json!({"date": "2030-01-01", "pain": 0, "enjoyment": 0, "activity": 0}));
    assert_eq!(
        bad(&with_entries(Value::Array(list))),
        ("entries".into(), DiaryProblem::TooManyEntries)
    );
}

#[test]
fn a_bad_field_of_an_entry() {
    let at = |key: &str| format!("entries[1].{key}");
    assert_eq!(
        bad(&entry_with("date", json!("2026-02-30"))),
        (at("date"), DiaryProblem::NotADate)
    );
    assert_eq!(
        bad(&entry_with("date", json!("1 Feb 2026"))),
        (at("date"), DiaryProblem::NotADate)
    );
    assert_eq!(
        bad(&entry_with("date", json!(20260201))),
        (at("date"), DiaryProblem::NotADate)
    );
    assert_eq!(
        bad(&entry_with("date", json!("2026-01-31"))),
        (at("date"), DiaryProblem::DateTaken),
        "the same day twice in one file"
    );
    for key in ["pain", "enjoyment", "activity"] {
        assert_eq!(
            bad(&entry_with(key, json!(11))),
            (at(key), DiaryProblem::ScoreOutOfRange)
        );
        assert_eq!(
            bad(&entry_with(key, json!(5.5))),
            (at(key), DiaryProblem::ScoreOutOfRange)
        );
        assert_eq!(
            bad(&entry_with(key, json!(-1))),
            (at(key), DiaryProblem::ScoreOutOfRange)
        );
        assert_eq!(
            bad(&entry_with(key, json!("5"))),
            (at(key), problem(Problem::NotANumber))
        );
        let mut e = good_entry();
        e.as_object_mut().unwrap().remove(key);
        assert_eq!(
            bad(&with_entries(json!([e]))),
            (format!("entries[0].{key}"), problem(Problem::Missing))
        );
    }
    assert_eq!(
        bad(&entry_with("note", json!("x".repeat(281)))),
        (at("note"), DiaryProblem::NoteTooLong)
    );
    assert_eq!(
        bad(&entry_with("note", json!(5))),
        (at("note"), DiaryProblem::NotText)
    );
    assert_eq!(
        bad(&entry_with("mood", json!(5))),
        (at("mood"), problem(Problem::UnknownField))
    );
    let mut e = good_entry();
    e.as_object_mut().unwrap().remove("date");
    assert_eq!(
        bad(&with_entries(json!([e]))),
        ("entries[0].date".into(), problem(Problem::Missing))
    );
}

#[test]
fn a_bad_medicine_is_named_as_the_contract_names_it() {
    let at = |rest: &str| format!("entries[1].medications{rest}");
    let meds = |list: Value| entry_with("medications", list);
    assert_eq!(
        bad(&meds(
            json!([{"drug": "oxycodone", "amount": 5, "times_per_day": 1},
                         {"drug": "oxycodone", "amount": 0, "times_per_day": 1}])
        )),
        (
            at("[1].amount"),
            problem(Problem::AmountOutOfRange(
                oih_checklist::content::drugs::Unit::Mg
            ))
        )
    );
    assert_eq!(
        bad(&meds(json!([{"drug": "aspirin"}]))),
        (at("[0].drug"), problem(Problem::UnknownDrug))
    );
    assert_eq!(
        bad(&meds(json!([{"drug": "oxycodone", "amount": 5}]))),
        (at("[0].times_per_day"), problem(Problem::Missing))
    );
    assert_eq!(
        bad(&meds(
            json!([{"drug": "morphine", "amount": 5, "times_per_day": 1, "purpose": "pain"}])
        )),
        (at("[0].purpose"), problem(Problem::PurposeNotForDrug))
    );
    assert_eq!(bad(&meds(json!({}))), (at(""), problem(Problem::NotAList)));
    let eleven: Vec<Value> = (0..11).map(|_| json!({"drug": "other"})).collect();
    assert_eq!(
        bad(&meds(Value::Array(eleven))),
        (at(""), problem(Problem::TooManyMedicines))
    );
    // A key given twice inside a medicine is found in the file's own text.
    let text = with_entries(json!([good_entry()])).replace(
        r#""activity":3"#,
        r#""activity":3,"medications":[{"drug":"other","drug":"heroin"}]"#,
    );
    assert_eq!(
        bad(&text),
        (
            "entries[0].medications[0].drug".into(),
            problem(Problem::DuplicateKey)
        )
    );
}

#[test]
fn importing_merges_by_date() {
    let file_diary = diary(vec![
        entry("2026-01-05", [4, 4, 5], oxycodone(20)), // the same as in sample()
        entry("2026-01-12", [1, 1, 1], json!([])),     // differs from sample()
        entry("2026-01-19", [2, 2, 2], json!([])),     // new
    ]);
    let text = file_diary.export();

    let mut d = sample();
    let before = d.clone();
    assert_eq!(
        d.import(&text, OnConflict::Stop),
        Err(ImportError::Diary(DiaryError::Conflicts(vec![date(
            "2026-01-12"
        )])))
    );
    assert_eq!(d, before, "stopped: nothing imported");

    let summary = d.import(&text, OnConflict::KeepDiary).unwrap();
    assert_eq!(summary.added, [date("2026-01-19")]);
    assert_eq!(summary.unchanged, [date("2026-01-05")]);
    assert_eq!(summary.kept, [date("2026-01-12")]);
    assert!(summary.replaced.is_empty());
    assert_eq!(d.get(date("2026-01-12")), before.get(date("2026-01-12")));
    assert_eq!(d.len(), 3);

    let mut d = sample();
    let summary = d.import(&text, OnConflict::UseFile).unwrap();
    assert_eq!(summary.replaced, [date("2026-01-12")]);
    assert_eq!(
        d.get(date("2026-01-12")),
        file_diary.get(date("2026-01-12"))
    );
    assert_eq!(
        d.entries().iter().map(|e| e.date()).collect::<Vec<_>>(),
        [date("2026-01-05"), date("2026-01-12"), date("2026-01-19")]
    );

    // The same file again: nothing to do, and no question to ask.
    let again = d.clone();
    let summary = d.import(&text, OnConflict::Stop).unwrap();
    assert_eq!(summary.unchanged.len(), 3);
    assert!(summary.added.is_empty());
    assert_eq!(d, again);

    // Into an empty diary: all of it.
    let mut empty = Diary::new();
    empty.import(&text, OnConflict::Stop).unwrap();
    assert_eq!(empty, file_diary);

    // Too many together: nothing imported.
    let mut full = Diary::from_entries(daily(MAX_ENTRIES - 1)).unwrap();
    let before = full.clone();
    assert_eq!(
        full.import(&text, OnConflict::UseFile),
        Err(ImportError::Diary(DiaryError::Full {
            needed: MAX_ENTRIES + 2
        }))
    );
    assert_eq!(full, before);
    // Exactly full: imported.
    let mut almost = Diary::from_entries(daily(MAX_ENTRIES - 3)).unwrap();
    almost.import(&text, OnConflict::Stop).unwrap();
    assert_eq!(almost.len(), MAX_ENTRIES);
}

// ---- Any diary survives export then import ----

fn medication() -> impl Strategy<Value = Option<Medication>> {
    (
        0..DRUGS.len(),
        proptest::option::of((1u128..=100_000, 0u32..=3)),
        proptest::option::of(1u128..=10),
        proptest::option::of(1u128..=24),
        proptest::option::of(any::<bool>()),
    )
        .prop_map(|(drug, amount, per_dose, times, purpose)| {
            let drug = &DRUGS[drug];
            let amount = amount.map(|(m, s)| Ok(Decimal::new(m, s)));
            let purpose = purpose.map(|oud| {
                Ok(if oud {
                    Purpose::OpioidUseDisorder
                } else {
                    Purpose::Pain
                })
            });
            Medication::check(
                drug,
                amount,
                per_dose.map(|n| Ok(Decimal::from_int(n))),
                times.map(|n| Ok(Decimal::from_int(n))),
                purpose,
            )
            .ok()
        })
}

fn any_entry() -> impl Strategy<Value = Entry> {
    (
        -200_000i64..1_000_000,
        [0u8..=10, 0u8..=10, 0u8..=10],
        proptest::collection::vec(medication(), 0..=10),
        "\\PC{0,280}",
    )
        .prop_map(|(day, peg, meds, note)| {
            Entry::new(
                CivilDate::from_days_since_epoch(day).unwrap(),
                Peg::new(peg[0], peg[1], peg[2]).unwrap(),
                meds.into_iter().flatten().collect(),
                &note,
            )
            .unwrap()
        })
}

fn any_diary() -> impl Strategy<Value = Diary> {
    proptest::collection::vec(any_entry(), 0..30).prop_map(|entries| {
        let mut d = Diary::new();
        for e in entries {
            let _ = d.add(e); // a second entry for a day is refused
        }
        d
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn export_then_import_gives_back_the_same_diary(d in any_diary()) {
        let text = d.export();
        let mut back = Diary::new();
        let summary = back.import(&text, OnConflict::Stop).unwrap();
        prop_assert_eq!(summary.added.len(), d.len());
        prop_assert_eq!(&back, &d);
        prop_assert_eq!(back.export(), text);
        // Through FHIR too: the same entries, so the same MME and score.
        let bundle = diary_fhir::bundle_json(&d);
        let read = diary_fhir::read_bundle(&bundle).unwrap();
        prop_assert_eq!(read.as_slice(), d.entries());
        // And the MME and score of every entry with it.
        for (a, b) in back.entries().iter().zip(d.entries()) {
            prop_assert_eq!(a.daily_mme(), b.daily_mme());
            prop_assert_eq!(a.mme(), b.mme());
            prop_assert_eq!(a.score(), b.score());
        }
    }
}

// ---- FHIR ----

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_published_questionnaire_is_the_rust_output() {
    let path = std::path::Path::new(ROOT).join("www/fhir/Questionnaire-oih-diary.json");
    let published = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        published == diary_fhir::questionnaire_json(),
        "{} differs from the Rust tables; run `make fhir-files` and review the diff",
        path.display()
    );
    let q: Value = serde_json::from_str(&published).unwrap();
    let ids: Vec<_> = q["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "date",
            "pain",
            "enjoyment",
            "activity",
            "peg_score",
            "medications",
            "note"
        ]
    );
    assert_eq!(q["url"], diary_fhir::QUESTIONNAIRE_URL);
    assert_eq!(
        format!(
            "{}|{}",
            q["url"].as_str().unwrap(),
            q["version"].as_str().unwrap()
        ),
        diary_fhir::QUESTIONNAIRE_CANONICAL
    );
    assert_eq!(q["item"][4]["code"][0]["code"], "91147-9");
    // Each PEG question with its LOINC code (src/diary/fhir.rs, peg_code,
    // names the source each was checked against).
    let codes: Vec<(&str, &str)> = (1..4)
        .map(|i| {
            let coding = &q["item"][i]["code"][0];
            assert_eq!(coding["system"], "http://loinc.org");
            assert_eq!(q["item"][i]["code"].as_array().unwrap().len(), 1);
            (
                q["item"][i]["linkId"].as_str().unwrap(),
                coding["code"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        codes,
        [
            ("pain", "75893-8"),
            ("enjoyment", "91145-3"),
            ("activity", "91146-1")
        ]
    );
    assert_eq!(
        q["item"][2]["code"][0]["display"],
        "What number best describes how, during the past week, pain has interfered with your enjoyment of life?"
    );
    assert_eq!(q["item"][6]["maxLength"], 280);
    // The medicines group is the checklist's, item for item.
    let checklist: Value =
        serde_json::from_str(&oih_checklist::fhir::questionnaire_json()).unwrap();
    let group = checklist["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == "medications")
        .unwrap();
    assert_eq!(q["item"][5]["item"], group["item"]);
}

/// The Spanish a `_text` (`_title`...) carries, if any.
#[cfg(feature = "lang-es")]
fn spanish(translated: &Value) -> Option<&str> {
    let translation = &translated["extension"][0];
    assert_eq!(
        translation["url"],
        "http://hl7.org/fhir/StructureDefinition/translation"
    );
    assert_eq!(translation["extension"][0]["valueCode"], "es");
    translation["extension"][1]["valueString"].as_str()
}

#[cfg(feature = "lang-es")]
#[test]
fn the_questionnaire_carries_the_spanish_of_its_own_texts() {
    use oih_checklist::texts::Lang;
    let (en, es) = (Lang::En.diary_texts(), Lang::Es.diary_texts());
    let q: Value = serde_json::from_str(&diary_fhir::questionnaire_json()).unwrap();
    assert_eq!(q["language"], "en");
    assert_eq!(
        (q["title"].as_str(), spanish(&q["_title"])),
        (Some(en.title), Some(es.title))
    );
    assert_eq!(spanish(&q["_description"]), Some(es.description));
    let items = q["item"].as_array().unwrap();
    let texts: Vec<(&str, Option<&str>)> = items
        .iter()
        .map(|i| (i["text"].as_str().unwrap(), spanish(&i["_text"])))
        .collect();
    let both =
        |f: fn(&oih_checklist::texts::diary::DiaryTexts) -> &'static str| (f(en), Some(f(es)));
    assert_eq!(
        texts,
        [
            both(|d| d.date_label),
            both(|d| d.pain_question),
            both(|d| d.enjoyment_question),
            both(|d| d.activity_question),
            both(|d| d.score_label),
            // The medicines group is named as the diary names it, in
            // both languages (not as the checklist's).
            both(|d| d.medicines_title),
            both(|d| d.note_label),
        ]
    );
    assert_ne!(es.medicines_title, Lang::Es.texts().medicines_title);
    // Its items keep the checklist's words, Spanish included.
    assert!(spanish(&items[5]["item"][0]["_text"]).is_some());
    // A response stays English: no translation in the Bundle.
    let bundle = diary_fhir::bundle_json(&sample());
    assert!(!bundle.contains("_text") && !bundle.contains("translation"));
    assert!(bundle.contains(en.pain_question));
}

#[test]
fn the_bundle_holds_one_response_per_entry_and_reads_back() {
    let d = sample();
    let bundle: Value = serde_json::from_str(&diary_fhir::bundle_json(&d)).unwrap();
    assert_eq!(
        (bundle["resourceType"].as_str(), bundle["type"].as_str()),
        (Some("Bundle"), Some("collection"))
    );
    let entries = bundle["entry"].as_array().unwrap();
    assert_eq!(entries.len(), 2);
    let qr = &entries[1]["resource"];
    assert_eq!(qr["authored"], "2026-01-12");
    assert_eq!(qr["questionnaire"], diary_fhir::QUESTIONNAIRE_CANONICAL);
    let items = qr["item"].as_array().unwrap();
    let ids: Vec<_> = items
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "date",
            "pain",
            "enjoyment",
            "activity",
            "peg_score",
            "medications",
            "medications",
            "medications",
            "medications",
            "note"
        ]
    );
    assert_eq!(items[4]["answer"][0]["valueDecimal"].to_string(), "6.0");
    assert_eq!(items[0]["answer"][0]["valueDate"], "2026-01-12");
    assert_eq!(
        diary_fhir::read_bundle(&bundle.to_string()).unwrap(),
        d.entries()
    );
    let empty = diary_fhir::bundle_json(&Diary::new());
    assert_eq!(diary_fhir::read_bundle(&empty).unwrap(), []);
}

fn bundle_value() -> Value {
    serde_json::from_str(&diary_fhir::bundle_json(&sample())).unwrap()
}

fn bad_bundle(change: impl FnOnce(&mut Value)) -> (String, DiaryProblem) {
    let mut b = bundle_value();
    change(&mut b);
    let error = diary_fhir::read_bundle(&b.to_string()).expect_err("read a bad bundle");
    assert!(!error.message().is_empty());
    (error.field, error.problem)
}

#[test]
fn a_bad_bundle_is_named_by_its_path() {
    let qr = "entry[1].resource";
    assert_eq!(
        bad_bundle(|b| b["resourceType"] = json!("Patient")),
        (
            "resourceType".into(),
            problem(Problem::MustBe("\"Bundle\""))
        )
    );
    assert_eq!(
        bad_bundle(|b| b["type"] = json!("document")),
        ("type".into(), problem(Problem::MustBe("\"collection\"")))
    );
    assert_eq!(
        bad_bundle(|b| b["implicitRules"] = json!("x")),
        ("implicitRules".into(), problem(Problem::Unsupported))
    );
    assert_eq!(
        bad_bundle(|b| b["entry"] = json!({})),
        ("entry".into(), DiaryProblem::NotAList)
    );
    assert_eq!(
        bad_bundle(|b| {
            b["entry"][1].as_object_mut().unwrap().remove("resource");
        }),
        (qr.into(), problem(Problem::Missing))
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["questionnaire"] =
            json!(oih_checklist::fhir::QUESTIONNAIRE_CANONICAL)),
        (format!("{qr}.questionnaire"), DiaryProblem::NotADiary)
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["resourceType"] = json!("Observation")),
        (
            format!("{qr}.resourceType"),
            problem(Problem::MustBe("\"QuestionnaireResponse\""))
        )
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["status"] = json!("done")),
        (
            format!("{qr}.status"),
            problem(Problem::MustBe(
                r#""in-progress", "completed", "amended" or "stopped""#
            ))
        )
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["authored"] = json!("2026-01-13")),
        (
            format!("{qr}.authored"),
            problem(Problem::MustBe("the date of the item date"))
        )
    );
    assert!(
        diary_fhir::read_bundle(&{
            let mut b = bundle_value();
            b["entry"][1]["resource"]["authored"] = json!("2026-01-12T10:00:00+01:00");
            b.to_string()
        })
        .is_ok(),
        "a time on the same day is the same date"
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][0]["answer"][0]["valueDate"] =
                json!("2026-02-30")
        ),
        (
            format!("{qr}.item[0].answer[0].valueDate"),
            DiaryProblem::NotADate
        )
    );
    assert_eq!(
        bad_bundle(|b| {
            b["entry"][1]["resource"]["item"][0]["answer"][0]["valueDate"] = json!("2026-01-05");
            b["entry"][1]["resource"]["authored"] = json!("2026-01-05");
        }),
        (format!("{qr}.item[0]"), DiaryProblem::DateTaken)
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][1]["answer"][0]["valueInteger"] = json!(11)
        ),
        (
            format!("{qr}.item[1].answer[0].valueInteger"),
            DiaryProblem::ScoreOutOfRange
        )
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][2]["answer"][0] = json!({"valueDecimal": 5})
        ),
        (
            format!("{qr}.item[2].answer[0].valueDecimal"),
            problem(Problem::WrongValueType("valueInteger"))
        )
    );
    assert_eq!(
        bad_bundle(|b| {
            b["entry"][1]["resource"]["item"]
                .as_array_mut()
                .unwrap()
                .remove(3);
        }),
        (
            format!("{qr}.item.where(linkId='activity')"),
            problem(Problem::Missing)
        )
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][4]["answer"][0]["valueDecimal"] = json!(6.1)
        ),
        (
            format!("{qr}.item[4].answer[0].valueDecimal"),
            DiaryProblem::ScoreMismatch
        )
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][5]["item"][1]["answer"][0]["valueDecimal"] =
                json!(0)
        ),
        (
            format!("{qr}.item[5].item[1].answer[0].valueDecimal"),
            problem(Problem::AmountOutOfRange(
                oih_checklist::content::drugs::Unit::Mg
            ))
        )
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][8]["item"][0]["answer"][0]["valueCoding"]
                ["code"] = json!("aspirin")
        ),
        (
            format!("{qr}.item[8].item[0].answer[0].valueCoding.code"),
            problem(Problem::UnknownDrug)
        )
    );
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][9]["answer"][0]["valueString"] =
                json!("x".repeat(281))
        ),
        (
            format!("{qr}.item[9].answer[0].valueString"),
            DiaryProblem::NoteTooLong
        )
    );
    // An answer list that is empty is a missing answer; one of two is
    // named at the second.
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["item"][1]["answer"] = json!([])),
        (format!("{qr}.item[1].answer"), problem(Problem::Missing))
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["item"][1]["answer"] =
            json!([{"valueInteger": 3}, {"valueInteger": 4}])),
        (
            format!("{qr}.item[1].answer[1]"),
            problem(Problem::OneAnswerOnly)
        )
    );
    // An answer's own R4 elements are read past; another is named.
    assert!(diary_fhir::read_bundle(&{
        let mut b = bundle_value();
        b["entry"][1]["resource"]["item"][1]["answer"][0]["id"] = json!("a1");
        b["entry"][1]["resource"]["item"][1]["answer"][0]["extension"] = json!([]);
        b.to_string()
    })
    .is_ok());
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["item"][1]["answer"][0]["mood"] = json!(3)),
        (
            format!("{qr}.item[1].answer[0].mood"),
            problem(Problem::UnknownField)
        )
    );
    // A valueInteger written with a point asks for a whole number.
    assert_eq!(
        bad_bundle(
            |b| b["entry"][1]["resource"]["item"][1]["answer"][0]["valueInteger"] = json!(3.0)
        ),
        (
            format!("{qr}.item[1].answer[0].valueInteger"),
            DiaryProblem::ScoreOutOfRange
        )
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["item"]
            .as_array_mut()
            .unwrap()
            .push(json!({"linkId": "mood"}))),
        (
            format!("{qr}.item[10].linkId"),
            problem(Problem::UnknownQuestion)
        )
    );
    assert_eq!(
        bad_bundle(|b| b["entry"][1]["resource"]["item"]
            .as_array_mut()
            .unwrap()
            .swap(4, 9)),
        (format!("{qr}.item[5].linkId"), problem(Problem::OutOfOrder))
    );
    // Without the score and the medicines, an entry still reads.
    let mut b = bundle_value();
    b["entry"][1]["resource"]["item"]
        .as_array_mut()
        .unwrap()
        .drain(4..9);
    let read = diary_fhir::read_bundle(&b.to_string()).unwrap();
    assert!(read[1].medications().is_empty());
    assert_eq!(read[1].note(), sample().entries()[1].note());
}

fn oih_assess(args: &[&str], stdin: &str) -> (Option<i32>, String) {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_oih-assess"))
        .args(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8(out.stdout).unwrap())
}

#[test]
fn oih_assess_reads_an_exported_bundle_back_to_the_same_entries_and_mme() {
    let mut d = sample();
    d.add(entry(
        "2026-01-19",
        [8, 8, 8],
        json!([{"drug": "oxycodone", "amount": 10, "per_dose": 3, "times_per_day": 3}]),
    ))
    .unwrap();
    let (code, bundle) = oih_assess(&["--to-fhir-diary"], &d.export());
    assert_eq!(code, Some(0));
    assert_eq!(bundle, diary_fhir::bundle_json(&d));
    let (code, report) = oih_assess(&["--from-fhir-diary"], &bundle);
    assert_eq!(code, Some(0));
    assert_eq!(report.trim_end(), file::report_json(&d));
    let report: Value = serde_json::from_str(&report).unwrap();
    let rows: Vec<_> = report["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["date"].as_str().unwrap().to_string(),
                e["peg_score"].to_string(),
                e["mme_per_day"].to_string(),
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "2026-01-05".to_string(),
                "4.3".to_string(),
                "30.0".to_string()
            ),
            (
                "2026-01-12".to_string(),
                "6.0".to_string(),
                "null".to_string()
            ),
            (
                "2026-01-19".to_string(),
                "8.0".to_string(),
                "135.0".to_string()
            ),
        ]
    );
    assert_eq!(
        report["entries"][1]["mme_unconverted"],
        json!(["buprenorphine"])
    );
    assert_eq!(report["entries"][1]["mme_excluded"], json!(["methadone"]));
    assert_eq!(
        report["entries"][1]["note"],
        "Bad week \"at\" work, ünïcode"
    );
    assert_eq!(
        report["observations"],
        json!([]),
        "the MME of 2026-01-12 is unknown"
    );
    assert_eq!(
        report["dose_changes"],
        json!([
        {"date": "2026-01-12", "from": 30.0, "to": null},
        {"date": "2026-01-19", "from": null, "to": 135.0}])
    );
    // Reading the published Questionnaire's own kind of file works the
    // same as the file: the report of the diary the file holds.
    let (code, out) = oih_assess(
        &["--from-fhir-diary"],
        "{\"resourceType\":\"Bundle\",\"type\":\"batch\"}",
    );
    assert_eq!(code, Some(2));
    let error: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(error["error"]["field"], "type");
    let (code, out) = oih_assess(
        &["--to-fhir-diary"],
        "{\"format\":\"oih-diary\",\"version\":2,\"entries\":[]}",
    );
    assert_eq!(code, Some(2));
    let error: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(error["error"]["field"], "version");
    assert!(error["error"]["message"]
        .as_str()
        .unwrap()
        .contains("newer version"));
    let (code, out) = oih_assess(&["--fhir-diary-questionnaire"], "");
    assert_eq!((code, out), (Some(0), diary_fhir::questionnaire_json()));
}

#[test]
fn the_report_names_each_observation_with_its_dates() {
    let d = diary(vec![
        entry("2026-03-01", [2, 2, 2], oxycodone(20)),
        entry("2026-03-08", [5, 5, 5], oxycodone(30)),
        entry("2026-03-15", [3, 3, 3], oxycodone(40)),
    ]);
    let report: Value = serde_json::from_str(&file::report_json(&d)).unwrap();
    assert_eq!(
        report["observations"],
        json!([
        {"kind": "pain_up_after_dose_up", "from": "2026-03-01", "to": "2026-03-08",
         "mme_from": 30.0, "mme_to": 45.0, "score_from": 2.0, "score_to": 5.0},
        {"kind": "pain_down_after_dose_up", "from": "2026-03-08", "to": "2026-03-15",
         "mme_from": 45.0, "mme_to": 60.0, "score_from": 5.0, "score_to": 3.0}])
    );
}

#[test]
fn a_bundle_holds_up_to_five_years_of_entries() {
    let full = diary_fhir::bundle_json(&Diary::from_entries(daily(MAX_ENTRIES)).unwrap());
    assert_eq!(diary_fhir::read_bundle(&full).unwrap().len(), MAX_ENTRIES);
    let mut b: Value = serde_json::from_str(&full).unwrap();
    let list = b["entry"].as_array_mut().unwrap();
    let first = list[0].clone();
    list.push(first);
    let error = diary_fhir::read_bundle(&b.to_string()).unwrap_err();
    assert_eq!(
        (error.field, error.problem),
        ("entry".into(), DiaryProblem::TooManyEntries)
    );
}
