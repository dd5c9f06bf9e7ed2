//! Everything a clinician reviews, in one place, as data: the questions with
//! their allowed answers, conditions and sources ([`questions`]), the drug
//! table with its MME factors ([`drugs`]), the reference list ([`sources`])
//! and every sentence the user reads ([`en`]).
//!
//! The rules in `crate::assessment` read only ids from here; the UI reads the
//! text. Neither holds a question id or a sentence of its own.

pub mod drugs;
pub mod en;
pub mod questions;
pub mod sources;

/// A language the widget can speak. Only English exists now; a new language
/// is a module beside `en` with the same items, and an arm here.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    pub const SUPPORTED: [Lang; 1] = [Lang::En];

    /// The best language for a BCP 47 tag (`en`, `en-GB`, `fr`...); falls
    /// back to English for tags not (yet) supported.
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        Lang::SUPPORTED
            .iter()
            .copied()
            .find(|lang| lang.tag() == primary)
            .unwrap_or_default()
    }

    /// The tag to put on the widget's root, so screen readers pronounce it right.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Lang;

    #[test]
    fn unsupported_languages_fall_back_to_english() {
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("EN"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
        assert_eq!(Lang::from_tag("fr").tag(), "en");
    }
}
