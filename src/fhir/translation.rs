//! The published Questionnaire's words in the widget's other languages, as
//! R4's translation extension
//! (`http://hl7.org/fhir/StructureDefinition/translation`, parts `lang` and
//! `content`) on the primitive's `_text`, `_display`, `_title` or
//! `_description`. One extension per language other than English, taken
//! from that language's `Texts`. A response stays the same whatever the
//! language the patient read: English texts, the same codes.

use serde::Serialize;

use crate::texts::{Lang, Texts};

pub const TRANSLATION: &str = "http://hl7.org/fhir/StructureDefinition/translation";

/// The `_text` (or `_display`...) beside a string: its translations.
#[derive(Clone, Debug, Serialize)]
pub struct Translated {
    extension: Vec<Translation>,
}

#[derive(Clone, Debug, Serialize)]
struct Translation {
    url: &'static str,
    extension: [Part; 2],
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Part {
    url: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_code: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    value_string: Option<&'static str>,
}

/// A string in every language but English, as `in_lang` picks it from that
/// language's texts; `None` where the build speaks English only.
pub fn translated(in_lang: impl Fn(&'static Texts) -> &'static str) -> Option<Translated> {
    translated_by(|lang| in_lang(lang.texts()))
}

/// The same, for texts of another table (the diary's): `lang_text` gives
/// the string in a language.
pub fn translated_by(lang_text: impl Fn(Lang) -> &'static str) -> Option<Translated> {
    let extension: Vec<Translation> = Lang::SUPPORTED
        .iter()
        .filter(|lang| **lang != Lang::En)
        .map(|lang| Translation {
            url: TRANSLATION,
            extension: [
                Part {
                    url: "lang",
                    value_code: Some(lang.tag()),
                    value_string: None,
                },
                Part {
                    url: "content",
                    value_code: None,
                    value_string: Some(lang_text(*lang)),
                },
            ],
        })
        .collect();
    (!extension.is_empty()).then_some(Translated { extension })
}
