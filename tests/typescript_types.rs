//! The npm package's TypeScript declarations (www/package/index.d.ts) say
//! the same as the Rust tables: question ids and their answers, drug ids and
//! their groups, and the output's ids. The .d.ts is read with a small parser
//! of its `export type X = 'a' | 'b' | Y;` aliases and interface members, so
//! a union that misses or adds a value fails here. The React and Vue entries
//! (react.d.ts, vue.d.ts) declare exactly the attributes www/element.js reads.

use std::collections::BTreeMap;

use oih_checklist::assessment::outcome::{
    Action, DoseBand, Level, Pattern, RedFlag, RiskFactor, Safety, Sign,
};
use oih_checklist::assessment::RULES_VERSION;
use oih_checklist::content::drugs::{Purpose, Unit, DRUGS};
use oih_checklist::content::questions::QUESTIONS;

const INDEX: &str = include_str!("../www/package/index.d.ts");
const REACT: &str = include_str!("../www/package/react.d.ts");
const VUE: &str = include_str!("../www/package/vue.d.ts");

/// The text without `//` and `/* */` comments.
fn strip_comments(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("/*") {
            rest = after.split_once("*/").map_or("", |(_, r)| r);
        } else if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix('\'') {
            // A string literal, kept as it is (it may hold '/').
            let end = after.find('\'').expect("closed string literal") + 1;
            out.push('\'');
            out.push_str(&after[..end]);
            rest = &after[end..];
        } else {
            let c = rest.chars().next().unwrap_or_default();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

struct Declarations {
    /// `export type Name = ...;`: the right-hand side.
    aliases: BTreeMap<String, String>,
    /// `interface Name ... { members }`: member name (with `?` if optional) to type.
    interfaces: BTreeMap<String, Vec<(String, String)>>,
}

fn parse(text: &str) -> Declarations {
    let text = strip_comments(text);
    let mut aliases = BTreeMap::new();
    let mut interfaces = BTreeMap::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("type ") {
        let before = &rest[..i];
        let at_word = before.is_empty() || before.ends_with(|c: char| c.is_whitespace());
        rest = &rest[i + 5..];
        if !at_word {
            continue;
        }
        let Some((name, after)) = rest.split_once('=') else {
            break;
        };
        let name = name.trim();
        if name.is_empty() || !name.chars().all(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let (value, after) = after.split_once(';').expect("a type alias ends with ';'");
        aliases.insert(name.to_string(), value.trim().to_string());
        rest = after;
    }
    let mut rest = text.as_str();
    while let Some(i) = rest.find("interface ") {
        rest = &rest[i + 10..];
        let open = rest.find('{').expect("interface body");
        let name = rest[..open].split_whitespace().next().unwrap_or_default();
        let close = rest[open..].find('}').expect("interface end") + open;
        let members = rest[open + 1..close]
            .split(';')
            .map(str::trim)
            .filter(|m| !m.is_empty())
            .map(|m| {
                let (key, ty) = m.split_once(':').expect("member `name: type`");
                // `'heading-level'?` is kept as `heading-level?`.
                let key = key.trim();
                let optional = if key.ends_with('?') { "?" } else { "" };
                let name = key.trim_end_matches('?').trim_matches('\'');
                (format!("{name}{optional}"), ty.trim().to_string())
            })
            .collect();
        interfaces.insert(name.to_string(), members);
        rest = &rest[close..];
    }
    Declarations {
        aliases,
        interfaces,
    }
}

impl Declarations {
    /// The string literals of a union, aliases expanded, in order.
    fn union_of(&self, ty: &str) -> Vec<String> {
        ty.split('|')
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .flat_map(|part| {
                if part.parse::<u32>().is_ok() {
                    vec![part.to_string()]
                } else if let Some(literal) = part.strip_prefix('\'') {
                    vec![literal
                        .strip_suffix('\'')
                        .expect("closed literal")
                        .to_string()]
                } else if let Some(args) = part
                    .strip_prefix("Exclude<")
                    .or_else(|| part.strip_prefix("Extract<"))
                {
                    let (of, by) = args
                        .strip_suffix('>')
                        .and_then(|a| a.split_once(','))
                        .expect("Exclude<A, B> or Extract<A, B>");
                    let by = self.union_of(by);
                    let keep = part.starts_with("Extract<");
                    self.union_of(of)
                        .into_iter()
                        .filter(|v| by.contains(v) == keep)
                        .collect()
                } else {
                    let alias = self
                        .aliases
                        .get(part)
                        .unwrap_or_else(|| panic!("{part}: not a string literal or a union alias"));
                    self.union_of(alias)
                }
            })
            .collect()
    }

    fn alias(&self, name: &str) -> Vec<String> {
        let ty = self
            .aliases
            .get(name)
            .unwrap_or_else(|| panic!("index.d.ts has no `type {name}`"));
        self.union_of(ty)
    }

    fn interface(&self, name: &str) -> &[(String, String)] {
        self.interfaces
            .get(name)
            .unwrap_or_else(|| panic!("index.d.ts has no `interface {name}`"))
    }

    /// The type of `member` (written `member` or `member?`) of `interface`.
    fn member(&self, interface: &str, member: &str) -> &str {
        self.interface(interface)
            .iter()
            .find(|(key, _)| key.trim_end_matches('?') == member)
            .map(|(_, ty)| ty.as_str())
            .unwrap_or_else(|| panic!("{interface} has no member {member}"))
    }
}

fn strings<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    values.into_iter().map(str::to_string).collect()
}

#[test]
fn question_ids_and_answers_are_the_tables() {
    let d = parse(INDEX);
    let keys = strings(QUESTIONS.iter().map(|q| q.key));
    assert_eq!(d.alias("OihQuestionId"), keys, "OihQuestionId");
    let answers = d.interface("OihAnswers");
    assert_eq!(
        answers.iter().map(|(k, _)| k.clone()).collect::<Vec<_>>(),
        strings(QUESTIONS.iter().map(|q| q.key))
            .into_iter()
            .map(|k| format!("{k}?"))
            .collect::<Vec<_>>(),
        "OihAnswers: every question, optional, in the table's order"
    );
    for q in QUESTIONS {
        assert_eq!(
            d.union_of(d.member("OihAnswers", q.key)),
            strings(q.options.iter().copied()),
            "OihAnswers.{}",
            q.key
        );
    }
}

#[test]
fn drug_ids_and_their_groups_are_the_table() {
    let d = parse(INDEX);
    let ids = |keep: &dyn Fn(&oih_checklist::content::drugs::Drug) -> bool| {
        strings(DRUGS.iter().filter(|drug| keep(drug)).map(|drug| drug.id))
    };
    assert_eq!(d.alias("OihDrugId"), ids(&|_| true), "OihDrugId");
    assert_eq!(
        d.alias("OihOralDrugId"),
        ids(&|drug| drug.factor.is_some() && drug.unit == Unit::Mg),
        "OihOralDrugId: a factor, mg"
    );
    assert_eq!(
        d.alias("OihPatchDrugId"),
        ids(&|drug| drug.unit == Unit::McgPerHour),
        "OihPatchDrugId: mcg/hr"
    );
    assert_eq!(
        d.alias("OihUnconvertedDrugId"),
        ids(&|drug| drug.factor.is_none()),
        "OihUnconvertedDrugId: no factor"
    );
    assert_eq!(
        d.alias("OihPurposeDrugId"),
        ids(&|drug| drug.takes_purpose()),
        "OihPurposeDrugId"
    );
    assert_eq!(
        d.alias("OihPurpose"),
        strings(Purpose::ALL.map(Purpose::id)),
        "OihPurpose"
    );
}

/// Each medicine entry type: its drugs, and which fields it has and needs,
/// as `Medication::check` has them.
#[test]
fn medicine_entries_follow_the_checks() {
    let d = parse(INDEX);
    let mut covered = Vec::new();
    for name in d.union_of_names("OihMedication") {
        let drugs = d.union_of(d.member(&name, "drug"));
        assert!(!drugs.is_empty(), "{name}: no drug");
        let fields = d.fields(&name);
        for id in &drugs {
            let drug = DRUGS.iter().find(|drug| drug.id == id).expect("a drug id");
            let counted = drug.factor.is_some();
            let expected = [
                Some(("amount", counted)),
                Some(("per_dose", false)),
                drug.takes_doses_per_day()
                    .then_some(("times_per_day", counted)),
                drug.takes_purpose().then_some(("purpose", false)),
            ]
            .into_iter()
            .flatten()
            .map(|(field, required)| (field.to_string(), required))
            .collect::<Vec<_>>();
            let mut got = fields.clone();
            got.retain(|(field, _)| field != "drug");
            assert_eq!(got, expected, "{name} for {id}: (field, required)");
        }
        covered.extend(drugs);
    }
    covered.sort();
    let mut all = strings(DRUGS.iter().map(|drug| drug.id));
    all.sort();
    assert_eq!(covered, all, "OihMedication: each drug once");
    if let Some(ty) = d.interface("OihDose").iter().find(|(k, _)| k == "purpose?") {
        panic!("OihDose must not have purpose ({ty:?})");
    }
}

impl Declarations {
    /// The interface names of a union of interfaces.
    fn union_of_names(&self, alias: &str) -> Vec<String> {
        self.aliases[alias]
            .split('|')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// An interface's fields with those it extends (`extends OihDose`), in the
    /// order amount, per_dose, times_per_day, purpose, each `(name, required)`.
    fn fields(&self, interface: &str) -> Vec<(String, bool)> {
        let mut fields: BTreeMap<String, bool> = BTreeMap::new();
        let text = strip_comments(INDEX);
        let head = text
            .split(&format!("interface {interface} "))
            .nth(1)
            .and_then(|t| t.split('{').next())
            .unwrap_or_default();
        if let Some(base) = head.trim().strip_prefix("extends ") {
            for (key, _) in self.interface(base.trim()) {
                fields.insert(key.trim_end_matches('?').to_string(), !key.ends_with('?'));
            }
        }
        for (key, _) in self.interface(interface) {
            fields.insert(key.trim_end_matches('?').to_string(), !key.ends_with('?'));
        }
        let order = ["drug", "amount", "per_dose", "times_per_day", "purpose"];
        for key in fields.keys() {
            assert!(
                order.contains(&key.as_str()),
                "{interface}.{key}: not in the contract"
            );
        }
        order
            .iter()
            .filter_map(|k| fields.get(*k).map(|required| (k.to_string(), *required)))
            .collect()
    }
}

#[test]
fn output_ids_are_the_enums() {
    let d = parse(INDEX);
    let checks: [(&str, Vec<&str>); 8] = [
        ("OihLevel", Level::ALL.iter().map(|v| v.id()).collect()),
        ("OihAction", Action::ALL.iter().map(|v| v.id()).collect()),
        ("OihRedFlag", RedFlag::ALL.iter().map(|v| v.id()).collect()),
        ("OihSign", Sign::ALL.iter().map(|v| v.id()).collect()),
        (
            "OihRiskFactor",
            RiskFactor::ALL.iter().map(|v| v.id()).collect(),
        ),
        ("OihPattern", Pattern::ALL.iter().map(|v| v.id()).collect()),
        ("OihSafety", Safety::ALL.iter().map(|v| v.id()).collect()),
        (
            "OihDoseBand",
            DoseBand::ALL.iter().map(|v| v.id()).collect(),
        ),
    ];
    for (alias, ids) in checks {
        assert_eq!(d.alias(alias), strings(ids), "{alias}");
    }
    assert_eq!(
        d.alias("OihRulesVersion"),
        [RULES_VERSION],
        "OihRulesVersion"
    );
}

/// OihOutput has the contract's output fields, in its order, with their types.
#[test]
fn output_fields_are_the_contract() {
    let d = parse(INDEX);
    let output = oih_checklist::contract::evaluate(r#"{"answers": {}}"#).expect("an output");
    let keys: Vec<String> = match serde_json::from_str::<serde_json::Value>(&output) {
        Ok(serde_json::Value::Object(map)) => map.keys().cloned().collect(),
        other => panic!("output is an object: {other:?}"),
    };
    let expected_types = [
        ("rules_version", "OihRulesVersion"),
        ("level", "OihLevel"),
        ("action", "OihAction"),
        ("red_flags", "OihRedFlag[]"),
        ("signs", "OihSign[]"),
        ("risk_factors", "OihRiskFactor[]"),
        ("pattern", "OihPattern"),
        ("safety", "OihSafety[]"),
        ("mme_per_day", "number | null"),
        ("dose_band", "OihDoseBand"),
        ("mme_unconverted", "OihUnconvertedDrugId[]"),
        ("mme_excluded", "OihPurposeDrugId[]"),
        ("unsure", "OihQuestionId[]"),
        ("unanswered", "OihQuestionId[]"),
    ];
    let members: Vec<String> = d
        .interface("OihOutput")
        .iter()
        .map(|(k, _)| k.clone())
        .collect();
    assert_eq!(
        members,
        strings(expected_types.map(|(k, _)| k)),
        "OihOutput: the output's fields, none optional, in the contract's order"
    );
    // (serde_json's map here is sorted: compared as sets.)
    let mut sorted_members = members.clone();
    sorted_members.sort();
    let mut sorted_keys = keys.clone();
    sorted_keys.sort();
    assert_eq!(
        sorted_members, sorted_keys,
        "OihOutput: what evaluate() writes"
    );
    for (key, ty) in expected_types {
        assert_eq!(d.member("OihOutput", key), ty, "OihOutput.{key}");
    }
}

/// `const OBSERVED = [...]` of www/element.js, sorted.
fn observed() -> Vec<String> {
    let element = include_str!("../www/element.js");
    let observed = element
        .split("const OBSERVED = [")
        .nth(1)
        .and_then(|t| t.split(']').next())
        .expect("OBSERVED in www/element.js");
    let mut observed: Vec<String> = observed
        .split(',')
        .map(|s| s.trim().trim_matches('\'').to_string())
        .filter(|s| !s.is_empty())
        .collect();
    observed.sort();
    observed
}

/// `headingLevel` as `heading-level`: the attribute a camelCase prop name
/// stands for (vue-tsc checks a template's `heading-level` as `headingLevel`).
fn kebab(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_uppercase() {
            out.push('-');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// The element's attributes, for React, are those element.js reads.
#[test]
fn react_attributes_are_the_observed_ones() {
    let observed = observed();
    let react = parse(REACT);
    let mut declared: Vec<String> = react
        .interface("OihChecklistAttributes")
        .iter()
        .map(|(k, _)| k.trim_end_matches('?').to_string())
        .collect();
    declared.sort();
    assert_eq!(declared, observed, "react.d.ts OihChecklistAttributes");
    let mut levels = react.union_of(react.member("OihChecklistAttributes", "heading-level"));
    levels.sort();
    levels.dedup();
    assert_eq!(
        levels,
        strings(["1", "2", "3", "4", "5", "6"]),
        "heading-level: 1 to 6, as numbers or strings (src/web/element.rs)"
    );
}

/// The element's attributes, for Vue templates, are those element.js reads
/// (camelCase keys, as vue-tsc checks them: `headingLevel` is `heading-level`).
#[test]
fn vue_attributes_are_the_observed_ones() {
    let vue = parse(VUE);
    let keys: Vec<String> = vue
        .interface("OihChecklistAttributes")
        .iter()
        .map(|(k, _)| k.trim_end_matches('?').to_string())
        .collect();
    for key in &keys {
        assert!(!key.contains('-'), "vue.d.ts: `{key}` must be camelCase");
    }
    let mut declared: Vec<String> = keys.iter().map(|k| kebab(k)).collect();
    declared.sort();
    assert_eq!(declared, observed(), "vue.d.ts OihChecklistAttributes");
    let mut levels = vue.union_of(vue.member("OihChecklistAttributes", "headingLevel"));
    levels.sort();
    levels.dedup();
    assert_eq!(
        levels,
        strings(["1", "2", "3", "4", "5", "6"]),
        "headingLevel: 1 to 6, as numbers or strings (src/web/element.rs)"
    );
    let entry = vue.member("GlobalComponents", "oih-checklist");
    assert!(
        entry.contains("OihChecklistProps"),
        "GlobalComponents['oih-checklist'] takes OihChecklistProps: {entry}"
    );
}

/// The main entry's types never pull React's or Vue's; each framework's
/// entry names only its own.
#[test]
fn the_main_entry_does_not_reference_react_or_vue() {
    let code = strip_comments(INDEX);
    assert!(!code.contains("react"), "index.d.ts mentions react");
    assert!(!code.contains("JSX"), "index.d.ts mentions JSX");
    assert!(
        !code.to_lowercase().contains("vue"),
        "index.d.ts mentions vue"
    );
    assert!(
        !strip_comments(REACT).to_lowercase().contains("vue"),
        "react.d.ts mentions vue"
    );
    let vue = strip_comments(VUE);
    assert!(
        !vue.to_lowercase().contains("react"),
        "vue.d.ts mentions react"
    );
    assert!(!vue.contains("JSX"), "vue.d.ts mentions JSX");
}

#[test]
fn the_parser_sees_a_missing_or_extra_value() {
    let d = parse("export type A = 'x' | 'y';\nexport type B = A | 'z'; // 'w'\n");
    assert_eq!(d.alias("B"), strings(["x", "y", "z"]));
    assert_ne!(d.alias("A"), strings(["x", "y", "z"]));
}
