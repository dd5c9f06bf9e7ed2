//! FHIR R4: the published files match the Rust tables, every vignette and
//! worked example survives `--to-fhir` then `--from-fhir` unchanged, every
//! bad QuestionnaireResponse is an error naming its path, and the CLI flags.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use oih_checklist::fhir::{self, Entry, LAYOUT};
use oih_checklist::{assessment, contract};
use serde_json::{json, Value};

const AUTHORED: &str = "2026-11-25T09:30:00Z";
const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// Every input of tests/vignettes/*.jsonl and tests/fhir/cases.jsonl, with
/// where it came from.
fn inputs() -> Vec<(String, Value)> {
    let mut files: Vec<_> = std::fs::read_dir(Path::new(ROOT).join("tests/vignettes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    files.push(Path::new(ROOT).join("tests/fhir/cases.jsonl"));
    let mut inputs = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Value = serde_json::from_str(line).unwrap();
            let name = format!("{}:{}: {}", file.display(), n + 1, case["why"]);
            inputs.push((name, case["input"].clone()));
        }
    }
    assert!(
        inputs.len() >= 40,
        "vignettes and cases found: {}",
        inputs.len()
    );
    inputs
}

fn to_fhir(input: &Value) -> String {
    fhir::to_fhir(&input.to_string(), AUTHORED).unwrap_or_else(|e| panic!("{input}: {e:?}"))
}

fn response(input: Value) -> Value {
    serde_json::from_str(&to_fhir(&input)).unwrap()
}

fn from_fhir_field(qr: &Value) -> String {
    match fhir::evaluate(&qr.to_string()) {
        Ok(output) => panic!("expected an error, got {output}"),
        Err(error) => {
            assert!(!error.message().is_empty());
            error.field
        }
    }
}

#[test]
fn the_published_files_are_the_rust_output() {
    for (file, text) in [
        (
            "Questionnaire-oih-checklist.json",
            fhir::questionnaire_json(),
        ),
        ("CodeSystem-oih-checklist.json", fhir::code_system_json()),
    ] {
        let path = Path::new(ROOT).join("www/fhir").join(file);
        let published = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            published == text,
            "{} differs from the Rust tables; run `make fhir-files` and review the diff",
            path.display()
        );
    }
}

#[test]
fn from_fhir_of_to_fhir_is_the_direct_assessment_for_every_vignette() {
    for (name, input) in inputs() {
        let direct = contract::evaluate(&input.to_string()).unwrap();
        let qr = to_fhir(&input);
        let back = fhir::evaluate(&qr).unwrap_or_else(|e| panic!("{name}: {e:?}\n{qr}"));
        assert_eq!(back, direct, "{name}");
        // The response read back writes the same response: one canonical form.
        let read = fhir::parse_response(&qr).unwrap();
        assert_eq!(fhir::response_json(&read, AUTHORED).unwrap(), qr, "{name}");
    }
}

#[test]
fn a_response_holds_exactly_the_applicable_answered_questions_in_order() {
    for (name, input) in inputs() {
        let parsed = contract::parse_input(&input.to_string()).unwrap();
        let assessment = assessment::assess(&parsed);
        let qr = response(input.clone());
        assert_eq!(qr["questionnaire"], fhir::QUESTIONNAIRE_CANONICAL);
        assert_eq!(qr["authored"], AUTHORED);
        let complete = assessment.unanswered.is_empty();
        assert_eq!(
            qr["status"],
            if complete { "completed" } else { "in-progress" },
            "{name}"
        );
        let items = qr["item"].as_array().cloned().unwrap_or_default();
        let mut expected: Vec<String> = Vec::new();
        for entry in LAYOUT {
            match entry {
                Entry::Question(id) => {
                    if parsed.answers.get(id).is_some() {
                        expected.push(id.key().into());
                    }
                }
                Entry::Medications => {
                    expected.extend(parsed.medications.iter().map(|_| "medications".into()))
                }
            }
        }
        let link_ids: Vec<String> = items
            .iter()
            .map(|i| i["linkId"].as_str().unwrap().into())
            .collect();
        assert_eq!(link_ids, expected, "{name}");
        for item in items.iter().filter(|i| i["linkId"] != "medications") {
            let id = item["linkId"].as_str().unwrap();
            let coding = &item["answer"][0]["valueCoding"];
            assert_eq!(coding["system"], fhir::CODE_SYSTEM_URL);
            assert_eq!(coding["code"], input["answers"][id], "{name} {id}");
        }
    }
}

#[test]
fn the_same_answers_give_the_same_bytes() {
    let input = json!({"answers": {"seizure": "no", "opioid_use": "current"},
        "medications": [{"drug": "tramadol", "amount": 12.50, "times_per_day": 2}]});
    let reordered = r#"{"medications":[{"times_per_day":2,"amount":1.25e1,"drug":"tramadol"}],"answers":{"opioid_use":"current","seizure":"no"}}"#;
    assert_eq!(to_fhir(&input), fhir::to_fhir(reordered, AUTHORED).unwrap());
    assert!(to_fhir(&input).contains("\"valueDecimal\": 12.5\n"));
    assert!(to_fhir(&input).ends_with("}\n"));
}

#[test]
fn authored_must_be_a_full_date_time_with_a_time_zone() {
    for bad in [
        "",
        "2026-11-25",
        "2026-11-25T09:30:00",
        "2026-13-01T00:00:00Z",
        "now",
    ] {
        let error = fhir::to_fhir(r#"{"answers":{}}"#, bad).unwrap_err();
        assert_eq!(error.field, "authored", "{bad:?}");
    }
    // The time is checked before the input.
    assert_eq!(fhir::to_fhir("{}", "x").unwrap_err().field, "authored");
    assert!(fhir::to_fhir(r#"{"answers":{}}"#, "2026-11-25T09:30:00.123+01:00").is_ok());
}

#[test]
fn to_fhir_rejects_what_the_contract_rejects() {
    let error = fhir::to_fhir(
        r#"{"answers":{},"medications":[{"drug":"oxycodone","amount":0,"times_per_day":2}]}"#,
        AUTHORED,
    )
    .unwrap_err();
    assert_eq!(error.field, "medications[0].amount");
    assert_eq!(
        fhir::to_fhir(r#"{"answers":{"kidney":"maybe"}}"#, AUTHORED)
            .unwrap_err()
            .field,
        "answers.kidney"
    );
}

/// Example 3: seizure, opioid_use, duration, dose_increased,
/// response_to_increase, two medicine groups (oxycodone, patch), allodynia.
fn example3() -> Value {
    response(
        json!({"answers": {"opioid_use": "current", "duration": "over_3_months",
        "dose_increased": "yes", "response_to_increase": "worse", "allodynia": "yes", "seizure": "no"},
        "medications": [{"drug": "oxycodone", "amount": 20, "times_per_day": 3},
                        {"drug": "fentanyl_patch", "amount": 25}]}),
    )
}

#[test]
fn a_bad_response_is_an_error_naming_its_path() {
    type Change = fn(&mut Value);
    let cases: Vec<(Change, &str)> = vec![
        (
            |qr| qr["resourceType"] = json!("Questionnaire"),
            "resourceType",
        ),
        (
            |qr| {
                qr.as_object_mut().unwrap().remove("resourceType");
            },
            "resourceType",
        ),
        (
            |qr| {
                qr["questionnaire"] =
                    json!("https://oih-checklist.org/fhir/Questionnaire/oih-checklist|1")
            },
            "questionnaire",
        ),
        (
            |qr| {
                qr.as_object_mut().unwrap().remove("questionnaire");
            },
            "questionnaire",
        ),
        (|qr| qr["status"] = json!("entered-in-error"), "status"),
        (
            |qr| {
                qr.as_object_mut().unwrap().remove("status");
            },
            "status",
        ),
        (|qr| qr["authored"] = json!("yesterday"), "authored"),
        (|qr| qr["answers"] = json!({}), "answers"),
        (
            |qr| {
                qr["modifierExtension"] =
                    json!([{"url": "http://example.org/x", "valueBoolean": true}])
            },
            "modifierExtension",
        ),
        (
            |qr| qr["implicitRules"] = json!("http://example.org/rules"),
            "implicitRules",
        ),
        (|qr| qr["item"] = json!({}), "item"),
        (|qr| qr["item"][2] = json!("duration"), "item[2]"),
        (
            |qr| {
                qr["item"][2].as_object_mut().unwrap().remove("linkId");
            },
            "item[2].linkId",
        ),
        (
            |qr| qr["item"][4]["answer"][0]["valueCoding"]["code"] = json!("maybe"),
            "item[4].answer[0].valueCoding.code",
        ),
        (
            |qr| qr["item"][4]["answer"][0]["valueCoding"]["code"] = json!(1),
            "item[4].answer[0].valueCoding.code",
        ),
        (
            |qr| {
                qr["item"][4]["answer"][0]["valueCoding"]
                    .as_object_mut()
                    .unwrap()
                    .remove("code");
            },
            "item[4].answer[0].valueCoding.code",
        ),
        (
            |qr| {
                qr["item"][0]["answer"][0]["valueCoding"]["system"] =
                    json!("http://snomed.info/sct")
            },
            "item[0].answer[0].valueCoding.system",
        ),
        (
            |qr| {
                qr["item"][0]["answer"][0]["valueCoding"]
                    .as_object_mut()
                    .unwrap()
                    .remove("system");
            },
            "item[0].answer[0].valueCoding.system",
        ),
        (
            |qr| qr["item"][0]["answer"][0]["valueCoding"]["colour"] = json!("red"),
            "item[0].answer[0].valueCoding.colour",
        ),
        (
            |qr| qr["item"][0]["answer"][0] = json!({"valueString": "no"}),
            "item[0].answer[0].valueString",
        ),
        (
            |qr| qr["item"][0]["answer"][0] = json!({}),
            "item[0].answer[0].valueCoding",
        ),
        (
            |qr| qr["item"][0]["answer"][0]["item"] = json!([]),
            "item[0].answer[0].item",
        ),
        (
            |qr| {
                let a = qr["item"][0]["answer"][0].clone();
                qr["item"][0]["answer"].as_array_mut().unwrap().push(a);
            },
            "item[0].answer[1]",
        ),
        (|qr| qr["item"][0]["answer"] = json!({}), "item[0].answer"),
        (
            |qr| qr["item"][1]["linkId"] = json!("nope"),
            "item[1].linkId",
        ),
        (
            |qr| qr["item"][1]["linkId"] = json!("drug"),
            "item[1].linkId",
        ),
        (
            |qr| qr["item"][1]["linkId"] = json!("seizure"),
            "item[1].linkId",
        ),
        (
            |qr| qr["item"].as_array_mut().unwrap().swap(0, 1),
            "item[1].linkId",
        ),
        (
            |qr| {
                let m = qr["item"][5].clone();
                qr["item"].as_array_mut().unwrap().push(m);
            },
            "item[8].linkId",
        ),
        (|qr| qr["item"][0]["item"] = json!([]), "item[0].item"),
        (|qr| qr["item"][5]["answer"] = json!([]), "item[5].answer"),
        (
            |qr| qr["item"][5]["item"][1]["answer"][0]["valueDecimal"] = json!(0),
            "item[5].item[1].answer[0].valueDecimal",
        ),
        (
            |qr| qr["item"][5]["item"][1]["answer"][0]["valueDecimal"] = json!("20"),
            "item[5].item[1].answer[0].valueDecimal",
        ),
        (
            |qr| qr["item"][6]["item"][1]["answer"][0]["valueDecimal"] = json!(1001),
            "item[6].item[1].answer[0].valueDecimal",
        ),
        (
            |qr| qr["item"][5]["item"][2]["answer"][0]["valueInteger"] = json!(2.5),
            "item[5].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][5]["item"][2]["answer"][0]["valueInteger"] = json!(25),
            "item[5].item[2].answer[0].valueInteger",
        ),
        (
            |qr| {
                let t = qr["item"][5]["item"][2].clone();
                qr["item"][6]["item"].as_array_mut().unwrap().push(t);
            },
            "item[6].item[2].answer[0].valueInteger",
        ),
        (
            |qr| {
                qr["item"][5]["item"].as_array_mut().unwrap().remove(2);
            },
            "item[5].item.where(linkId='times_per_day')",
        ),
        (
            |qr| {
                qr["item"][5]["item"].as_array_mut().unwrap().remove(1);
            },
            "item[5].item.where(linkId='amount')",
        ),
        (
            |qr| {
                qr["item"][5]["item"].as_array_mut().unwrap().remove(0);
            },
            "item[5].item.where(linkId='drug')",
        ),
        (
            |qr| qr["item"][5]["item"][0]["answer"][0]["valueCoding"]["code"] = json!("aspirin"),
            "item[5].item[0].answer[0].valueCoding.code",
        ),
        (
            |qr| qr["item"][5]["item"].as_array_mut().unwrap().swap(0, 1),
            "item[5].item[1].linkId",
        ),
        (
            |qr| qr["item"][5]["item"][1]["linkId"] = json!("dose"),
            "item[5].item[1].linkId",
        ),
        (
            |qr| qr["item"][5]["item"] = json!("oxycodone"),
            "item[5].item",
        ),
        (
            |qr| qr["item"][5]["item"][2]["item"] = json!([]),
            "item[5].item[2].item",
        ),
    ];
    for (change, field) in cases {
        let mut qr = example3();
        change(&mut qr);
        assert_eq!(from_fhir_field(&qr), field, "{qr}");
    }
}

#[test]
fn eleven_medicines_are_too_many() {
    let med = json!({"drug": "morphine", "amount": 1, "times_per_day": 1});
    let mut qr = response(json!({"answers": {}, "medications": vec![med; 10]}));
    let group = qr["item"][0].clone();
    qr["item"].as_array_mut().unwrap().push(group);
    assert_eq!(from_fhir_field(&qr), "item[10]");
}

#[test]
fn not_json_a_repeated_key_and_other_shapes() {
    for (text, field) in [
        ("", "input"),
        ("[]", "input"),
        ("{\"resourceType\":", "input"),
        (
            r#"{"resourceType":"QuestionnaireResponse","status":"completed","status":"completed"}"#,
            "status",
        ),
    ] {
        assert_eq!(fhir::evaluate(text).unwrap_err().field, field, "{text}");
    }
}

#[test]
fn other_r4_elements_are_read_past_and_answers_that_do_not_apply_are_ignored() {
    let mut qr = example3();
    qr["id"] = json!("abc");
    qr["meta"] =
        json!({"profile": ["http://hl7.org/fhir/StructureDefinition/QuestionnaireResponse"]});
    qr["subject"] = json!({"display": "A patient"});
    qr["_authored"] = json!({"extension": []});
    qr["item"][0]["definition"] = json!("https://example.org/seizure");
    qr["item"][0]["answer"][0]["valueCoding"]["version"] = json!("2");
    qr["item"][0]["answer"][0]["valueCoding"]["userSelected"] = json!(true);
    qr["item"][3]["answer"] = json!([]);
    let mut plain = example3();
    plain["item"][3]["answer"] = json!([]);
    assert_eq!(
        fhir::evaluate(&qr.to_string()).unwrap(),
        fhir::evaluate(&plain.to_string()).unwrap()
    );
    assert_ne!(
        fhir::evaluate(&qr.to_string()).unwrap(),
        fhir::evaluate(&example3().to_string()).unwrap(),
        "the emptied answer to dose_increased counts as unanswered"
    );
    // opioid_use never: the other answers are valid and ignored, as in the contract.
    let mut never = example3();
    never["item"][1]["answer"][0]["valueCoding"]["code"] = json!("never");
    let contract_never = contract::evaluate(
        &json!({"answers": {"opioid_use": "never", "duration": "over_3_months", "dose_increased": "yes",
            "response_to_increase": "worse", "allodynia": "yes", "seizure": "no"},
            "medications": [{"drug": "oxycodone", "amount": 20, "times_per_day": 3},
                            {"drug": "fentanyl_patch", "amount": 25}]})
        .to_string(),
    )
    .unwrap();
    assert_eq!(fhir::evaluate(&never.to_string()).unwrap(), contract_never);
}

fn oih_assess(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_oih-assess"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
    child.wait_with_output().unwrap()
}

#[test]
fn the_cli_flags() {
    let out = oih_assess(&["--fhir-questionnaire"], "");
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        fhir::questionnaire_json()
    );
    let out = oih_assess(&["--fhir-code-system"], "");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        fhir::code_system_json()
    );

    let input = r#"{"answers":{"opioid_use":"never","seizure":"yes"}}"#;
    for args in [
        &["--to-fhir", "--authored", AUTHORED][..],
        &["--authored", AUTHORED, "--to-fhir"][..],
    ] {
        let out = oih_assess(args, input);
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            String::from_utf8(out.stdout).unwrap(),
            fhir::to_fhir(input, AUTHORED).unwrap()
        );
    }
    // Without --authored: now, in UTC.
    let out = oih_assess(&["--to-fhir"], input);
    let qr: Value = serde_json::from_slice(&out.stdout).unwrap();
    let authored = qr["authored"].as_str().unwrap();
    assert!(fhir::is_date_time_with_zone(authored) && authored.ends_with('Z'));
    assert!(authored[..4] >= *"2026", "{authored}");
    assert_eq!(qr["status"], "completed");

    let out = oih_assess(&["--to-fhir", "--authored", "2026-11-25"], input);
    assert_eq!(out.status.code(), Some(2));
    let error: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(error["error"]["field"], "authored");

    let qr = fhir::to_fhir(input, AUTHORED).unwrap();
    let out = oih_assess(&["--from-fhir"], &qr);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!("{}\n", contract::evaluate(input).unwrap())
    );
    let out = oih_assess(&["--from-fhir"], &qr.replace("\"yes\"", "\"maybe\""));
    assert_eq!(out.status.code(), Some(2));
    let error: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        error["error"]["field"],
        "item[0].answer[0].valueCoding.code"
    );
    assert!(!error["error"]["message"].as_str().unwrap().is_empty());

    let out = oih_assess(&["--to-fhir", "--authored"], input);
    assert_eq!(out.status.code(), Some(64));
}
