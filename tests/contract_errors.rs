//! Every kind of bad input is an error naming the field as a path.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{error_field, run_text};

fn field(input: &str) -> String {
    error_field(&run_text(input))
}

fn med(fields: &str) -> String {
    field(&format!(
        r#"{{"answers":{{}},"medications":[{{"drug":"morphine","amount":10,"times_per_day":1}},{{{fields}}}]}}"#
    ))
}

/// The error field for an oxycodone entry with these JSON values (`None`: left out).
fn oxycodone(amount: Option<&str>, times: Option<&str>) -> String {
    let mut fields = vec![r#""drug":"oxycodone""#.to_string()];
    fields.extend(amount.map(|a| format!(r#""amount":{a}"#)));
    fields.extend(times.map(|t| format!(r#""times_per_day":{t}"#)));
    med(&fields.join(","))
}

#[test]
fn input_that_is_not_json_or_not_an_object() {
    for input in [
        "",
        "nope",
        "{",
        r#"{"answers":{}"#,
        "[1,2]",
        "42",
        "null",
        r#""text""#,
        "{\"answers\":{}} trailing",
    ] {
        assert_eq!(field(input), "input", "{input:?}");
    }
}

#[test]
fn unknown_or_missing_top_level_fields() {
    assert_eq!(field(r#"{"answers":{},"extra":1}"#), "extra");
    assert_eq!(field(r#"{"medications":[]}"#), "answers");
    assert_eq!(field(r#"{"answers":[]}"#), "answers");
    assert_eq!(field(r#"{"answers":null}"#), "answers");
    assert_eq!(field(r#"{"answers":"yes"}"#), "answers");
    assert_eq!(
        field(r#"{"answers":{},"":1}"#),
        r#"[""]"#,
        "an empty key still names a field"
    );
}

#[test]
fn unknown_questions_and_answers() {
    assert_eq!(
        field(r#"{"answers":{"pain_level":"yes"}}"#),
        "answers.pain_level"
    );
    assert_eq!(
        field(r#"{"answers":{"Kidney":"yes"}}"#),
        "answers.Kidney",
        "ids are case-sensitive"
    );
    assert_eq!(field(r#"{"answers":{"kidney":"maybe"}}"#), "answers.kidney");
    assert_eq!(field(r#"{"answers":{"kidney":"YES"}}"#), "answers.kidney");
    assert_eq!(
        field(r#"{"answers":{"opioid_use":"yes"}}"#),
        "answers.opioid_use"
    );
    assert_eq!(
        field(r#"{"answers":{"duration":"forever"}}"#),
        "answers.duration"
    );
    assert_eq!(
        field(r#"{"answers":{"response_to_increase":"yes"}}"#),
        "answers.response_to_increase"
    );
    assert_eq!(
        field(r#"{"answers":{"my key":"yes"}}"#),
        r#"answers["my key"]"#
    );
    // A name may start with an underscore or a letter, not a digit.
    assert_eq!(
        field(r#"{"answers":{"_private":"yes"}}"#),
        "answers._private"
    );
    assert_eq!(field(r#"{"answers":{"2nd":"yes"}}"#), r#"answers["2nd"]"#);
}

#[test]
fn answers_of_the_wrong_type() {
    for value in ["1", "true", "null", "[\"yes\"]", "{\"value\":\"yes\"}"] {
        assert_eq!(
            field(&format!(r#"{{"answers":{{"seizure":{value}}}}}"#)),
            "answers.seizure",
            "{value}"
        );
    }
}

#[test]
fn medications_that_are_not_a_list_or_too_many() {
    assert_eq!(field(r#"{"answers":{},"medications":{}}"#), "medications");
    assert_eq!(field(r#"{"answers":{},"medications":null}"#), "medications");
    let eleven = [r#"{"drug":"morphine","amount":1,"times_per_day":1}"#; 11].join(",");
    assert_eq!(
        field(&format!(r#"{{"answers":{{}},"medications":[{eleven}]}}"#)),
        "medications"
    );
    let ten = [r#"{"drug":"morphine","amount":1,"times_per_day":1}"#; 10].join(",");
    assert!(
        run_text(&format!(r#"{{"answers":{{}},"medications":[{ten}]}}"#))
            .get("error")
            .is_none(),
        "10 is allowed"
    );
}

#[test]
fn a_medicine_that_is_not_an_object_or_has_unknown_fields() {
    assert_eq!(
        field(r#"{"answers":{},"medications":["morphine"]}"#),
        "medications[0]"
    );
    assert_eq!(
        field(
            r#"{"answers":{},"medications":[{"drug":"morphine","amount":1,"times_per_day":1},42]}"#
        ),
        "medications[1]"
    );
    assert_eq!(
        med(r#""drug":"morphine","amount":1,"times_per_day":1,"unit":"mg""#),
        "medications[1].unit"
    );
}

#[test]
fn drug_missing_unknown_or_of_the_wrong_type() {
    assert_eq!(
        med(r#""amount":1,"times_per_day":1"#),
        "medications[1].drug"
    );
    assert_eq!(
        med(r#""drug":"aspirin","amount":1,"times_per_day":1"#),
        "medications[1].drug"
    );
    assert_eq!(
        med(r#""drug":"Morphine","amount":1,"times_per_day":1"#),
        "medications[1].drug"
    );
    assert_eq!(
        med(r#""drug":7,"amount":1,"times_per_day":1"#),
        "medications[1].drug"
    );
    assert_eq!(
        med(r#""drug":null,"amount":1,"times_per_day":1"#),
        "medications[1].drug"
    );
}

#[test]
fn amount_missing_of_the_wrong_type_or_out_of_range() {
    for amount in [
        None,
        Some(r#""10""#),
        Some("null"),
        Some("true"),
        Some("0"),
        Some("-0"),
        Some("-5"),
        Some("0.0"),
        Some("10000.0000001"),
        Some("10001"),
        Some("1e309"),
        Some("1e-29"),
        Some("0.00000000000000000000000000001"),
    ] {
        assert_eq!(
            oxycodone(amount, Some("2")),
            "medications[1].amount",
            "{amount:?}"
        );
    }
    assert_eq!(
        med(r#""drug":"fentanyl_patch","amount":1000.5"#),
        "medications[1].amount"
    );
    assert_eq!(med(r#""drug":"fentanyl_patch""#), "medications[1].amount");
    assert_eq!(
        med(r#""drug":"other","amount":-1"#),
        "medications[1].amount",
        "checked when given, even without a factor"
    );
}

#[test]
fn amount_limits_are_inclusive() {
    for ok in [
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":10000,"times_per_day":1}]}"#,
        r#"{"answers":{},"medications":[{"drug":"fentanyl_patch","amount":1000}]}"#,
        r#"{"answers":{},"medications":[{"drug":"morphine","amount":1e-28,"times_per_day":1}]}"#,
    ] {
        assert!(run_text(ok).get("error").is_none(), "{ok}");
    }
}

#[test]
fn doses_per_day_missing_out_of_range_or_for_a_patch() {
    for times in [
        None,
        Some("0"),
        Some("25"),
        Some("2.5"),
        Some("-1"),
        Some(r#""2""#),
        Some("null"),
        Some("1e9"),
    ] {
        assert_eq!(
            oxycodone(Some("10"), times),
            "medications[1].times_per_day",
            "{times:?}"
        );
    }
    assert_eq!(
        med(r#""drug":"fentanyl_patch","amount":25,"times_per_day":1"#),
        "medications[1].times_per_day"
    );
    assert_eq!(
        med(r#""drug":"heroin","times_per_day":30"#),
        "medications[1].times_per_day"
    );
    for ok in ["1", "24", "3.0"] {
        let input = format!(
            r#"{{"answers":{{}},"medications":[{{"drug":"morphine","amount":1,"times_per_day":{ok}}}]}}"#
        );
        assert!(run_text(&input).get("error").is_none(), "{ok}");
    }
}

#[test]
fn doses_per_day_messages_say_what_is_wrong() {
    let message = |times: Option<&str>| {
        let mut fields = vec![r#""drug":"oxycodone","amount":10"#.to_string()];
        fields.extend(times.map(|t| format!(r#""times_per_day":{t}"#)));
        let input = format!(
            r#"{{"answers":{{}},"medications":[{{{}}}]}}"#,
            fields.join(",")
        );
        run_text(&input)["error"]["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(message(None), "This is required.");
    assert_eq!(message(Some(r#""2""#)), "Enter a number, like 7.5.");
    for out_of_range in ["0", "25", "2.5", "-1", "1e9"] {
        assert_eq!(
            message(Some(out_of_range)),
            "Doses a day must be a whole number from 1 to 24.",
            "{out_of_range}"
        );
    }
}

#[test]
fn the_error_object_has_exactly_field_and_message() {
    let out = run_text(r#"{"answers":{"kidney":"maybe"}}"#);
    let error = out["error"].as_object().unwrap();
    assert_eq!(error.keys().collect::<Vec<_>>(), ["field", "message"]);
    assert_eq!(out.as_object().unwrap().len(), 1);
    assert!(error["message"]
        .as_str()
        .unwrap()
        .contains("yes, no, unsure"));
}

#[test]
fn a_key_given_twice_is_an_error_not_a_silent_last_wins() {
    // serde_json alone would keep the last "kidney" and answer "yes".
    assert_eq!(
        field(r#"{"answers":{"kidney":"no","kidney":"yes"}}"#),
        "answers.kidney"
    );
    assert_eq!(field(r#"{"answers":{},"answers":{}}"#), "answers");
    assert_eq!(
        med(r#""drug":"oxycodone","amount":10,"amount":20,"times_per_day":1"#),
        "medications[1].amount"
    );
    // The same medicine twice is two entries, not a repeated key.
    let out = run_text(
        r#"{"answers":{},"medications":[{"drug":"codeine","amount":10,"times_per_day":1},{"drug":"codeine","amount":10,"times_per_day":1}]}"#,
    );
    assert_eq!(out["mme_per_day"], serde_json::json!(3.0));
}

// ---------------------------------------------- version 3: per_dose, purpose

fn message_of(input: &str) -> String {
    run_text(input)["error"]["message"]
        .as_str()
        .unwrap_or_else(|| panic!("no error for {input}"))
        .to_string()
}

#[test]
fn per_dose_not_a_whole_number_from_1_to_10() {
    for per_dose in [
        "0", "11", "2.5", r#""2""#, "-1", "-0", "null", "true", "1e9", "1e-29", "0.5", "[2]", "100",
    ] {
        assert_eq!(
            med(&format!(
                r#""drug":"oxycodone","amount":5,"per_dose":{per_dose},"times_per_day":2"#
            )),
            "medications[1].per_dose",
            "{per_dose}"
        );
    }
    assert_eq!(
        med(r#""drug":"fentanyl_patch","amount":25,"per_dose":0"#),
        "medications[1].per_dose",
        "the patch too"
    );
    assert_eq!(
        med(r#""drug":"other","per_dose":11"#),
        "medications[1].per_dose",
        "checked when given, even without a factor"
    );
    for ok in ["1", "10", "3.0", "1e1", "2"] {
        let input = format!(
            r#"{{"answers":{{}},"medications":[{{"drug":"morphine","amount":1,"per_dose":{ok},"times_per_day":1}}]}}"#
        );
        assert!(run_text(&input).get("error").is_none(), "{ok}");
    }
}

#[test]
fn per_dose_messages_say_what_is_wrong() {
    let message = |per_dose: &str| {
        message_of(&format!(
            r#"{{"answers":{{}},"medications":[{{"drug":"oxycodone","amount":5,"per_dose":{per_dose},"times_per_day":2}}]}}"#
        ))
    };
    for out_of_range in ["0", "11", "2.5", "-1", "1e9"] {
        assert_eq!(
            message(out_of_range),
            "How many you take at a time must be a whole number from 1 to 10.",
            "{out_of_range}"
        );
    }
    assert_eq!(message(r#""2""#), "Enter a number, like 7.5.");
}

#[test]
fn purpose_only_for_methadone_and_buprenorphine() {
    for drug in [
        r#""drug":"oxycodone","amount":10,"times_per_day":2"#,
        r#""drug":"morphine","amount":10,"times_per_day":2"#,
        r#""drug":"fentanyl_patch","amount":25"#,
        r#""drug":"heroin""#,
        r#""drug":"other""#,
        r#""drug":"tramadol","amount":50,"times_per_day":2"#,
    ] {
        for purpose in [r#""pain""#, r#""opioid_use_disorder""#, r#""nonsense""#] {
            assert_eq!(
                med(&format!(r#"{drug},"purpose":{purpose}"#)),
                "medications[1].purpose",
                "{drug} {purpose}"
            );
        }
    }
    let message = message_of(
        r#"{"answers":{},"medications":[{"drug":"oxycodone","amount":10,"times_per_day":2,"purpose":"opioid_use_disorder"}]}"#,
    );
    assert_eq!(
        message,
        "What it is taken for can only be given for methadone or buprenorphine."
    );
}

#[test]
fn purpose_must_be_one_of_the_two() {
    for purpose in [
        r#""oud""#,
        r#""Pain""#,
        r#""opioid use disorder""#,
        r#""""#,
        "null",
        "1",
        "true",
        r#"["pain"]"#,
    ] {
        for drug in [
            r#""drug":"methadone","amount":10,"times_per_day":1"#,
            r#""drug":"buprenorphine""#,
        ] {
            assert_eq!(
                med(&format!(r#"{drug},"purpose":{purpose}"#)),
                "medications[1].purpose",
                "{drug} {purpose}"
            );
        }
    }
    assert_eq!(
        message_of(
            r#"{"answers":{},"medications":[{"drug":"methadone","amount":10,"times_per_day":1,"purpose":"oud"}]}"#
        ),
        "What it is taken for must be one of: pain, opioid_use_disorder."
    );
    for ok in ["pain", "opioid_use_disorder"] {
        for drug in [
            r#""drug":"methadone","amount":10,"times_per_day":1"#,
            r#""drug":"buprenorphine""#,
        ] {
            let input =
                format!(r#"{{"answers":{{}},"medications":[{{{drug},"purpose":"{ok}"}}]}}"#);
            assert!(run_text(&input).get("error").is_none(), "{input}");
        }
    }
}

#[test]
fn version_3_fields_are_checked_in_the_contract_s_order_and_once() {
    // amount, per_dose, times_per_day, purpose: the first wrong one is named.
    assert_eq!(
        med(r#""drug":"methadone","amount":0,"per_dose":0,"times_per_day":0,"purpose":"x""#),
        "medications[1].amount"
    );
    assert_eq!(
        med(r#""drug":"methadone","amount":1,"per_dose":0,"times_per_day":0,"purpose":"x""#),
        "medications[1].per_dose"
    );
    assert_eq!(
        med(r#""drug":"methadone","amount":1,"per_dose":1,"times_per_day":0,"purpose":"x""#),
        "medications[1].times_per_day"
    );
    assert_eq!(
        med(r#""drug":"methadone","amount":1,"per_dose":1,"times_per_day":1,"purpose":"x""#),
        "medications[1].purpose"
    );
    assert_eq!(
        med(r#""drug":"methadone","amount":1,"per_dose":1,"per_dose":2,"times_per_day":1"#),
        "medications[1].per_dose",
        "a key given twice"
    );
    assert_eq!(
        med(
            r#""drug":"methadone","amount":1,"times_per_day":1,"purpose":"pain","purpose":"opioid_use_disorder""#
        ),
        "medications[1].purpose"
    );
    assert_eq!(
        med(r#""drug":"morphine","amount":1,"times_per_day":1,"perDose":2"#),
        "medications[1].perDose",
        "an unknown field is still one"
    );
    // A missing amount stays missing for a drug with a factor, purpose or not.
    assert_eq!(
        med(r#""drug":"methadone","times_per_day":1,"purpose":"opioid_use_disorder""#),
        "medications[1].amount"
    );
}

#[test]
fn a_checked_seizure_is_an_answer_of_the_seizure_question_only() {
    assert!(run_text(r#"{"answers":{"seizure":"yes_checked"}}"#)
        .get("error")
        .is_none());
    for question in ["kidney", "myoclonus", "dose_increased", "opioid_use"] {
        assert_eq!(
            field(&format!(r#"{{"answers":{{"{question}":"yes_checked"}}}}"#)),
            format!("answers.{question}")
        );
    }
    for bad in ["checked", "YES_CHECKED", "yes checked"] {
        assert_eq!(
            field(&format!(r#"{{"answers":{{"seizure":"{bad}"}}}}"#)),
            "answers.seizure"
        );
    }
    assert_eq!(
        message_of(r#"{"answers":{"seizure":"maybe"}}"#),
        "The answer must be one of: yes, yes_checked, no, unsure."
    );
}
