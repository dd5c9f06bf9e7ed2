//! The built `oih-assess` with the translation's flags: `--review-texts`
//! (the page of `make review-texts`) and `--texts` (what `make readability`
//! scores in Spanish).
#![cfg(all(not(target_arch = "wasm32"), feature = "lang-es"))]

use std::process::{Command, Output};

use oih_checklist::texts::{review, Lang};
use serde_json::Value;

fn oih_assess(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_oih-assess"))
        .args(args)
        .output()
        .expect("oih-assess runs")
}

fn stdout(output: &Output) -> String {
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).expect("UTF-8")
}

#[test]
fn review_texts_prints_the_review_page() {
    let page = stdout(&oih_assess(&["--review-texts"]));
    assert_eq!(page, review::page());
    assert!(page.starts_with("<!doctype html>\n<html lang=\"es\">"));
    assert!(page.ends_with("</html>\n"));
}

#[test]
fn help_names_both_flags() {
    let help = stdout(&oih_assess(&["--help"]));
    assert!(help.contains("--review-texts"), "{help}");
    assert!(help.contains("--texts"), "{help}");
    // They take no argument: anything after them is a usage error.
    for args in [["--review-texts", "page.html"], ["--texts", "es"]] {
        let out = oih_assess(&args);
        assert_eq!(out.status.code(), Some(64), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

#[test]
fn texts_prints_each_read_row_in_both_languages() {
    let text = stdout(&oih_assess(&["--texts"]));
    let rows: Vec<Value> = text
        .lines()
        .map(|line| serde_json::from_str(line).expect("each line is JSON"))
        .collect();
    let keys: Vec<&str> = rows
        .iter()
        .map(|row| row["key"].as_str().unwrap())
        .collect();
    for row in &rows {
        for field in ["group", "key", "en", "es"] {
            assert!(!row[field].as_str().unwrap().is_empty(), "{row}");
        }
    }
    // Each line names its fields in the same order.
    assert!(text.lines().all(|line| line.starts_with("{\"group\":")));

    // Every row of the review page but the drug names and the messages of
    // JSON and FHIR input, in the page's order.
    let expected: Vec<String> = review::groups(Lang::En, Lang::Es)
        .into_iter()
        .flat_map(|group| group.rows)
        .map(|row| row.key)
        .filter(|key| {
            !key.starts_with("drug_name(")
                && !key.starts_with("problem_message(BadAnswer(")
                && ![
                    "NotJson(",
                    "NotAnObject)",
                    "NotAList)",
                    "UnknownField)",
                    "DuplicateKey)",
                    "UnknownQuestion)",
                    "UnknownDrug)",
                    "TooManyMedicines)",
                    "UnknownPurpose)",
                    "MustBe(",
                    "NotADateTime)",
                    "OutOfOrder)",
                    "OneAnswerOnly)",
                    "WrongValueType(",
                    "Unsupported)",
                ]
                .iter()
                .any(|problem| key.starts_with(&format!("problem_message({problem}")))
        })
        .collect();
    assert_eq!(keys, expected);

    // The texts are the languages' own.
    let title = &rows[0];
    assert_eq!(title["key"], "title");
    assert_eq!(title["en"], Lang::En.texts().title);
    assert_eq!(title["es"], Lang::Es.texts().title);
    // The form's own messages stay; a drug's name alone does not.
    assert!(keys.contains(&"problem_message(Missing)"));
    assert!(keys.contains(&"problem_message(AmountOutOfRange(Mg))"));
    assert!(!keys.iter().any(|key| key.starts_with("drug_name(")));
}
