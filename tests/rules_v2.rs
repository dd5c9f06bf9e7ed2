//! Clinical content version 2: every item of its "What changed" list, the
//! `action` and `safety` rules, and the public worked examples, through the
//! JSON contract. Where version 3 changed a rule (naloxone for everyone
//! taking opioids, an unsure sign is never `if_worse`), the test says so and
//! checks the version 3 outcome; `tests/rules_v3.rs` has the rest of v3.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{
    action, answers, assert_worked_example_5, assert_worked_example_6, assert_worked_example_7,
    assert_worked_example_8, questions_except, run, strings, worked_example_5_answers,
    worked_example_6_answers, worked_example_7_answers, worked_example_8_answers, OUTPUT_FIELDS,
};
use serde_json::{json, Value};

fn safety_of(input: Value) -> Vec<String> {
    strings(&run(input)["safety"])
        .into_iter()
        .map(String::from)
        .collect()
}

// ------------------------------------------------- 1. seizure asked first

#[test]
fn change_1_seizure_is_the_first_question() {
    let out = answers(json!({}));
    assert_eq!(strings(&out["unanswered"])[0], "seizure");
    let out = answers(json!({ "seizure": "unsure", "kidney": "unsure" }));
    assert_eq!(strings(&out["unsure"]), ["seizure", "kidney"]);
}

// ------------------------------- 2. never/past leave seizure and opioid_use

#[test]
fn change_2_never_and_past_leave_only_seizure_and_opioid_use() {
    for use_ in ["never", "past"] {
        // Every opioid question answered `unsure`: none of it may show.
        let mut all = serde_json::Map::new();
        all.insert("opioid_use".into(), json!(use_));
        // The eleven questions other than seizure and opioid_use.
        for q in questions_except(&["seizure", "opioid_use"]) {
            let value = match q {
                "duration" => "over_3_months",
                "response_to_increase" => "unsure",
                _ => "unsure",
            };
            all.insert(q.into(), json!(value));
        }
        all.insert("dose_increased".into(), json!("yes"));
        let out = answers(Value::Object(all));
        assert_eq!(out["level"], "not_applicable", "{use_}");
        assert_eq!(out["action"], "none");
        assert_eq!(strings(&out["unsure"]), Vec::<&str>::new(), "{use_}");
        assert_eq!(strings(&out["unanswered"]), ["seizure"], "{use_}");
        assert_eq!(strings(&out["risk_factors"]), Vec::<&str>::new());
        assert_eq!(strings(&out["signs"]), Vec::<&str>::new());
        assert_eq!(strings(&out["safety"]), Vec::<&str>::new());
    }
}

#[test]
fn opioid_questions_apply_while_opioid_use_is_unanswered() {
    let out = answers(json!({ "kidney": "unsure", "allodynia": "yes" }));
    assert_eq!(out["level"], "incomplete");
    assert_eq!(strings(&out["unsure"]), ["kidney"]);
    assert_eq!(strings(&out["signs"]), ["allodynia"]);
    assert_eq!(
        strings(&out["risk_factors"]),
        Vec::<&str>::new(),
        "risk factors only for current or stopped_recently"
    );
    assert_eq!(strings(&out["safety"]), Vec::<&str>::new());
}

// --------------------------- 3. the repeated experience counts once in F

#[test]
fn change_3_worse_despite_dose_and_worse_after_increase_count_once() {
    let both = json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": "worse",
                       "pain_worse_despite_dose": "yes" });
    let out = answers(both.clone());
    assert_eq!(
        strings(&out["signs"]),
        ["pain_worse_despite_dose", "worse_after_increase"]
    );
    assert_eq!(out["level"], "some_signs", "F = 1, not 2");
    // With two more signs F = 3 (not 4): several; with one more, F = 2 (not 3): some.
    let mut plus_one = both.clone();
    plus_one["more_sensitive"] = json!("yes");
    assert_eq!(answers(plus_one.clone())["level"], "some_signs");
    let mut plus_two = plus_one.clone();
    plus_two["pain_different"] = json!("yes");
    assert_eq!(answers(plus_two)["level"], "several_signs");
    // F = 2 with twitching is several, F = 1 with twitching is some.
    let mut twitch = plus_one;
    twitch["myoclonus"] = json!("yes");
    assert_eq!(answers(twitch)["level"], "several_signs");
    let mut twitch_only_pair = both;
    twitch_only_pair["myoclonus"] = json!("yes");
    assert_eq!(answers(twitch_only_pair)["level"], "some_signs");
}

#[test]
fn each_of_the_pair_alone_counts_one() {
    let despite = json!({ "opioid_use": "current", "pain_worse_despite_dose": "yes", "more_sensitive": "yes" });
    assert_eq!(answers(despite)["level"], "some_signs");
    let after = json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": "worse",
                        "more_sensitive": "yes", "pain_spread": "yes" });
    assert_eq!(answers(after)["level"], "several_signs", "F = 3");
}

// ----------------------------------------------------------- 4. action

#[test]
fn change_4_action_by_level_and_twitching() {
    assert_eq!(action(json!({ "seizure": "yes" })), "emergency_now");
    assert_eq!(
        action(json!({ "seizure": "yes", "opioid_use": "never" })),
        "emergency_now"
    );
    assert_eq!(action(json!({ "seizure": "unsure" })), "doctor_today");
    assert_eq!(
        action(json!({ "seizure": "unsure", "opioid_use": "past" })),
        "doctor_today",
        "a possible seizure matters whoever it is"
    );
    assert_eq!(
        action(
            json!({ "seizure": "unsure", "opioid_use": "current", "pain_spread": "yes",
                        "allodynia": "yes", "more_sensitive": "yes" })
        ),
        "doctor_today",
        "today comes before within days"
    );
    assert_eq!(action(json!({})), "none");
    assert_eq!(action(json!({ "seizure": "no" })), "none");
    assert_eq!(
        action(json!({ "opioid_use": "never", "seizure": "no" })),
        "none"
    );
    assert_eq!(
        action(
            json!({ "opioid_use": "current", "pain_spread": "yes", "allodynia": "yes", "more_sensitive": "yes" })
        ),
        "doctor_within_days"
    );
    assert_eq!(
        action(json!({ "opioid_use": "current", "myoclonus": "yes" })),
        "doctor_within_days",
        "twitching alone: within days (S0, S10)"
    );
    assert_eq!(
        action(json!({ "opioid_use": "stopped_recently", "myoclonus": "yes", "allodynia": "yes" })),
        "doctor_within_days"
    );
    assert_eq!(
        action(json!({ "opioid_use": "current", "allodynia": "yes" })),
        "next_appointment"
    );
    assert_eq!(action(json!({ "opioid_use": "current" })), "if_worse");
    assert_eq!(
        action(json!({ "opioid_use": "current", "myoclonus": "unsure", "seizure": "no" })),
        "next_appointment",
        "v3 change 4: if_worse in v2, an unsure sign is never reassurance in v3"
    );
}

// ----------------------------------------------------------- 5. safety

#[test]
fn change_5_overdose_signs_for_everyone_taking_or_recently_stopped() {
    for use_ in ["current", "stopped_recently"] {
        let s = safety_of(json!({ "answers": { "opioid_use": use_ } }));
        assert_eq!(s[0], "overdose_signs", "{use_}");
    }
    for other in [
        json!({}),
        json!({ "opioid_use": "never" }),
        json!({ "opioid_use": "past" }),
    ] {
        assert!(safety_of(json!({ "answers": other })).is_empty());
    }
}

#[test]
fn naloxone_for_everyone_taking_or_recently_stopped_whatever_the_dose() {
    // v2 offered naloxone at 50 MME/day or more, or after a recent stop;
    // v3 change 3 offers it to everyone taking opioids (F1).
    let at = |mg: &str| {
        let input = format!(
            r#"{{"answers":{{"opioid_use":"current"}},"medications":[{{"drug":"morphine","amount":{mg},"times_per_day":1}}]}}"#
        );
        let out = common::run_text(&input);
        strings(&out["safety"])
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    for mg in ["0.001", "49.99", "50", "89.99", "90", "1000"] {
        assert_eq!(at(mg), ["overdose_signs", "naloxone"], "{mg} mg");
    }
    assert_eq!(
        safety_of(
            json!({ "answers": { "opioid_use": "current" }, "medications": [{ "drug": "buprenorphine" }] })
        ),
        ["overdose_signs", "naloxone"],
        "an unknown dose too"
    );
    assert_eq!(
        safety_of(json!({ "answers": { "opioid_use": "current" } })),
        ["overdose_signs", "naloxone"],
        "no medicine entered too"
    );
    assert_eq!(
        safety_of(json!({ "answers": { "opioid_use": "stopped_recently" } })),
        ["overdose_signs", "naloxone", "lost_tolerance"]
    );
    assert_eq!(
        safety_of(json!({ "answers": { "opioid_use": "stopped_recently" },
                           "medications": [{ "drug": "oxycodone", "amount": 40, "times_per_day": 2 }] })),
        ["overdose_signs", "naloxone", "lost_tolerance"],
        "each item once"
    );
    assert!(
        safety_of(json!({ "answers": { "opioid_use": "past" },
                          "medications": [{ "drug": "morphine", "amount": 100, "times_per_day": 1 }] }))
        .is_empty(),
        "no safety items when the checklist does not apply"
    );
}

#[test]
fn safety_shows_with_a_seizure_too() {
    let out = answers(json!({ "seizure": "yes", "opioid_use": "stopped_recently" }));
    assert_eq!(out["level"], "urgent");
    assert_eq!(
        strings(&out["safety"]),
        ["overdose_signs", "naloxone", "lost_tolerance"]
    );
    assert_eq!(strings(&out["risk_factors"]), ["recent_stop"]);
}

// ----------------------------------------------------------- 6. pattern none

#[test]
fn change_6_pattern_none_without_any_sign() {
    let out =
        answers(json!({ "opioid_use": "current", "pain_spread": "no", "myoclonus": "unsure" }));
    assert_eq!(
        (out["level"].as_str(), out["pattern"].as_str()),
        (Some("few_signs"), Some("none"))
    );
    let out = answers(json!({ "opioid_use": "current", "myoclonus": "yes" }));
    assert_eq!(out["pattern"], "unclear", "N = 1 is unclear");
}

// ----------------------------------------------------------- 7. unconverted once

#[test]
fn change_7_unconverted_drugs_once_in_order_of_first_appearance() {
    let out = run(json!({ "answers": {}, "medications": [
        { "drug": "other" }, { "drug": "heroin" }, { "drug": "other" },
        { "drug": "buprenorphine" }, { "drug": "heroin" }
    ]}));
    assert_eq!(
        strings(&out["mme_unconverted"]),
        ["other", "heroin", "buprenorphine"]
    );
    assert_eq!(out["mme_per_day"], Value::Null);
}

// ------------------------------------------------------- worked examples

#[test]
fn worked_examples_1_and_2() {
    let one = run(
        json!({ "answers": {}, "medications": [{ "drug": "hydrocodone", "amount": 5, "times_per_day": 4 }] }),
    );
    assert_eq!(
        (one["mme_per_day"].to_string().as_str(), &one["dose_band"]),
        ("20.0", &json!("under_50"))
    );
    let two = run(
        json!({ "answers": {}, "medications": [{ "drug": "oxycodone", "amount": 10, "times_per_day": 2 }] }),
    );
    assert_eq!(two["mme_per_day"].to_string(), "30.0");
}

#[test]
fn worked_example_5_stopped_recently() {
    assert_worked_example_5(&answers(worked_example_5_answers()));
}

#[test]
fn worked_example_6_the_same_experience_twice() {
    assert_worked_example_6(&answers(worked_example_6_answers()));
}

#[test]
fn worked_example_7_twitching_with_kidney_disease() {
    assert_worked_example_7(&answers(worked_example_7_answers()));
}

#[test]
fn worked_example_8_past_use_ignores_the_other_answers() {
    let out = answers(worked_example_8_answers());
    assert_worked_example_8(&out);
    assert_eq!(out["pattern"], "none");
}

#[test]
fn output_fields_come_in_the_order_of_the_contract() {
    let text = oih_checklist::contract::evaluate(r#"{"answers":{}}"#).unwrap();
    let keys: Vec<usize> = OUTPUT_FIELDS
        .iter()
        .map(|k| text.find(&format!("\"{k}\"")).expect(k))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] < w[1]), "{text}");
}
