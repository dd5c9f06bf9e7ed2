//! The CodeSystem of the checklist's own codes: every answer value of the
//! question table (each once, displayed as the checklist shows it), the
//! purposes of a medicine, and every drug id.

use serde::Serialize;

use super::questionnaire::{labelled_options, labelled_purposes};
use super::{CODE_SYSTEM_URL, ID};
use crate::content::drugs::DRUGS;
use crate::content::questions::QUESTIONS;
use crate::content::version::{CONTENT_VERSION, REVIEWED};
use crate::texts::en;

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeSystem {
    resource_type: &'static str,
    id: &'static str,
    language: &'static str,
    url: &'static str,
    version: &'static str,
    name: &'static str,
    title: &'static str,
    status: &'static str,
    date: &'static str,
    description: &'static str,
    case_sensitive: bool,
    content: &'static str,
    count: usize,
    concept: Vec<Concept>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Concept {
    pub code: &'static str,
    pub display: &'static str,
}

/// The concepts: answer codes in order of first use, the purposes, then
/// the drugs.
pub fn concepts() -> Vec<Concept> {
    let mut concepts: Vec<Concept> = Vec::new();
    let answers = QUESTIONS.iter().flat_map(labelled_options);
    for (code, display) in answers.chain(labelled_purposes()) {
        if !concepts.iter().any(|c| c.code == code) {
            concepts.push(Concept { code, display });
        }
    }
    concepts.extend(DRUGS.iter().map(|d| Concept {
        code: d.id,
        display: en::drug_name(d.id),
    }));
    concepts
}

pub fn code_system() -> CodeSystem {
    let concept = concepts();
    CodeSystem {
        resource_type: "CodeSystem",
        id: ID,
        language: "en",
        url: CODE_SYSTEM_URL,
        version: CONTENT_VERSION,
        name: "OihChecklistCodes",
        title: en::FHIR_CODE_SYSTEM_TITLE,
        status: "active",
        date: REVIEWED,
        description: en::FHIR_CODE_SYSTEM_DESCRIPTION,
        case_sensitive: true,
        content: "complete",
        count: concept.len(),
        concept,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_unique_and_shown_the_same_way_wherever_it_is_offered() {
        let concepts = concepts();
        for (i, c) in concepts.iter().enumerate() {
            assert!(
                concepts[..i].iter().all(|other| other.code != c.code),
                "{} twice",
                c.code
            );
        }
        for question in &QUESTIONS {
            for (code, label) in labelled_options(question) {
                let concept = concepts.iter().find(|c| c.code == code).unwrap();
                assert_eq!(concept.display, label, "{} {code}", question.key);
            }
        }
        for (code, label) in labelled_purposes() {
            let concept = concepts.iter().find(|c| c.code == code).unwrap();
            assert_eq!(concept.display, label, "purpose {code}");
        }
        // 13 answer codes of version 2, yes_checked, two purposes.
        assert_eq!(concepts.len(), 13 + 1 + 2 + DRUGS.len());
        let codes: Vec<&str> = concepts.iter().map(|c| c.code).collect();
        assert_eq!(codes[..3], ["yes", "yes_checked", "no"]);
        assert!(codes.contains(&"pain") && codes.contains(&"opioid_use_disorder"));
        assert_eq!(
            concepts
                .iter()
                .find(|c| c.code == "unsure")
                .unwrap()
                .display,
            "Not sure"
        );
    }
}
