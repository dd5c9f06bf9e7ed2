//! Properties of the contract for any input (proptest).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{run, run_text, strings, u_questions};
use oih_checklist::assessment::{assess, naloxone_reasons};
use oih_checklist::contract::parse_input;
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Map, Value};

const QUESTIONS: [(&str, &[&str]); 13] = [
    ("seizure", &["yes", "yes_checked", "no", "unsure"]),
    (
        "opioid_use",
        &["current", "stopped_recently", "past", "never"],
    ),
    (
        "duration",
        &["under_1_month", "1_to_3_months", "over_3_months"],
    ),
    ("dose_increased", &["yes", "no", "unsure"]),
    (
        "response_to_increase",
        &["better", "no_change", "worse", "unsure"],
    ),
    ("kidney", &["yes", "no", "unsure"]),
    ("liver", &["yes", "no", "unsure"]),
    ("pain_worse_despite_dose", &["yes", "no", "unsure"]),
    ("more_sensitive", &["yes", "no", "unsure"]),
    ("pain_spread", &["yes", "no", "unsure"]),
    ("allodynia", &["yes", "no", "unsure"]),
    ("pain_different", &["yes", "no", "unsure"]),
    ("myoclonus", &["yes", "no", "unsure"]),
];

/// (drug, factor, takes doses a day); `None` factor: not converted.
/// Methadone and buprenorphine also take a purpose.
const DRUGS: [(&str, Option<&str>, bool); 14] = [
    ("codeine", Some("0.15"), true),
    ("fentanyl_patch", Some("2.4"), false),
    ("hydrocodone", Some("1"), true),
    ("hydromorphone", Some("5"), true),
    ("methadone", Some("4.7"), true),
    ("morphine", Some("1"), true),
    ("oxycodone", Some("1.5"), true),
    ("oxymorphone", Some("3"), true),
    ("tapentadol", Some("0.4"), true),
    ("tramadol", Some("0.2"), true),
    ("buprenorphine", None, true),
    ("heroin", None, true),
    ("opium", None, true),
    ("other", None, true),
];

/// Any set of valid answers (each question absent or one of its values).
fn answers() -> impl Strategy<Value = Map<String, Value>> {
    proptest::collection::vec(proptest::option::of(0usize..4), 13).prop_map(|picks| {
        QUESTIONS
            .iter()
            .zip(picks)
            .filter_map(|((id, values), pick)| {
                pick.map(|p| (id.to_string(), json!(values[p % values.len()])))
            })
            .collect()
    })
}

/// What a generated medicine counts as.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Counted {
    /// Counted, with its exact MME a day.
    Mme(Decimal),
    /// No factor: `mme_unconverted`.
    Unconverted,
    /// Taken for opioid use disorder: `mme_excluded`.
    Excluded,
}

/// A valid medicine: (JSON, what it counts as). Amounts carry 0 to 6
/// decimals; `per_dose` is left out (1) or 1 to 10; methadone and
/// buprenorphine have no purpose, `pain` or `opioid_use_disorder`.
fn medication() -> impl Strategy<Value = (Value, Counted)> {
    (
        0usize..14,
        1u64..=10_000_000,
        0u32..=6,
        1u32..=24,
        proptest::option::of(1u32..=10),
        0usize..3,
    )
        .prop_map(|(d, mantissa, scale, times, per_dose, purpose)| {
            let (drug, factor, doses) = DRUGS[d];
            let max = if doses { 10_000u64 } else { 1_000 };
            let mut amount = Decimal::new(mantissa as i64, scale);
            if amount > Decimal::from(max) {
                amount = Decimal::from(max);
            }
            let literal = amount.normalize().to_string();
            let mut value = json!({ "drug": drug });
            value["amount"] = serde_json::from_str(&literal).unwrap();
            if let Some(n) = per_dose {
                value["per_dose"] = json!(n);
            }
            if doses {
                value["times_per_day"] = json!(times);
            }
            let takes_purpose = matches!(drug, "methadone" | "buprenorphine");
            let oud = takes_purpose && purpose == 2;
            if takes_purpose && purpose > 0 {
                value["purpose"] = json!(["pain", "pain", "opioid_use_disorder"][purpose]);
            }
            let counted = match factor {
                _ if oud => Counted::Excluded,
                None => Counted::Unconverted,
                Some(f) => {
                    let each_time = amount
                        * Decimal::from(per_dose.unwrap_or(1))
                        * f.parse::<Decimal>().unwrap();
                    Counted::Mme(if doses {
                        each_time * Decimal::from(times)
                    } else {
                        each_time
                    })
                }
            };
            (value, counted)
        })
}

/// The exact total of the medicines counted, `None` when none is.
fn expected_total(meds: &[(Value, Counted)]) -> Option<Decimal> {
    meds.iter()
        .filter_map(|(_, c)| match c {
            Counted::Mme(m) => Some(*m),
            _ => None,
        })
        .fold(None, |acc, m| Some(acc.unwrap_or_default() + m))
}

/// The drug ids counted as `kind`, each once, in order of first appearance.
fn listed(meds: &[(Value, Counted)], kind: Counted) -> Vec<&str> {
    let mut ids: Vec<&str> = Vec::new();
    for (v, counted) in meds {
        let drug = v["drug"].as_str().unwrap();
        if *counted == kind && !ids.contains(&drug) {
            ids.push(drug);
        }
    }
    ids
}

/// Applicability, written out again from clinical-content.md v3.
fn applies(id: &str, answers: &Map<String, Value>) -> bool {
    let answer = |q: &str| answers.get(q).and_then(Value::as_str);
    let opioid_question = !matches!(answer("opioid_use"), Some("never" | "past"));
    match id {
        "seizure" | "opioid_use" => true,
        "duration" => answer("opioid_use") == Some("current"),
        "response_to_increase" => opioid_question && answer("dose_increased") == Some("yes"),
        _ => opioid_question,
    }
}

/// The answer if the question applies.
fn get<'a>(id: &str, answers: &'a Map<String, Value>) -> Option<&'a str> {
    if applies(id, answers) {
        answers.get(id).and_then(Value::as_str)
    } else {
        None
    }
}

/// (F, N, U) of clinical-content.md v3, from the answers alone.
fn f_n_u(answers: &Map<String, Value>) -> (usize, usize, usize) {
    let yes = |q: &str| get(q, answers) == Some("yes");
    let core = [
        "more_sensitive",
        "pain_spread",
        "allodynia",
        "pain_different",
    ]
    .iter()
    .filter(|q| yes(q))
    .count();
    let repeated =
        yes("pain_worse_despite_dose") || get("response_to_increase", answers) == Some("worse");
    let u = u_questions()
        .iter()
        .filter(|q| get(q, answers) == Some("unsure"))
        .count();
    (
        core + usize::from(repeated),
        usize::from(yes("myoclonus")),
        u,
    )
}

/// Level and action, written out again from clinical-content.md v3.
fn model_level_and_action(answers: &Map<String, Value>) -> (&'static str, &'static str) {
    let (f, n, u) = f_n_u(answers);
    let level = match (get("seizure", answers), get("opioid_use", answers)) {
        (Some("yes"), _) => "urgent",
        (_, None) => "incomplete",
        (_, Some("never" | "past")) => "not_applicable",
        _ if f >= 3 || (f >= 2 && n == 1) => "several_signs",
        _ if f >= 1 || n == 1 => "some_signs",
        _ => "few_signs",
    };
    let action = match level {
        "urgent" => "emergency_now",
        _ if get("seizure", answers) == Some("unsure") => "doctor_today",
        _ if get("seizure", answers) == Some("yes_checked") => "doctor_within_days",
        "incomplete" | "not_applicable" => "none",
        "several_signs" => "doctor_within_days",
        _ if n == 1 => "doctor_within_days",
        "some_signs" => "next_appointment",
        _ if u >= 1 => "next_appointment",
        _ => "if_worse",
    };
    (level, action)
}

fn position(id: &str) -> usize {
    QUESTIONS
        .iter()
        .position(|(q, _)| *q == id)
        .expect("a known question")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_text_gives_an_output_or_an_error_never_a_panic(text in ".{0,200}") {
        let out = run_text(&text);
        prop_assert!(out.get("level").is_some() || out.pointer("/error/field").is_some());
    }

    #[test]
    fn any_json_shaped_junk_gives_an_output_or_an_error(
        junk in proptest::collection::btree_map("[a-z_]{0,12}", prop_oneof![
            Just(json!(null)), Just(json!(true)), any::<i64>().prop_map(|n| json!(n)),
            "[a-z_ ]{0,10}".prop_map(|s| json!(s)), Just(json!([])), Just(json!({})),
            Just(json!([{ "drug": "morphine", "amount": "1" }])),
        ], 0..6),
        answers in answers(),
    ) {
        let mut input: Map<String, Value> = junk.into_iter().collect();
        input.insert("answers".into(), Value::Object(answers));
        let out = run(Value::Object(input));
        prop_assert!(out.get("level").is_some() || out.pointer("/error/field").is_some());
    }

    #[test]
    fn urgent_exactly_when_seizure_is_yes(answers in answers()) {
        let seizure = answers.get("seizure") == Some(&json!("yes"));
        let out = run(json!({ "answers": answers }));
        prop_assert_eq!(out["level"] == "urgent", seizure);
        prop_assert_eq!(strings(&out["red_flags"]) == ["seizure"], seizure);
    }

    #[test]
    fn unsure_and_unanswered_are_applicable_ordered_and_right(answers in answers()) {
        let out = run(json!({ "answers": answers.clone() }));
        for (list, expect_answer) in [("unsure", Some("unsure")), ("unanswered", None)] {
            let ids = strings(&out[list]);
            for id in &ids {
                prop_assert!(applies(id, &answers), "{} lists {} which does not apply", list, id);
                prop_assert_eq!(answers.get(*id).and_then(Value::as_str), expect_answer);
            }
            prop_assert!(ids.windows(2).all(|w| position(w[0]) < position(w[1])), "{} in table order", list);
            // And nothing that should be there is missing.
            let expected: Vec<&str> = QUESTIONS.iter().map(|(q, _)| *q)
                .filter(|q| applies(q, &answers) && answers.get(*q).and_then(Value::as_str) == expect_answer)
                .collect();
            prop_assert_eq!(ids, expected);
        }
    }

    #[test]
    fn mme_per_day_is_the_exact_sum(meds in proptest::collection::vec(medication(), 0..=10), answers in answers()) {
        let expected = expected_total(&meds);
        let list: Vec<Value> = meds.iter().map(|(v, _)| v.clone()).collect();
        let out = run(json!({ "answers": answers, "medications": list }));
        match expected {
            None => {
                prop_assert!(out["mme_per_day"].is_null());
                prop_assert_eq!(&out["dose_band"], "unknown");
            }
            Some(sum) => {
                let got: Decimal = out["mme_per_day"].to_string().parse().unwrap();
                prop_assert_eq!(got, sum);
                let band = if sum >= Decimal::from(90) { "90_or_more" } else if sum >= Decimal::from(50) { "50_to_89" } else { "under_50" };
                prop_assert_eq!(&out["dose_band"], band);
            }
        }
        prop_assert_eq!(strings(&out["mme_unconverted"]), listed(&meds, Counted::Unconverted));
        prop_assert_eq!(strings(&out["mme_excluded"]), listed(&meds, Counted::Excluded));
    }

    #[test]
    fn the_defaults_written_out_change_nothing(meds in proptest::collection::vec(medication(), 0..=10), answers in answers()) {
        // A version 2 input (no per_dose, no purpose) means the same with
        // per_dose 1 and, where it may be given, purpose pain written out.
        let plain: Vec<Value> = meds.iter().map(|(v, _)| {
            let mut v = v.clone();
            let fields = v.as_object_mut().unwrap();
            fields.remove("per_dose");
            if fields.get("purpose") == Some(&json!("pain")) {
                fields.remove("purpose");
            }
            v
        }).collect();
        let explicit: Vec<Value> = plain.iter().map(|v| {
            let mut v = v.clone();
            v["per_dose"] = json!(1);
            if matches!(v["drug"].as_str(), Some("methadone" | "buprenorphine")) && v.get("purpose").is_none() {
                v["purpose"] = json!("pain");
            }
            v
        }).collect();
        let a = run(json!({ "answers": answers.clone(), "medications": plain }));
        let b = run(json!({ "answers": answers, "medications": explicit }));
        prop_assert!(a.get("level").is_some(), "{}", a);
        prop_assert_eq!(a, b);
    }

    #[test]
    fn per_dose_multiplies_one_medicine_s_mme(med in medication(), n in 1u32..=10) {
        let mut one = med.0.clone();
        one.as_object_mut().unwrap().remove("per_dose");
        let mut many = one.clone();
        many["per_dose"] = json!(n);
        let single = run(json!({ "answers": {}, "medications": [one] }));
        let multiplied = run(json!({ "answers": {}, "medications": [many] }));
        match med.1 {
            Counted::Mme(_) => {
                let a: Decimal = single["mme_per_day"].to_string().parse().unwrap();
                let b: Decimal = multiplied["mme_per_day"].to_string().parse().unwrap();
                prop_assert_eq!(a * Decimal::from(n), b);
            }
            _ => {
                prop_assert!(single["mme_per_day"].is_null());
                prop_assert_eq!(single, multiplied);
            }
        }
    }

    #[test]
    fn risk_factors_never_change_the_level(answers in answers(), extra in proptest::collection::vec(0usize..5, 0..5)) {
        let mut more = answers;
        for e in extra {
            match e {
                0 => { more.insert("kidney".into(), json!("yes")); }
                1 => { more.insert("liver".into(), json!("yes")); }
                2 => { more.insert("dose_increased".into(), json!("yes")); more.remove("response_to_increase"); }
                3 => { more.insert("duration".into(), json!("over_3_months")); }
                _ => {}
            }
        }
        let high = run(json!({ "answers": more.clone(), "medications": [{ "drug": "morphine", "amount": 100, "times_per_day": 1 }] }));
        let plain = run(json!({ "answers": more }));
        prop_assert_eq!(&high["level"], &plain["level"]);
        prop_assert_eq!(&high["pattern"], &plain["pattern"]);
    }

    #[test]
    fn level_and_action_follow_the_rules_and_the_pair_counts_once(answers in answers()) {
        let out = run(json!({ "answers": answers.clone() }));
        let (level, action) = model_level_and_action(&answers);
        prop_assert_eq!(&out["level"], level);
        prop_assert_eq!(&out["action"], action);
    }

    #[test]
    fn action_is_always_set_and_consistent_with_the_level(answers in answers()) {
        let out = run(json!({ "answers": answers }));
        let action = out["action"].as_str().unwrap();
        let level = out["level"].as_str().unwrap();
        let allowed: &[&str] = match level {
            "urgent" => &["emergency_now"],
            "incomplete" | "not_applicable" => &["doctor_today", "doctor_within_days", "none"],
            "several_signs" => &["doctor_today", "doctor_within_days"],
            "some_signs" => &["doctor_today", "doctor_within_days", "next_appointment"],
            "few_signs" => &["doctor_today", "doctor_within_days", "next_appointment", "if_worse"],
            other => panic!("unknown level {other}"),
        };
        prop_assert!(allowed.contains(&action), "{} with {}", action, level);
    }

    #[test]
    fn safety_exactly_as_the_spec_says(answers in answers(), meds in proptest::collection::vec(medication(), 0..=3)) {
        let list: Vec<Value> = meds.iter().map(|(v, _)| v.clone()).collect();
        let out = run(json!({ "answers": answers.clone(), "medications": list }));
        let use_ = answers.get("opioid_use").and_then(Value::as_str);
        let taking = matches!(use_, Some("current" | "stopped_recently"));
        let stopped = use_ == Some("stopped_recently");
        let mut expected = Vec::new();
        if taking { expected.push("overdose_signs"); expected.push("naloxone"); }
        if stopped { expected.push("lost_tolerance"); }
        prop_assert_eq!(strings(&out["safety"]), expected);
        if !taking {
            prop_assert_eq!(strings(&out["risk_factors"]), Vec::<&str>::new());
        }
    }

    #[test]
    fn naloxone_names_first_the_answers_that_raise_the_risk(answers in answers(), meds in proptest::collection::vec(medication(), 0..=3)) {
        let list: Vec<Value> = meds.iter().map(|(v, _)| v.clone()).collect();
        let input = parse_input(&json!({ "answers": answers.clone(), "medications": list }).to_string()).unwrap();
        let reasons: Vec<&str> = naloxone_reasons(&input, &assess(&input)).iter().map(|r| r.id()).collect();
        let use_ = answers.get("opioid_use").and_then(Value::as_str);
        let taking = matches!(use_, Some("current" | "stopped_recently"));
        let yes = |q: &str| get(q, &answers) == Some("yes");
        let fifty = expected_total(&meds).is_some_and(|s| s >= Decimal::from(50));
        let mut expected = Vec::new();
        if taking {
            for (holds, id) in [
                (fifty, "higher_dose"),
                (use_ == Some("stopped_recently"), "recent_stop"),
                (yes("kidney"), "kidney"),
                (yes("liver"), "liver"),
                (meds.iter().any(|(_, c)| *c == Counted::Excluded), "opioid_use_disorder"),
            ] {
                if holds { expected.push(id); }
            }
        }
        prop_assert_eq!(reasons, expected);
    }

    #[test]
    fn answers_to_questions_that_do_not_apply_never_change_the_output(answers in answers(), noise in answers()) {
        let base = run(json!({ "answers": answers.clone() }));
        let mut noisy = answers.clone();
        for (q, v) in noise {
            if !answers.contains_key(&q) && !applies(&q, &answers) {
                noisy.insert(q, v);
            }
        }
        // Adding them must not make them apply (they were added only where
        // the questions they depend on already rule them out).
        let out = run(json!({ "answers": noisy }));
        prop_assert_eq!(out, base);
    }
}
