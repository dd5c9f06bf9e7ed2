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

// ---------------------------------------------- version 3: per_dose, purpose

/// One medicine's output.
fn med(medication: serde_json::Value) -> serde_json::Value {
    run(json!({ "answers": { "opioid_use": "current" }, "medications": [medication] }))
}

#[test]
fn per_dose_multiplies_amount_times_per_day_and_factor() {
    // Percocet 5/325, two tablets six times a day: 5 x 2 x 6 x 1.5 = 90.
    let out = med(json!({ "drug": "oxycodone", "amount": 5, "per_dose": 2, "times_per_day": 6 }));
    assert_eq!(
        (mme_text(&out), out["dose_band"].as_str()),
        ("90.0".into(), Some("90_or_more"))
    );
    assert_eq!(strings(&out["risk_factors"]), ["high_dose"]);
    // The same tablet once at a time is half, in the lower band.
    let out = med(json!({ "drug": "oxycodone", "amount": 5, "times_per_day": 6 }));
    assert_eq!(
        (mme_text(&out), out["dose_band"].as_str()),
        ("45.0".into(), Some("under_50"))
    );
    // Tylenol #3 (worked example 11): the codeine number, 30, not the 300.
    let out = med(json!({ "drug": "codeine", "amount": 30, "per_dose": 2, "times_per_day": 4 }));
    assert_eq!(mme_text(&out), "36.0");
    let slip = med(json!({ "drug": "codeine", "amount": 300, "per_dose": 2, "times_per_day": 4 }));
    assert_eq!(
        mme_text(&slip),
        "360.0",
        "why the widget offers the strengths"
    );
    // Xtampza ER 36 mg counts as 40 mg oxycodone hydrochloride: 40 x 1 x 2.
    let out = med(json!({ "drug": "oxycodone", "amount": 40, "per_dose": 1, "times_per_day": 2 }));
    assert_eq!(mme_text(&out), "120.0");
    // Each factor once more, three at a time: 10 x 3 x 2 x factor.
    for (drug, expected) in [
        ("codeine", "9.0"),
        ("hydrocodone", "60.0"),
        ("hydromorphone", "300.0"),
        ("methadone", "282.0"),
        ("morphine", "60.0"),
        ("oxycodone", "90.0"),
        ("oxymorphone", "180.0"),
        ("tapentadol", "24.0"),
        ("tramadol", "12.0"),
    ] {
        let out = med(json!({ "drug": drug, "amount": 10, "per_dose": 3, "times_per_day": 2 }));
        assert_eq!(mme_text(&out), expected, "{drug}");
    }
}

#[test]
fn per_dose_counts_for_the_patch_too() {
    // Two 25 mcg/hr patches: 25 x 2 x 2.4 = 120.
    let out = med(json!({ "drug": "fentanyl_patch", "amount": 25, "per_dose": 2 }));
    assert_eq!(
        (mme_text(&out), out["dose_band"].as_str()),
        ("120.0".into(), Some("90_or_more"))
    );
    let out = med(json!({ "drug": "fentanyl_patch", "amount": 12.5, "per_dose": 3 }));
    assert_eq!(mme_text(&out), "90.0", "exactly 90");
    assert_eq!(out["dose_band"], "90_or_more");
    let out = med(json!({ "drug": "fentanyl_patch", "amount": 25, "per_dose": 1 }));
    assert_eq!(mme_text(&out), "60.0");
}

#[test]
fn per_dose_keeps_the_boundaries_exact() {
    let out = med(json!({ "drug": "morphine", "amount": 12.5, "per_dose": 2, "times_per_day": 2 }));
    assert_eq!(
        (mme_text(&out), out["dose_band"].as_str()),
        ("50.0".into(), Some("50_to_89"))
    );
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":4.999999999999999999,"per_dose":10,"times_per_day":1}]}"#,
    );
    assert_eq!(mme_text(&out), "49.99999999999999999");
    assert_eq!(out["dose_band"], "under_50");
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"tramadol","amount":0.1,"per_dose":3,"times_per_day":1},{"drug":"morphine","amount":89.94,"times_per_day":1}]}"#,
    );
    assert_eq!(
        (mme_text(&out), out["dose_band"].as_str()),
        ("90.0".into(), Some("90_or_more"))
    );
}

#[test]
fn a_medicine_for_opioid_use_disorder_is_excluded_not_counted() {
    let out = med(
        json!({ "drug": "methadone", "amount": 80, "times_per_day": 1, "purpose": "opioid_use_disorder" }),
    );
    assert_eq!(out["mme_per_day"], serde_json::Value::Null);
    assert_eq!(out["dose_band"], "unknown");
    assert_eq!(strings(&out["mme_excluded"]), ["methadone"]);
    assert_eq!(strings(&out["mme_unconverted"]), Vec::<&str>::new());
    assert_eq!(
        strings(&out["risk_factors"]),
        Vec::<&str>::new(),
        "376 MME of methadone for OUD is not a high dose by the thresholds"
    );
    // The same methadone for pain counts: 80 x 4.7 = 376.
    for purpose in [Some("pain"), None] {
        let mut m = json!({ "drug": "methadone", "amount": 80, "times_per_day": 1 });
        if let Some(p) = purpose {
            m["purpose"] = json!(p);
        }
        let out = med(m);
        assert_eq!(mme_text(&out), "376.0", "{purpose:?}");
        assert_eq!(strings(&out["mme_excluded"]), Vec::<&str>::new());
        assert_eq!(strings(&out["risk_factors"]), ["high_dose"]);
    }
}

#[test]
fn buprenorphine_for_opioid_use_disorder_is_excluded_not_unconverted() {
    for m in [
        json!({ "drug": "buprenorphine", "purpose": "opioid_use_disorder" }),
        json!({ "drug": "buprenorphine", "amount": 16, "per_dose": 2, "times_per_day": 1, "purpose": "opioid_use_disorder" }),
    ] {
        let out = med(m.clone());
        assert_eq!(strings(&out["mme_excluded"]), ["buprenorphine"], "{m}");
        assert_eq!(strings(&out["mme_unconverted"]), Vec::<&str>::new(), "{m}");
        assert_eq!(out["mme_per_day"], serde_json::Value::Null);
    }
    // For pain it has no factor: unconverted, as in version 2.
    for m in [
        json!({ "drug": "buprenorphine", "purpose": "pain" }),
        json!({ "drug": "buprenorphine", "amount": 8 }),
    ] {
        let out = med(m.clone());
        assert_eq!(strings(&out["mme_unconverted"]), ["buprenorphine"], "{m}");
        assert_eq!(strings(&out["mme_excluded"]), Vec::<&str>::new(), "{m}");
    }
}

#[test]
fn excluded_drugs_are_listed_once_each_in_order_of_first_appearance() {
    let out = run(json!({ "answers": {}, "medications": [
        { "drug": "buprenorphine", "purpose": "opioid_use_disorder" },
        { "drug": "morphine", "amount": 10, "per_dose": 2, "times_per_day": 1 },
        { "drug": "methadone", "amount": 60, "times_per_day": 1, "purpose": "opioid_use_disorder" },
        { "drug": "buprenorphine" },
        { "drug": "buprenorphine", "amount": 2, "purpose": "opioid_use_disorder" },
        { "drug": "methadone", "amount": 5, "times_per_day": 2, "purpose": "pain" },
        { "drug": "methadone", "amount": 30, "times_per_day": 1, "purpose": "opioid_use_disorder" }
    ]}));
    // 20 (morphine) + 47 (methadone for pain).
    assert_eq!(mme_text(&out), "67.0");
    assert_eq!(out["dose_band"], "50_to_89");
    assert_eq!(
        strings(&out["mme_excluded"]),
        ["buprenorphine", "methadone"]
    );
    assert_eq!(strings(&out["mme_unconverted"]), ["buprenorphine"]);
}

#[test]
fn only_excluded_medicines_mean_no_total() {
    let out = run(json!({ "answers": {}, "medications": [
        { "drug": "methadone", "amount": 100, "times_per_day": 1, "purpose": "opioid_use_disorder" },
        { "drug": "buprenorphine", "amount": 8, "times_per_day": 2, "purpose": "opioid_use_disorder" }
    ]}));
    assert_eq!(
        (out["mme_per_day"].is_null(), out["dose_band"].as_str()),
        (true, Some("unknown"))
    );
    assert_eq!(
        strings(&out["mme_excluded"]),
        ["methadone", "buprenorphine"]
    );
}

#[test]
fn the_largest_version_3_inputs_sum_exactly() {
    let meds: Vec<_> = (0..10)
        .map(|_| json!({ "drug": "hydromorphone", "amount": 10000, "per_dose": 10, "times_per_day": 24 }))
        .collect();
    assert_eq!(
        mme_text(&run(json!({ "answers": {}, "medications": meds }))),
        "120000000.0"
    );
    // The bound of decimal.rs at its tightest: 28 decimals, a factor with two
    // (codeine's 0.15) so the sum is at scale 30, ten at a time, 24 a day.
    // Checked with Python's decimal module at 100 digits.
    let amount = "9999.9999999999999999999999999999";
    let mut meds: Vec<_> = (0..9)
        .map(|_| {
            format!(
                r#"{{"drug":"hydromorphone","amount":{amount},"per_dose":10,"times_per_day":24}}"#
            )
        })
        .collect();
    meds.push(format!(
        r#"{{"drug":"codeine","amount":{amount},"per_dose":10,"times_per_day":24}}"#
    ));
    let out = run_text(&format!(
        r#"{{"answers":{{}},"medications":[{}]}}"#,
        meds.join(",")
    ));
    assert_eq!(mme_text(&out), "108359999.9999999999999999999999989164");
    let out = run_text(&format!(
        r#"{{"answers":{{}},"medications":[{{"drug":"methadone","amount":{amount},"per_dose":10,"times_per_day":24}}]}}"#
    ));
    assert_eq!(mme_text(&out), "11279999.9999999999999999999999998872");
}

#[test]
fn a_version_2_input_gives_the_same_mme_in_version_3() {
    // tests/fixtures/v2-outputs.jsonl: every vignette of version 2 and 300
    // generated inputs, with the output `oih-assess` gave before version 3.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/v2-outputs.jsonl"
    ))
    .unwrap();
    let mut counted = 0;
    for (n, line) in text.lines().enumerate() {
        let case: serde_json::Value = serde_json::from_str(line).unwrap();
        let (input, v2) = (&case["input"], &case["v2_output"]);
        let v3 = run(input.clone());
        for field in ["mme_per_day", "dose_band", "mme_unconverted"] {
            assert_eq!(v3[field], v2[field], "line {}: {field} of {input}", n + 1);
        }
        assert_eq!(strings(&v3["mme_excluded"]), Vec::<&str>::new());
        counted += usize::from(!v2["mme_per_day"].is_null());
    }
    assert!(counted >= 100, "{counted} inputs with a total");
}
