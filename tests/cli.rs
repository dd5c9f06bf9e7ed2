//! The built `oih-assess` binary: single input, `--jsonl`, bad input, exit codes.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{ErrorKind, Write};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn oih_assess(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_oih-assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("oih-assess runs");
    // A run that exits before reading its input (a usage error) closes the
    // pipe early; that broken pipe is the child's choice, not a test failure.
    let written = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    if let Err(e) = written {
        assert_eq!(e.kind(), ErrorKind::BrokenPipe, "writing stdin: {e}");
    }
    child.wait_with_output().unwrap()
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

#[test]
fn one_valid_input_exits_0_with_the_output() {
    let out = oih_assess(&[], r#"{"answers":{"opioid_use":"never","seizure":"yes"}}"#);
    assert_eq!(out.status.code(), Some(0));
    let result = &lines(&out)[0];
    assert_eq!(result["level"], "urgent");
    assert_eq!(result["red_flags"], serde_json::json!(["seizure"]));
}

#[test]
fn invalid_input_exits_2_with_the_error_on_stdout() {
    let out = oih_assess(
        &[],
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":10,"times_per_day":1},{"drug":"oxycodone","amount":0,"times_per_day":2}]}"#,
    );
    assert_eq!(out.status.code(), Some(2));
    let error = &lines(&out)[0]["error"];
    assert_eq!(error["field"], "medications[1].amount");
    assert!(!error["message"].as_str().unwrap().is_empty());
}

#[test]
fn a_version_3_input_gives_the_contract_s_example_output() {
    let input = r#"{"answers":{"opioid_use":"current","duration":"over_3_months","dose_increased":"yes","response_to_increase":"worse","allodynia":"yes","seizure":"no"},"medications":[{"drug":"oxycodone","amount":10,"per_dose":2,"times_per_day":3},{"drug":"fentanyl_patch","amount":25},{"drug":"methadone","amount":60,"times_per_day":1,"purpose":"opioid_use_disorder"}]}"#;
    let out = oih_assess(&[], input);
    assert_eq!(out.status.code(), Some(0));
    // Byte for byte the contract's example output (clinical-content.md v3).
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        concat!(
            r#"{"rules_version":"3","level":"some_signs","action":"next_appointment","red_flags":[],"#,
            r#""signs":["allodynia","worse_after_increase"],"risk_factors":["high_dose","dose_increased","long_term"],"#,
            r#""pattern":"oih","safety":["overdose_signs","naloxone"],"mme_per_day":150.0,"dose_band":"90_or_more","#,
            r#""mme_unconverted":[],"mme_excluded":["methadone"],"unsure":[],"#,
            r#""unanswered":["kidney","liver","pain_worse_despite_dose","more_sensitive","pain_spread","pain_different","myoclonus"]}"#,
            "\n"
        )
    );
}

#[test]
fn a_purpose_on_another_drug_or_a_bad_per_dose_exits_2_naming_the_field() {
    for (input, field) in [
        (
            r#"{"answers":{},"medications":[{"drug":"oxycodone","amount":10,"times_per_day":2,"purpose":"pain"}]}"#,
            "medications[0].purpose",
        ),
        (
            r#"{"answers":{},"medications":[{"drug":"morphine","amount":10,"times_per_day":1},{"drug":"fentanyl_patch","amount":25,"per_dose":11}]}"#,
            "medications[1].per_dose",
        ),
    ] {
        let out = oih_assess(&[], input);
        assert_eq!(out.status.code(), Some(2), "{input}");
        assert_eq!(lines(&out)[0]["error"]["field"], field);
    }
    let out = oih_assess(
        &["--jsonl"],
        concat!(
            "{\"answers\":{\"seizure\":\"yes_checked\",\"opioid_use\":\"never\"}}\n",
            "{\"answers\":{},\"medications\":[{\"drug\":\"codeine\",\"amount\":30,\"per_dose\":2.5,\"times_per_day\":4}]}\n",
            "{\"answers\":{},\"medications\":[{\"drug\":\"codeine\",\"amount\":30,\"per_dose\":2,\"times_per_day\":4}]}\n"
        ),
    );
    assert_eq!(out.status.code(), Some(0));
    let results = lines(&out);
    assert_eq!(results[0]["action"], "doctor_within_days");
    assert_eq!(results[1]["error"]["field"], "medications[0].per_dose");
    assert_eq!(results[2]["mme_per_day"], serde_json::json!(36.0));
}

#[test]
fn not_json_exits_2_naming_the_input() {
    for text in ["", "not json", "{\"answers\":"] {
        let out = oih_assess(&[], text);
        assert_eq!(out.status.code(), Some(2), "{text:?}");
        assert_eq!(lines(&out)[0]["error"]["field"], "input");
    }
}

#[test]
fn jsonl_runs_the_vignette_files_in_order() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vignettes");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let cases: Vec<Value> = files
        .iter()
        .flat_map(|f| {
            std::fs::read_to_string(f)
                .unwrap()
                .lines()
                .filter(|l| !l.trim().is_empty())
                .map(|l| serde_json::from_str(l).unwrap())
                .collect::<Vec<Value>>()
        })
        .collect();
    assert!(cases.len() >= 60, "{}", cases.len());
    let inputs: String = cases.iter().map(|c| format!("{}\n", c["input"])).collect();
    let out = oih_assess(&["--jsonl"], &inputs);
    assert_eq!(out.status.code(), Some(0));
    let results = lines(&out);
    assert_eq!(results.len(), cases.len());
    for (case, result) in cases.iter().zip(&results) {
        for (field, expected) in case["expected"].as_object().unwrap() {
            assert_eq!(&result[field], expected, "{}", case["why"]);
        }
    }
}

#[test]
fn jsonl_mixes_outputs_and_errors_line_by_line_and_skips_blank_lines() {
    let input = concat!(
        "{\"answers\":{\"opioid_use\":\"past\"}}\n",
        "\n",
        "{\"answers\":{\"kidney\":\"maybe\"}}\r\n",
        "   \n",
        "garbage\n",
        "{\"answers\":{},\"medications\":[{\"drug\":\"tramadol\",\"amount\":250,\"times_per_day\":1}]}"
    );
    let out = oih_assess(&["--jsonl"], input);
    assert_eq!(
        out.status.code(),
        Some(0),
        "exit 0 even when some lines are invalid"
    );
    let results = lines(&out);
    assert_eq!(results.len(), 4);
    assert_eq!(results[0]["level"], "not_applicable");
    assert_eq!(results[1]["error"]["field"], "answers.kidney");
    assert_eq!(results[2]["error"]["field"], "input");
    assert_eq!(results[3]["dose_band"], "50_to_89");
}

#[test]
fn an_unknown_flag_is_a_usage_error() {
    // More input than a pipe buffers, so the early exit always breaks the pipe.
    let out = oih_assess(&["--csv"], &"{}\n".repeat(100_000));
    assert_ne!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: oih-assess"));
    assert!(out.stdout.is_empty());
}
