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

/// R4's reading of an item's `enableWhen` against the answer codes given
/// (`values`); an item named by a condition counts as unanswered while it is
/// itself disabled.
fn enabled(items: &[Value], link_id: &str, values: &[(&str, &str)]) -> bool {
    let item = items.iter().find(|i| i["linkId"] == link_id).unwrap();
    let Some(conditions) = item["enableWhen"].as_array() else {
        return true;
    };
    let results = conditions.iter().map(|c| {
        let source = c["question"].as_str().unwrap();
        let value = values
            .iter()
            .find(|(id, _)| *id == source)
            .filter(|_| enabled(items, source, values))
            .map(|(_, code)| *code);
        match c["operator"].as_str().unwrap() {
            "exists" => value.is_some() == c["answerBoolean"].as_bool().unwrap(),
            "=" => value.is_some_and(|v| c["answerCoding"]["code"] == v),
            other => panic!("operator {other}"),
        }
    });
    match item["enableBehavior"].as_str() {
        Some("all") => results.collect::<Vec<_>>().iter().all(|r| *r),
        _ => results.collect::<Vec<_>>().iter().any(|r| *r),
    }
}

#[test]
fn enable_when_says_exactly_when_each_question_applies() {
    use oih_checklist::assessment::Answers;
    use oih_checklist::content::questions::QuestionId;
    let q: Value = serde_json::from_str(&fhir::questionnaire_json()).unwrap();
    let items = q["item"].as_array().unwrap();
    let choices = |id: QuestionId| -> Vec<Option<&'static str>> {
        std::iter::once(None)
            .chain(id.question().options.iter().copied().map(Some))
            .collect()
    };
    let mut combinations = 0;
    // Every answer (or none) to the questions others depend on.
    for opioid_use in choices(QuestionId::OpioidUse) {
        for dose_increased in choices(QuestionId::DoseIncreased) {
            let mut answers = Answers::default();
            let mut values = Vec::new();
            for (id, value) in [
                (QuestionId::OpioidUse, opioid_use),
                (QuestionId::DoseIncreased, dose_increased),
            ] {
                if let Some(value) = value {
                    answers.set(id, value).unwrap();
                    values.push((id.key(), value));
                }
            }
            for id in QuestionId::ALL {
                assert_eq!(
                    enabled(items, id.key(), &values),
                    answers.applies(id),
                    "{} with {values:?}",
                    id.key()
                );
            }
            combinations += 1;
        }
    }
    assert_eq!(combinations, 5 * 4);
    // Doses a day: for every medicine but the patch.
    let group = items.iter().find(|i| i["linkId"] == "medications").unwrap();
    let children = group["item"].as_array().unwrap();
    for drug in &oih_checklist::content::drugs::DRUGS {
        assert_eq!(
            enabled(children, "times_per_day", &[("drug", drug.id)]),
            drug.takes_doses_per_day(),
            "{}",
            drug.id
        );
    }
    assert!(!enabled(children, "times_per_day", &[]));
}

// ------------------------------------------------------------- version 3

/// The first version 3 case of tests/fhir/cases.jsonl: seizure, opioid_use,
/// duration, then three medicine groups (items 3, 4, 5): oxycodone 5 mg x 2
/// x 6, two 25 mcg/hr patches, methadone 80 mg for opioid use disorder.
fn v3_input() -> Value {
    json!({"answers": {"seizure": "yes_checked", "opioid_use": "current", "duration": "over_3_months"},
        "medications": [{"drug": "oxycodone", "amount": 5, "per_dose": 2, "times_per_day": 6},
                        {"drug": "fentanyl_patch", "amount": 25, "per_dose": 2},
                        {"drug": "methadone", "amount": 80, "times_per_day": 1, "purpose": "opioid_use_disorder"}]})
}

fn group_link_ids(qr: &Value, at: usize) -> Vec<&str> {
    qr["item"][at]["item"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["linkId"].as_str().unwrap())
        .collect()
}

#[test]
fn version_3_answers_are_written_and_read_back() {
    let qr = response(v3_input());
    assert_eq!(
        qr["questionnaire"],
        "https://oih-checklist.org/fhir/Questionnaire/oih-checklist|3"
    );
    assert_eq!(
        qr["item"][0]["answer"][0]["valueCoding"]["code"],
        "yes_checked"
    );
    assert_eq!(
        qr["item"][0]["answer"][0]["valueCoding"]["display"],
        "Yes, and a doctor has checked it"
    );
    assert_eq!(
        group_link_ids(&qr, 3),
        ["drug", "amount", "per_dose", "times_per_day"]
    );
    assert_eq!(qr["item"][3]["item"][2]["answer"][0]["valueInteger"], 2);
    assert_eq!(group_link_ids(&qr, 4), ["drug", "amount", "per_dose"]);
    assert_eq!(
        group_link_ids(&qr, 5),
        ["drug", "amount", "times_per_day", "purpose"]
    );
    assert_eq!(
        qr["item"][5]["item"][3]["answer"][0]["valueCoding"]["code"],
        "opioid_use_disorder"
    );
    let back = fhir::evaluate(&qr.to_string()).unwrap();
    let out: Value = serde_json::from_str(&back).unwrap();
    assert_eq!(out["mme_per_day"], json!(210.0), "90 + 120");
    assert_eq!(out["mme_excluded"], json!(["methadone"]));
    assert_eq!(out["action"], "doctor_within_days");
    assert_eq!(back, contract::evaluate(&v3_input().to_string()).unwrap());
}

#[test]
fn defaults_are_not_written_so_the_same_medicine_gives_the_same_bytes() {
    let plain = json!({"answers": {}, "medications": [{"drug": "methadone", "amount": 10, "times_per_day": 2}]});
    let explicit = json!({"answers": {}, "medications": [{"drug": "methadone", "amount": 10, "per_dose": 1,
        "times_per_day": 2, "purpose": "pain"}]});
    assert_eq!(to_fhir(&plain), to_fhir(&explicit));
    assert_eq!(
        group_link_ids(&response(plain), 0),
        ["drug", "amount", "times_per_day"]
    );
}

/// A response to version 2 of the Questionnaire: the version 3 response of
/// an input version 2 could hold, with the version 2 canonical.
fn as_version_2(mut qr: Value) -> Value {
    qr["questionnaire"] = json!(fhir::QUESTIONNAIRE_CANONICAL_V2);
    qr
}

#[test]
fn a_version_2_response_still_reads_as_the_same_assessment() {
    assert_eq!(
        fhir::QUESTIONNAIRE_CANONICAL_V2,
        "https://oih-checklist.org/fhir/Questionnaire/oih-checklist|2"
    );
    let mut read = 0;
    for (name, input) in inputs() {
        let text = input.to_string();
        if text.contains("per_dose") || text.contains("purpose") || text.contains("yes_checked") {
            continue;
        }
        let qr = as_version_2(response(input.clone()));
        let back = fhir::evaluate(&qr.to_string()).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(back, contract::evaluate(&text).unwrap(), "{name}");
        read += 1;
    }
    assert!(read >= 40, "{read}");
    // Written out as a version 2 export was, byte for byte in its items.
    let v2_file = r#"{
  "resourceType": "QuestionnaireResponse",
  "questionnaire": "https://oih-checklist.org/fhir/Questionnaire/oih-checklist|2",
  "status": "in-progress",
  "authored": "2026-11-25T09:30:00Z",
  "item": [
    {"linkId": "seizure", "text": "In the last 4 weeks, have you had a seizure (a fit) that was new for you?",
     "answer": [{"valueCoding": {"system": "https://oih-checklist.org/fhir/CodeSystem/oih-checklist", "code": "no", "display": "No"}}]},
    {"linkId": "opioid_use", "text": "Do you take opioid pain medicine?",
     "answer": [{"valueCoding": {"system": "https://oih-checklist.org/fhir/CodeSystem/oih-checklist", "code": "current", "display": "Yes, I take it now"}}]},
    {"linkId": "medications", "text": "Your opioid medicines (optional)", "item": [
      {"linkId": "drug", "text": "Medicine", "answer": [{"valueCoding": {"system": "https://oih-checklist.org/fhir/CodeSystem/oih-checklist", "code": "oxycodone", "display": "Oxycodone"}}]},
      {"linkId": "amount", "text": "Amount per dose in mg (for a fentanyl patch: patch strength in mcg/hr)", "answer": [{"valueDecimal": 20}]},
      {"linkId": "times_per_day", "text": "Doses a day", "answer": [{"valueInteger": 3}]}]}
  ]
}"#;
    let out: Value = serde_json::from_str(&fhir::evaluate(v2_file).unwrap()).unwrap();
    assert_eq!(out["mme_per_day"], json!(90.0));
    assert_eq!(out["rules_version"], "3");
    assert_eq!(out["safety"], json!(["overdose_signs", "naloxone"]));
}

#[test]
fn a_version_2_response_cannot_hold_what_version_2_did_not_ask() {
    let qr = response(v3_input());
    assert_eq!(
        from_fhir_field(&as_version_2(qr.clone())),
        "item[0].answer[0].valueCoding.code",
        "yes_checked was not an answer of version 2"
    );
    let mut no_seizure = qr;
    no_seizure["item"].as_array_mut().unwrap().remove(0);
    assert_eq!(
        from_fhir_field(&as_version_2(no_seizure.clone())),
        "item[2].item[2].linkId",
        "per_dose was not an item of version 2"
    );
    for group in [2, 3] {
        no_seizure["item"][group]["item"]
            .as_array_mut()
            .unwrap()
            .remove(2);
    }
    assert_eq!(
        from_fhir_field(&as_version_2(no_seizure.clone())),
        "item[4].item[3].linkId",
        "purpose was not an item of version 2"
    );
    no_seizure["item"][4]["item"]
        .as_array_mut()
        .unwrap()
        .remove(3);
    assert!(fhir::evaluate(&as_version_2(no_seizure).to_string()).is_ok());
    // The error says which answers version 2 had.
    let error = fhir::evaluate(&as_version_2(response(v3_input())).to_string()).unwrap_err();
    assert!(
        error.message().contains(r#""yes", "no" or "unsure""#),
        "{}",
        error.message()
    );
}

#[test]
fn a_bad_version_3_medicine_is_an_error_naming_its_path() {
    type Change = fn(&mut Value);
    let cases: Vec<(Change, &str)> = vec![
        (
            |qr| qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!(0),
            "item[3].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!(11),
            "item[3].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!(2.5),
            "item[3].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!(2.0),
            "item[3].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!("2"),
            "item[3].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!(-1),
            "item[3].item[2].answer[0].valueInteger",
        ),
        (
            |qr| qr["item"][3]["item"][2]["answer"][0] = json!({"valueDecimal": 2}),
            "item[3].item[2].answer[0].valueDecimal",
        ),
        (
            |qr| qr["item"][5]["item"][3]["answer"][0]["valueCoding"]["code"] = json!("oud"),
            "item[5].item[3].answer[0].valueCoding.code",
        ),
        (
            |qr| qr["item"][5]["item"][3]["answer"][0]["valueCoding"]["code"] = json!("yes"),
            "item[5].item[3].answer[0].valueCoding.code",
        ),
        (
            |qr| {
                qr["item"][5]["item"][3]["answer"][0]["valueCoding"]["system"] =
                    json!("http://snomed.info/sct")
            },
            "item[5].item[3].answer[0].valueCoding.system",
        ),
        (
            // Purpose on oxycodone.
            |qr| {
                let purpose = qr["item"][5]["item"][3].clone();
                qr["item"][3]["item"].as_array_mut().unwrap().push(purpose);
            },
            "item[3].item[4].answer[0].valueCoding.code",
        ),
        (
            // Purpose on the patch.
            |qr| {
                let purpose = qr["item"][5]["item"][3].clone();
                qr["item"][4]["item"].as_array_mut().unwrap().push(purpose);
            },
            "item[4].item[3].answer[0].valueCoding.code",
        ),
        (
            // Purpose before doses a day.
            |qr| qr["item"][5]["item"].as_array_mut().unwrap().swap(2, 3),
            "item[5].item[3].linkId",
        ),
        (
            // per_dose after doses a day.
            |qr| qr["item"][3]["item"].as_array_mut().unwrap().swap(2, 3),
            "item[3].item[3].linkId",
        ),
        (
            // per_dose twice.
            |qr| {
                let per_dose = qr["item"][3]["item"][2].clone();
                qr["item"][3]["item"]
                    .as_array_mut()
                    .unwrap()
                    .insert(2, per_dose);
            },
            "item[3].item[3].linkId",
        ),
        (
            |qr| qr["item"][0]["answer"][0]["valueCoding"]["code"] = json!("yes_unchecked"),
            "item[0].answer[0].valueCoding.code",
        ),
    ];
    for (change, field) in cases {
        let mut qr = response(v3_input());
        change(&mut qr);
        assert_eq!(from_fhir_field(&qr), field, "{qr}");
    }
    // The messages say what is wrong.
    let mut qr = response(v3_input());
    qr["item"][3]["item"][2]["answer"][0]["valueInteger"] = json!(11);
    let error = fhir::evaluate(&qr.to_string()).unwrap_err();
    assert!(
        error.message().contains("from 1 to 10"),
        "{}",
        error.message()
    );
    let mut qr = response(v3_input());
    let purpose = qr["item"][5]["item"][3].clone();
    qr["item"][3]["item"].as_array_mut().unwrap().push(purpose);
    let error = fhir::evaluate(&qr.to_string()).unwrap_err();
    assert!(
        error.message().contains("methadone or buprenorphine"),
        "{}",
        error.message()
    );
}

#[test]
fn the_medicine_group_asks_per_dose_for_every_drug_and_purpose_for_two() {
    let q: Value = serde_json::from_str(&fhir::questionnaire_json()).unwrap();
    assert_eq!(q["version"], "3");
    let group = q["item"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["linkId"] == "medications")
        .unwrap();
    let children = group["item"].as_array().unwrap();
    let ids: Vec<(&str, &str)> = children
        .iter()
        .map(|i| (i["linkId"].as_str().unwrap(), i["type"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ids,
        [
            ("drug", "choice"),
            ("amount", "decimal"),
            ("per_dose", "integer"),
            ("times_per_day", "integer"),
            ("purpose", "choice")
        ]
    );
    let per_dose = &children[2];
    assert_eq!(
        per_dose["extension"],
        json!([
            {"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 1},
            {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 10}
        ])
    );
    assert!(per_dose.get("enableWhen").is_none());
    let purpose = &children[4];
    assert_eq!(purpose["enableBehavior"], "any");
    let codes: Vec<&str> = purpose["answerOption"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["valueCoding"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["pain", "opioid_use_disorder"]);
    for drug in &oih_checklist::content::drugs::DRUGS {
        assert!(enabled(children, "per_dose", &[("drug", drug.id)]));
        assert_eq!(
            enabled(children, "purpose", &[("drug", drug.id)]),
            matches!(drug.id, "methadone" | "buprenorphine"),
            "{}",
            drug.id
        );
    }
    assert!(!enabled(children, "purpose", &[]));
    // The seizure question offers the checked seizure, second.
    let seizure: Vec<&str> = q["item"][0]["answerOption"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["valueCoding"]["code"].as_str().unwrap())
        .collect();
    assert_eq!(seizure, ["yes", "yes_checked", "no", "unsure"]);
    let cs: Value = serde_json::from_str(&fhir::code_system_json()).unwrap();
    for code in ["yes_checked", "pain", "opioid_use_disorder"] {
        let concept = cs["concept"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["code"] == code)
            .unwrap_or_else(|| panic!("{code}"));
        assert!(!concept["display"].as_str().unwrap().is_empty());
    }
    assert_eq!(cs["version"], "3");
}

/// Every `text` (and answer `display`) of the items under `items`, with the
/// Spanish its `_text` (`_display`) carries; panics naming the linkId of one
/// that carries none or an empty one.
#[cfg(feature = "lang-es")]
fn spanish_of_every_text(items: &[Value], found: &mut Vec<(String, String)>) {
    fn spanish(of: &Value, link_id: &str) -> String {
        let translations = of["extension"].as_array().unwrap_or_else(|| {
            panic!("{link_id}: no translation extension");
        });
        assert_eq!(translations.len(), 1, "{link_id}: one per language");
        let t = &translations[0];
        assert_eq!(
            t["url"],
            "http://hl7.org/fhir/StructureDefinition/translation"
        );
        assert_eq!(t["extension"][0], json!({"url": "lang", "valueCode": "es"}));
        assert_eq!(t["extension"][1]["url"], "content");
        let content = t["extension"][1]["valueString"].as_str().unwrap_or("");
        assert!(!content.trim().is_empty(), "{link_id}: empty Spanish");
        content.to_string()
    }
    for item in items {
        let link_id = item["linkId"].as_str().unwrap();
        let text = item["text"].as_str().unwrap();
        found.push((text.into(), spanish(&item["_text"], link_id)));
        for option in item["answerOption"].as_array().into_iter().flatten() {
            let coding = &option["valueCoding"];
            let display = coding["display"].as_str().unwrap();
            let code = coding["code"].as_str().unwrap();
            found.push((
                display.into(),
                spanish(&coding["_display"], &format!("{link_id} {code}")),
            ));
        }
        spanish_of_every_text(item["item"].as_array().map_or(&[], |v| v), found);
    }
}

#[cfg(feature = "lang-es")]
#[test]
fn the_questionnaire_carries_the_spanish_of_every_text_and_answer() {
    use oih_checklist::texts::Lang;
    let q: Value = serde_json::from_str(&fhir::questionnaire_json()).unwrap();
    let mut found = Vec::new();
    spanish_of_every_text(q["item"].as_array().unwrap(), &mut found);
    // Every question, hint, medicine item and answer: 10 questions with
    // their answers at least.
    assert!(found.len() > 60, "{}", found.len());
    let seizure = found.iter().find(|(en, _)| en.contains("seizure")).unwrap();
    assert!(seizure.1.contains("convulsión"), "{}", seizure.1);
    // The same English gets the same Spanish wherever it is.
    for (en, es) in &found {
        for (en2, es2) in &found {
            if en == en2 {
                assert_eq!(es, es2, "{en}");
            }
        }
    }
    // Untranslated English would be the same words: only short answers
    // ("No") and names of medicines may read the same in both.
    let same: Vec<&String> = found
        .iter()
        .filter(|(en, es)| en == es && en.split_whitespace().count() > 1)
        .map(|(en, _)| en)
        .collect();
    let drug_names: Vec<&str> = oih_checklist::content::drugs::DRUGS
        .iter()
        .map(|d| (Lang::En.texts().drug_name)(d.id))
        .collect();
    for text in same {
        assert!(
            drug_names.iter().any(|n| text.starts_with(n)),
            "untranslated: {text}"
        );
    }
    assert_eq!(
        q["_title"]["extension"][0]["extension"][1]["valueString"],
        Lang::Es.texts().title
    );
    assert!(
        q["_description"]["extension"][0]["extension"][1]["valueString"]
            .as_str()
            .is_some_and(|s| !s.is_empty())
    );
}

#[test]
fn a_response_is_the_same_whatever_the_language_read_and_carries_no_translation() {
    // The response has the English texts and the codes, never a `_text`:
    // a clinic's system reads the same answers from a Spanish reader.
    for (name, input) in inputs() {
        let qr = to_fhir(&input);
        assert!(
            !qr.contains("_text") && !qr.contains("translation"),
            "{name}"
        );
    }
}
