//! Finds a key written twice in one JSON object.
//!
//! `serde_json::Value` keeps only the last of two equal keys, so
//! `{"kidney": "no", "kidney": "yes"}` would silently become "yes". The
//! contract never guesses, so before building the `Value` this pass walks the
//! text and reports the path of the first repeated key.
//!
//! Two walks: a quick one that only says whether any object repeats a key
//! (no path is built, keys are borrowed from the text where they can be), and
//! only when one does, the walk that names it. The diary reads every entry
//! it keeps through here, hundreds at a time.

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeSet;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use super::member;

/// The visitor methods of the values that hold no keys, for both walks.
/// (With `arbitrary_precision` a number arrives as a one-key map, which
/// `visit_map` walks harmlessly.)
macro_rules! scalars_hold_no_keys {
    () => {
        fn visit_bool<E>(self, _: bool) -> Result<(), E> {
            Ok(())
        }
        fn visit_i64<E>(self, _: i64) -> Result<(), E> {
            Ok(())
        }
        fn visit_u64<E>(self, _: u64) -> Result<(), E> {
            Ok(())
        }
        fn visit_f64<E>(self, _: f64) -> Result<(), E> {
            Ok(())
        }
        fn visit_str<E>(self, _: &str) -> Result<(), E> {
            Ok(())
        }
        fn visit_unit<E>(self) -> Result<(), E> {
            Ok(())
        }
    };
}

/// The path of the first key that appears twice in the same object
/// (`answers.kidney`), or `None`. Text that is not JSON gives `None`: the
/// main parse reports that.
pub fn first_duplicate(text: &str) -> Option<String> {
    // (Text that is not JSON fails both walks: the main parse reports it.)
    if may_repeat(text) {
        named(text)
    } else {
        None
    }
}

/// The quick walk: `false` when no object of `text` repeats a key, `true`
/// when one may (or the text is not JSON).
fn may_repeat(text: &str) -> bool {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    Quick.deserialize(&mut deserializer).is_err()
}

/// The walk that names the first repeated key.
fn named(text: &str) -> Option<String> {
    let found = RefCell::new(None);
    let walk = Walk {
        path: String::new(),
        found: &found,
    };
    let mut deserializer = serde_json::Deserializer::from_str(text);
    walk.deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    found.into_inner()
}

/// Visits one value at `path`, recording the first repeated key in `found`.
struct Walk<'f> {
    path: String,
    found: &'f RefCell<Option<String>>,
}

impl Walk<'_> {
    fn child(&self, path: String) -> Self {
        Walk {
            path,
            found: self.found,
        }
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut seen = BTreeSet::new();
        while let Some(key) = map.next_key::<String>()? {
            let path = member(&self.path, &key);
            if !seen.insert(key) && self.found.borrow().is_none() {
                *self.found.borrow_mut() = Some(path.clone());
            }
            map.next_value_seed(self.child(path))?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let mut index = 0;
        while seq
            .next_element_seed(self.child(format!("{}[{index}]", self.path)))?
            .is_some()
        {
            index += 1;
        }
        Ok(())
    }

    scalars_hold_no_keys!();
}

/// The quick walk: `Err` at the first object that repeats a key (or text
/// that is not JSON), `Ok` when none does.
struct Quick;

/// A key, borrowed from the text unless it holds an escape.
struct Key;

impl<'de> DeserializeSeed<'de> for Key {
    type Value = Cow<'de, str>;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for Key {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, key: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(key))
    }
    fn visit_str<E>(self, key: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(key.to_string()))
    }
}

impl<'de> DeserializeSeed<'de> for Quick {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Quick {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys = Vec::new();
        while let Some(key) = map.next_key_seed(Key)? {
            keys.push(key);
            map.next_value_seed(Quick)?;
        }
        keys.sort_unstable();
        if keys.windows(2).any(|pair| pair[0] == pair[1]) {
            return Err(serde::de::Error::custom("a repeated key"));
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Quick)?.is_some() {}
        Ok(())
    }

    scalars_hold_no_keys!();
}

#[cfg(test)]
mod tests {
    use super::{first_duplicate, may_repeat};

    #[test]
    fn names_the_repeated_key_by_its_path() {
        let cases = [
            (r#"{"answers":{}}"#, None),
            (r#"{"answers":{},"answers":{}}"#, Some("answers")),
            (
                r#"{"answers":{"kidney":"no","liver":"no","kidney":"yes"}}"#,
                Some("answers.kidney"),
            ),
            (
                r#"{"answers":{},"medications":[{"drug":"codeine"},{"drug":"morphine","amount":1,"amount":2}]}"#,
                Some("medications[1].amount"),
            ),
            // The same key written with an escape is the same key.
            (
                r#"{"answers":{"kidney":"no","kidn\u0065y":"no"}}"#,
                Some("answers.kidney"),
            ),
            // Equal keys in different objects are not duplicates.
            (
                r#"{"answers":{},"medications":[{"drug":"codeine"},{"drug":"codeine"}]}"#,
                None,
            ),
            // Two repeated keys: the first one read is named.
            (r#"{"a":{"x":1,"x":2},"b":1,"b":2}"#, Some("a.x")),
            (r#"{"b":1,"b":2,"a":{"x":1,"x":2}}"#, Some("b")),
            // Numbers (read as their text) hold no keys.
            (r#"{"amount":12345678901234567890.5e3,"per_dose":1}"#, None),
            (r#"{"a":{"b":[1,{"c":2,"d":3}],"e":4},"f":{"c":2}}"#, None),
            (r#"{"a":{"b":[1,{"c":2,"c":3}]}}"#, Some("a.b[1].c")),
            (r#"{"answers":{"kidney":"no","kidney":"#, None),
            ("not json", None),
        ];
        for (text, expected) in cases {
            assert_eq!(first_duplicate(text).as_deref(), expected, "{text}");
        }
    }

    /// The quick walk alone: it must let every text without a repeated key
    /// through without the slow walk (that is its whole point), and stop
    /// every text with one.
    #[test]
    fn the_quick_walk_passes_text_without_repeats() {
        for text in [
            r#"{"answers":{"kidney":"no","liver":"no"},"medications":[{"drug":"codeine","amount":1},{"drug":"codeine"}]}"#,
            r#"[{"a":1,"b":[{"a":1,"b":2}]},{"a":1}]"#,
            r#"{"format":"oih-diary","version":1,"entries":[{"date":"2026-01-05","pain":6,"note":"a \"quoted\" note"}]}"#,
            r#"{"kidn\u0065y":"no","liver":"no"}"#,
            r#"{"amount":12345678901234567890.5e3,"per_dose":1}"#,
            r#"{}"#,
            r#"[]"#,
        ] {
            assert!(!may_repeat(text), "{text}");
        }
        for text in [
            r#"{"a":1,"a":2}"#,
            r#"{"a":1,"b":2,"a":3}"#,
            r#"[{"x":[{"k":1,"k":2}]}]"#,
            r#"{"kidney":"no","kidn\u0065y":"no"}"#,
            "not json",
        ] {
            assert!(may_repeat(text), "{text}");
        }
    }
}
