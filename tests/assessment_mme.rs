//! The MME table, the exact decimal total and the dose bands.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{mme_text, run, run_text, strings};
use serde_json::json;

fn one(drug: &str, amount: &str, times: Option<u32>) -> serde_json::Value {
    let times = times
        .map(|t| format!(r#","times_per_day":{t}"#))
        .unwrap_or_default();
    run_text(&format!(
        r#"{{"answers":{{}},"medications":[{{"drug":"{drug}","amount":{amount}{times}}}]}}"#
    ))
}

#[test]
fn every_factor_of_the_table() {
    // 10 mg twice a day of each: 20 x factor.
    for (drug, expected) in [
        ("codeine", "3.0"),
        ("hydrocodone", "20.0"),
        ("hydromorphone", "100.0"),
        ("methadone", "94.0"),
        ("morphine", "20.0"),
        ("oxycodone", "30.0"),
        ("oxymorphone", "60.0"),
        ("tapentadol", "8.0"),
        ("tramadol", "4.0"),
    ] {
        let out = one(drug, "10", Some(2));
        assert_eq!(mme_text(&out), expected, "{drug}");
        assert_eq!(strings(&out["mme_unconverted"]), Vec::<&str>::new());
    }
}

#[test]
fn the_patch_factor_applies_to_mcg_per_hour_directly() {
    assert_eq!(mme_text(&one("fentanyl_patch", "25", None)), "60.0");
    assert_eq!(mme_text(&one("fentanyl_patch", "12.5", None)), "30.0");
    assert_eq!(mme_text(&one("fentanyl_patch", "1000", None)), "2400.0");
}

#[test]
fn the_worked_examples_of_the_table() {
    let out = one("hydrocodone", "5", Some(4));
    assert_eq!(
        (mme_text(&out), out["dose_band"].as_str()),
        ("20.0".into(), Some("under_50"))
    );
    assert_eq!(mme_text(&one("oxycodone", "10", Some(2))), "30.0");
}

#[test]
fn drugs_without_a_factor_are_listed_once_each_in_order_of_first_appearance() {
    let out = run(json!({ "answers": {}, "medications": [
        { "drug": "buprenorphine", "amount": 8, "times_per_day": 2 },
        { "drug": "morphine", "amount": 10, "times_per_day": 1 },
        { "drug": "other" },
        { "drug": "heroin" },
        { "drug": "opium", "amount": 1 },
        { "drug": "other" }
    ]}));
    assert_eq!(mme_text(&out), "10.0");
    assert_eq!(out["dose_band"], "under_50");
    assert_eq!(
        strings(&out["mme_unconverted"]),
        ["buprenorphine", "other", "heroin", "opium"]
    );
}

#[test]
fn nothing_converted_means_no_total_and_an_unknown_band() {
    for meds in [json!([]), json!([{ "drug": "buprenorphine" }])] {
        let out = run(json!({ "answers": {}, "medications": meds }));
        assert_eq!(out["mme_per_day"], serde_json::Value::Null);
        assert_eq!(out["dose_band"], "unknown");
    }
    let out = run(json!({ "answers": {} }));
    assert_eq!(
        (out["mme_per_day"].is_null(), out["dose_band"].as_str()),
        (true, Some("unknown"))
    );
}

fn band(medications: serde_json::Value) -> (String, String) {
    let out = run(json!({ "answers": {}, "medications": medications }));
    (
        mme_text(&out),
        out["dose_band"].as_str().unwrap().to_string(),
    )
}

#[test]
fn exactly_50_is_in_the_middle_band_whatever_the_mix() {
    for meds in [
        json!([{ "drug": "tramadol", "amount": 250, "times_per_day": 1 }]),
        json!([{ "drug": "oxycodone", "amount": 10, "times_per_day": 2 }, { "drug": "morphine", "amount": 20, "times_per_day": 1 }]),
        json!([{ "drug": "codeine", "amount": 0.1, "times_per_day": 1 }, { "drug": "morphine", "amount": 49.985, "times_per_day": 1 }]),
        json!([{ "drug": "tapentadol", "amount": 62.5, "times_per_day": 2 }]),
        json!([{ "drug": "methadone", "amount": 2.5, "times_per_day": 2 }, { "drug": "tramadol", "amount": 63.75, "times_per_day": 2 },
               { "drug": "morphine", "amount": 0.8, "times_per_day": 1 }, { "drug": "hydrocodone", "amount": 0.2, "times_per_day": 1 }]),
    ] {
        assert_eq!(
            band(meds.clone()),
            ("50.0".into(), "50_to_89".into()),
            "{meds}"
        );
    }
}

#[test]
fn exactly_90_is_in_the_upper_band_whatever_the_mix() {
    for meds in [
        json!([{ "drug": "codeine", "amount": 100, "times_per_day": 6 }]),
        json!([{ "drug": "fentanyl_patch", "amount": 37.5 }]),
        json!([{ "drug": "oxycodone", "amount": 20, "times_per_day": 3 }]),
        json!([{ "drug": "tramadol", "amount": 0.1, "times_per_day": 3 }, { "drug": "morphine", "amount": 89.94, "times_per_day": 1 }]),
        json!([{ "drug": "hydromorphone", "amount": 2, "times_per_day": 4 }, { "drug": "methadone", "amount": 10, "times_per_day": 1 },
               { "drug": "tramadol", "amount": 10, "times_per_day": 1 }, { "drug": "tapentadol", "amount": 0.25, "times_per_day": 1 },
               { "drug": "oxymorphone", "amount": 0.3, "times_per_day": 1 }]),
    ] {
        assert_eq!(
            band(meds.clone()),
            ("90.0".into(), "90_or_more".into()),
            "{meds}"
        );
    }
}

#[test]
fn just_below_a_boundary_stays_below_even_where_floating_point_would_round_up() {
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":49.99999999999999999,"times_per_day":1}]}"#,
    );
    assert_eq!(mme_text(&out), "49.99999999999999999");
    assert_eq!(out["dose_band"], "under_50");
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"oxycodone","amount":29.999999999999999999999999,"times_per_day":2}]}"#,
    );
    assert_eq!(out["dose_band"], "50_to_89");
    assert_eq!(mme_text(&out), "89.999999999999999999999997");
    // 0.1 + 0.2 style sums are exact.
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":0.1,"times_per_day":1},{"drug":"morphine","amount":0.2,"times_per_day":1}]}"#,
    );
    assert_eq!(mme_text(&out), "0.3");
}

#[test]
fn number_literals_in_any_json_form() {
    assert_eq!(mme_text(&one("morphine", "1e2", Some(1))), "100.0");
    assert_eq!(mme_text(&one("morphine", "2.5E1", Some(2))), "50.0");
    assert_eq!(mme_text(&one("morphine", "500e-1", Some(1))), "50.0");
    assert_eq!(mme_text(&one("morphine", "10.000", Some(3))), "30.0");
    assert_eq!(mme_text(&one("morphine", "10", Some(1)).clone()), "10.0");
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":10,"times_per_day":2.0}]}"#,
    );
    assert_eq!(
        mme_text(&out),
        "20.0",
        "a whole number written with a point is still whole"
    );
}

#[test]
fn high_dose_is_a_risk_factor_only_at_90_or_more() {
    let high = run(
        json!({ "answers": { "opioid_use": "current" }, "medications": [{ "drug": "morphine", "amount": 90, "times_per_day": 1 }] }),
    );
    assert_eq!(strings(&high["risk_factors"]), ["high_dose"]);
    let middle = run(
        json!({ "answers": { "opioid_use": "current" }, "medications": [{ "drug": "morphine", "amount": 89.9, "times_per_day": 1 }] }),
    );
    assert_eq!(strings(&middle["risk_factors"]), Vec::<&str>::new());
}

#[test]
fn the_largest_inputs_sum_exactly() {
    let meds: Vec<_> = (0..10)
        .map(|_| json!({ "drug": "hydromorphone", "amount": 10000, "times_per_day": 24 }))
        .collect();
    assert_eq!(
        mme_text(&run(json!({ "answers": {}, "medications": meds }))),
        "12000000.0"
    );
    let fine = r#"{"answers":{},"medications":[{"drug":"methadone","amount":9999.9999999999999999999999999999,"times_per_day":24}]}"#;
    let out = run_text(fine);
    // Checked with Python's decimal module at 80 digits.
    assert_eq!(
        mme_text(&out),
        "1127999.99999999999999999999999998872",
        "28 decimals x 24 x 4.7, exact"
    );
}
