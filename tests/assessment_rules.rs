//! Every branch of the rules (clinical-content.md, "Rules"), through the
//! public JSON contract.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{answers, questions_except, run, strings, worked_example_3_input};
use serde_json::json;

fn level(a: serde_json::Value) -> String {
    answers(a)["level"].as_str().unwrap().to_string()
}

fn pattern(a: serde_json::Value) -> String {
    answers(a)["pattern"].as_str().unwrap().to_string()
}

// ---------------------------------------------------------------- levels

#[test]
fn seizure_yes_is_urgent_whatever_else_is_answered() {
    assert_eq!(
        level(json!({ "seizure": "yes" })),
        "urgent",
        "even before the first question"
    );
    assert_eq!(
        level(json!({ "opioid_use": "never", "seizure": "yes" })),
        "urgent"
    );
    assert_eq!(
        level(json!({ "opioid_use": "past", "seizure": "yes" })),
        "urgent"
    );
    let all_signs = json!({ "opioid_use": "current", "pain_worse_despite_dose": "yes", "more_sensitive": "yes",
        "pain_spread": "yes", "allodynia": "yes", "pain_different": "yes", "myoclonus": "yes", "seizure": "yes" });
    let out = answers(all_signs);
    assert_eq!(out["level"], "urgent");
    assert_eq!(strings(&out["red_flags"]), ["seizure"]);
    assert_eq!(out["pattern"], "none");
}

#[test]
fn seizure_unsure_or_no_is_not_urgent() {
    assert_eq!(
        level(json!({ "opioid_use": "current", "seizure": "unsure" })),
        "few_signs"
    );
    let out = answers(json!({ "opioid_use": "current", "seizure": "no" }));
    assert_eq!(out["level"], "few_signs");
    assert_eq!(strings(&out["red_flags"]), Vec::<&str>::new());
}

#[test]
fn without_the_first_question_the_result_is_incomplete() {
    assert_eq!(level(json!({})), "incomplete");
    let out = answers(
        json!({ "pain_spread": "yes", "allodynia": "yes", "more_sensitive": "yes", "seizure": "no" }),
    );
    assert_eq!(out["level"], "incomplete");
    assert_eq!(out["pattern"], "none");
    assert_eq!(
        strings(&out["signs"]),
        ["more_sensitive", "pain_spread", "allodynia"],
        "signs are still reported"
    );
}

#[test]
fn never_or_past_use_is_not_applicable() {
    for use_ in ["never", "past"] {
        let out = answers(
            json!({ "opioid_use": use_, "pain_worse_despite_dose": "yes", "pain_spread": "yes", "allodynia": "yes" }),
        );
        assert_eq!(out["level"], "not_applicable", "{use_}");
        assert_eq!(out["pattern"], "none");
    }
}

#[test]
fn three_signs_are_several() {
    assert_eq!(
        level(
            json!({ "opioid_use": "current", "more_sensitive": "yes", "pain_spread": "yes", "pain_different": "yes" })
        ),
        "several_signs"
    );
}

#[test]
fn two_signs_with_myoclonus_are_several_but_without_are_some() {
    let two = json!({ "opioid_use": "current", "more_sensitive": "yes", "allodynia": "yes" });
    assert_eq!(level(two.clone()), "some_signs");
    let mut with_twitching = two;
    with_twitching["myoclonus"] = json!("yes");
    assert_eq!(level(with_twitching), "several_signs");
}

#[test]
fn one_sign_or_myoclonus_alone_is_some() {
    assert_eq!(
        level(json!({ "opioid_use": "current", "pain_different": "yes" })),
        "some_signs"
    );
    let out = answers(json!({ "opioid_use": "current", "myoclonus": "yes" }));
    assert_eq!(out["level"], "some_signs");
    assert_eq!(strings(&out["signs"]), ["myoclonus"]);
}

#[test]
fn myoclonus_with_one_sign_is_only_some() {
    assert_eq!(
        level(json!({ "opioid_use": "current", "allodynia": "yes", "myoclonus": "yes" })),
        "some_signs"
    );
}

#[test]
fn no_sign_is_few() {
    assert_eq!(level(json!({ "opioid_use": "current" })), "few_signs");
    assert_eq!(
        level(
            json!({ "opioid_use": "stopped_recently", "more_sensitive": "no", "myoclonus": "unsure" })
        ),
        "few_signs"
    );
}

#[test]
fn worse_after_increase_counts_as_a_sign_only_when_it_applies() {
    let base = json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": "worse",
        "more_sensitive": "yes", "pain_spread": "yes" });
    let out = answers(base.clone());
    assert_eq!(
        strings(&out["signs"]),
        ["more_sensitive", "pain_spread", "worse_after_increase"]
    );
    assert_eq!(out["level"], "several_signs");
    for dose in ["no", "unsure"] {
        let mut not_applicable = base.clone();
        not_applicable["dose_increased"] = json!(dose);
        let out = answers(not_applicable);
        assert_eq!(
            strings(&out["signs"]),
            ["more_sensitive", "pain_spread"],
            "dose_increased = {dose}"
        );
        assert_eq!(out["level"], "some_signs");
    }
    let mut unanswered = base;
    unanswered.as_object_mut().unwrap().remove("dose_increased");
    assert_eq!(answers(unanswered)["level"], "some_signs");
}

#[test]
fn unsure_and_no_answers_are_never_signs() {
    let out = answers(
        json!({ "opioid_use": "current", "pain_worse_despite_dose": "unsure", "more_sensitive": "no",
        "pain_spread": "unsure", "allodynia": "no", "pain_different": "unsure", "myoclonus": "unsure" }),
    );
    assert_eq!(strings(&out["signs"]), Vec::<&str>::new());
    assert_eq!(out["level"], "few_signs");
}

#[test]
fn signs_are_listed_in_the_order_of_the_rules() {
    let out = answers(
        json!({ "opioid_use": "current", "myoclonus": "yes", "pain_different": "yes", "allodynia": "yes",
        "pain_spread": "yes", "more_sensitive": "yes", "pain_worse_despite_dose": "yes",
        "dose_increased": "yes", "response_to_increase": "worse" }),
    );
    assert_eq!(
        strings(&out["signs"]),
        [
            "pain_worse_despite_dose",
            "more_sensitive",
            "pain_spread",
            "allodynia",
            "pain_different",
            "worse_after_increase",
            "myoclonus"
        ]
    );
}

// -------------------------------------------------------------- patterns

#[test]
fn recent_stop_with_a_sign_is_withdrawal_even_when_oih_also_fits() {
    assert_eq!(
        pattern(json!({ "opioid_use": "stopped_recently", "more_sensitive": "yes" })),
        "withdrawal"
    );
    assert_eq!(
        pattern(
            json!({ "opioid_use": "stopped_recently", "pain_worse_despite_dose": "yes", "pain_spread": "yes",
            "dose_increased": "yes", "response_to_increase": "worse" })
        ),
        "withdrawal"
    );
}

#[test]
fn recent_stop_without_a_sign_is_not_withdrawal() {
    assert_eq!(
        pattern(json!({ "opioid_use": "stopped_recently" })),
        "none",
        "no sign at all and no tolerance pattern: none (v2)"
    );
    // Myoclonus is not counted in F.
    assert_eq!(
        pattern(json!({ "opioid_use": "stopped_recently", "myoclonus": "yes" })),
        "unclear"
    );
    assert_eq!(
        pattern(
            json!({ "opioid_use": "stopped_recently", "dose_increased": "yes", "response_to_increase": "better" })
        ),
        "tolerance"
    );
}

#[test]
fn worse_after_an_increase_is_the_oih_pattern() {
    assert_eq!(
        pattern(
            json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": "worse" })
        ),
        "oih"
    );
}

#[test]
fn worse_despite_dose_with_spread_or_allodynia_is_the_oih_pattern() {
    assert_eq!(
        pattern(
            json!({ "opioid_use": "current", "pain_worse_despite_dose": "yes", "pain_spread": "yes" })
        ),
        "oih"
    );
    assert_eq!(
        pattern(
            json!({ "opioid_use": "current", "pain_worse_despite_dose": "yes", "allodynia": "yes" })
        ),
        "oih"
    );
    assert_eq!(
        pattern(json!({ "opioid_use": "current", "pain_worse_despite_dose": "yes" })),
        "unclear"
    );
    assert_eq!(
        pattern(json!({ "opioid_use": "current", "pain_spread": "yes", "allodynia": "yes" })),
        "unclear"
    );
    assert_eq!(
        pattern(
            json!({ "opioid_use": "current", "pain_worse_despite_dose": "yes", "more_sensitive": "yes", "pain_different": "yes" })
        ),
        "unclear"
    );
}

#[test]
fn better_after_an_increase_with_no_sign_is_tolerance() {
    let better = json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": "better" });
    assert_eq!(pattern(better.clone()), "tolerance");
    let mut twitching = better.clone();
    twitching["myoclonus"] = json!("yes");
    let out = answers(twitching);
    assert_eq!(
        (out["level"].as_str(), out["pattern"].as_str()),
        (Some("some_signs"), Some("tolerance")),
        "N does not count in F"
    );
    let mut with_sign = better;
    with_sign["more_sensitive"] = json!("yes");
    assert_eq!(pattern(with_sign), "unclear");
    // Not applicable: the answer is ignored, and with no sign the pattern is none.
    assert_eq!(
        pattern(
            json!({ "opioid_use": "current", "dose_increased": "no", "response_to_increase": "better" })
        ),
        "none"
    );
}

#[test]
fn other_responses_without_a_sign_have_no_pattern_and_with_one_are_unclear() {
    for response in ["no_change", "unsure"] {
        assert_eq!(
            pattern(
                json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": response })
            ),
            "none"
        );
        assert_eq!(
            pattern(
                json!({ "opioid_use": "current", "dose_increased": "yes", "response_to_increase": response, "pain_different": "yes" })
            ),
            "unclear"
        );
    }
}

#[test]
fn levels_without_a_count_of_signs_have_no_pattern() {
    assert_eq!(
        pattern(
            json!({ "seizure": "yes", "opioid_use": "current", "dose_increased": "yes", "response_to_increase": "worse" })
        ),
        "none"
    );
    assert_eq!(pattern(json!({ "allodynia": "yes" })), "none");
    assert_eq!(
        pattern(json!({ "opioid_use": "never", "allodynia": "yes" })),
        "none"
    );
}

// ---------------------------------------------------------- risk factors

#[test]
fn each_risk_factor_and_their_order() {
    let out = run(json!({
        "answers": { "opioid_use": "current", "duration": "over_3_months", "dose_increased": "yes",
                     "kidney": "yes", "liver": "yes" },
        "medications": [{ "drug": "morphine", "amount": 90, "times_per_day": 1 }]
    }));
    assert_eq!(
        strings(&out["risk_factors"]),
        [
            "high_dose",
            "dose_increased",
            "long_term",
            "kidney",
            "liver"
        ]
    );
    assert_eq!(
        out["level"], "few_signs",
        "risk factors do not change the level"
    );
    let out = answers(
        json!({ "opioid_use": "stopped_recently", "dose_increased": "yes", "liver": "yes" }),
    );
    assert_eq!(
        strings(&out["risk_factors"]),
        ["dose_increased", "recent_stop", "liver"]
    );
}

#[test]
fn risk_factors_need_a_yes_or_an_applicable_answer() {
    let out = run(json!({
        "answers": { "opioid_use": "past", "duration": "over_3_months", "dose_increased": "unsure", "kidney": "unsure", "liver": "no" },
        "medications": [{ "drug": "morphine", "amount": 89.99, "times_per_day": 1 }]
    }));
    assert_eq!(
        strings(&out["risk_factors"]),
        Vec::<&str>::new(),
        "long_term needs opioid_use = current"
    );
    for duration in ["under_1_month", "1_to_3_months"] {
        let out = answers(json!({ "opioid_use": "current", "duration": duration }));
        assert_eq!(strings(&out["risk_factors"]), Vec::<&str>::new());
    }
}

// ------------------------------------------- conditional, unsure, unanswered

#[test]
fn duration_applies_only_to_current_use() {
    let out = answers(json!({ "opioid_use": "current" }));
    assert!(strings(&out["unanswered"]).contains(&"duration"));
    for other in ["stopped_recently", "past", "never"] {
        let out = answers(json!({ "opioid_use": other }));
        assert!(
            !strings(&out["unanswered"]).contains(&"duration"),
            "{other}"
        );
    }
    assert!(!strings(&answers(json!({}))["unanswered"]).contains(&"duration"));
}

#[test]
fn response_to_increase_applies_only_after_an_increase() {
    let out = answers(json!({ "opioid_use": "current", "dose_increased": "yes" }));
    assert!(strings(&out["unanswered"]).contains(&"response_to_increase"));
    for other in ["no", "unsure"] {
        let out = answers(
            json!({ "opioid_use": "current", "dose_increased": other, "response_to_increase": "unsure" }),
        );
        assert!(!strings(&out["unanswered"]).contains(&"response_to_increase"));
        assert!(
            !strings(&out["unsure"]).contains(&"response_to_increase"),
            "an answer to a question that does not apply is ignored"
        );
    }
}

#[test]
fn unsure_and_unanswered_list_applicable_questions_in_table_order() {
    let out = answers(
        json!({ "seizure": "unsure", "kidney": "unsure", "opioid_use": "current", "duration": "1_to_3_months",
        "dose_increased": "yes", "response_to_increase": "unsure", "allodynia": "no" }),
    );
    assert_eq!(
        strings(&out["unsure"]),
        ["seizure", "response_to_increase", "kidney"]
    );
    assert_eq!(
        strings(&out["unanswered"]),
        [
            "liver",
            "pain_worse_despite_dose",
            "more_sensitive",
            "pain_spread",
            "pain_different",
            "myoclonus"
        ]
    );
}

#[test]
fn everything_unanswered_lists_the_eleven_unconditional_questions() {
    let out = answers(json!({}));
    // Every question in table order but the two asked only when they apply.
    let unconditional = questions_except(&["duration", "response_to_increase"]);
    assert_eq!(unconditional.len(), 11);
    assert_eq!(strings(&out["unanswered"]), unconditional);
    assert_eq!(out["rules_version"], "3");
}

// ------------------------------------------------------- worked examples

#[test]
fn worked_example_3_the_contract_input() {
    let out = run(worked_example_3_input());
    assert_eq!(
        out,
        json!({
            "rules_version": "3", "level": "some_signs", "action": "next_appointment", "red_flags": [],
            "signs": ["allodynia", "worse_after_increase"],
            "risk_factors": ["high_dose", "dose_increased", "long_term"], "pattern": "oih",
            "safety": ["overdose_signs", "naloxone"], "mme_per_day": 150.0,
            "dose_band": "90_or_more", "mme_unconverted": [], "mme_excluded": ["methadone"], "unsure": [],
            "unanswered": ["kidney", "liver", "pain_worse_despite_dose", "more_sensitive", "pain_spread", "pain_different", "myoclonus"]
        })
    );
}

#[test]
fn worked_example_3_of_version_2_gives_the_same_total() {
    let out = run(json!({
        "answers": { "opioid_use": "current", "duration": "over_3_months", "dose_increased": "yes",
                     "response_to_increase": "worse", "allodynia": "yes", "seizure": "no" },
        "medications": [ { "drug": "oxycodone", "amount": 20, "times_per_day": 3 }, { "drug": "fentanyl_patch", "amount": 25 } ]
    }));
    assert_eq!(out["mme_per_day"], json!(150.0));
    assert_eq!(out["dose_band"], "90_or_more");
    assert_eq!(out["mme_excluded"], json!([]));
}

#[test]
fn worked_example_4_never_used_but_a_seizure() {
    let out = answers(json!({ "opioid_use": "never", "seizure": "yes" }));
    assert_eq!(
        out,
        json!({
            "rules_version": "3", "level": "urgent", "action": "emergency_now", "red_flags": ["seizure"], "signs": [],
            "risk_factors": [], "pattern": "none", "safety": [], "mme_per_day": null, "dose_band": "unknown",
            "mme_unconverted": [], "mme_excluded": [], "unsure": [], "unanswered": []
        })
    );
}
